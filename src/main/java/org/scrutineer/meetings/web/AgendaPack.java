package org.scrutineer.meetings.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.Council;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Membership;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.Declaration;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A meeting's agenda pack as an accessible PDF: a front page (committee, date, time, place, members), the numbered
 * agenda, then each item's report in agenda order. The HTML comes from {@code templates/meetings/pack.html} and
 * openhtmltopdf lays it out as a tagged PDF (PDF/UA: title, language, structure tags, bookmarks), with DejaVu Sans
 * embedded because PDF/UA allows no font that is not.
 * <p>
 * The <em>public</em> pack holds only what the public may see: a private item is its title, Schedule 12A paragraph
 * and public summary. The <em>members'</em> pack is drawn for a signed-in viewer from
 * {@link MeetingManagement#items(Actor, MeetingId)}: a private item's content appears only when the module says the
 * viewer may see the committee's exempt information, and then every page of that item is marked "EXEMPT — Schedule
 * 12A paragraph N — not for publication" with the viewer's name.
 */
@Component
class AgendaPack {

    /** Characters XML 1.0 does not allow; text typed into a form can carry them and the PDF parser would refuse. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    static final String FONT_FAMILY = "DejaVu Sans";

    private final MeetingManagement meetings;
    private final DirectoryManagement directory;
    private final ITemplateEngine templates;
    private final String baseUrl;

    AgendaPack(MeetingManagement meetings, DirectoryManagement directory, ITemplateEngine templates,
            @Value("${scrutineer.public-base-url:http://localhost:8080}") String baseUrl) {
        this.meetings = meetings;
        this.directory = directory;
        this.templates = templates;
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }

    /** The public pack, once the agenda is published (not found before). */
    byte[] publicPack(MeetingId id) {
        Meeting m = meetings.meeting(id);
        if (!m.agendaPublic()) {
            throw new NotFoundException("The agenda of meeting " + id);
        }
        List<AgendaItem> items = meetings.publicItems(id);
        return render(m, items, null);
    }

    /** The members' pack as the viewer may see it. */
    byte[] membersPack(Actor viewer, MeetingId id) {
        Meeting m = meetings.meeting(id);
        return render(m, meetings.items(viewer, id), viewer);
    }

    /** The HTML the PDF is laid out from (also what a test can read). */
    String html(Meeting m, List<AgendaItem> items, Actor viewer) {
        Map<Long, List<Declaration>> declarations = new LinkedHashMap<>();
        if (viewer != null || m.agendaPublic()) {
            for (Declaration d : meetings.declarations(m.id())) {
                declarations.computeIfAbsent(d.itemId().value(), k -> new java.util.ArrayList<>()).add(d);
            }
        }
        Context context = new Context(Locale.UK);
        context.setVariable("council", directory.council().map(Council::name).orElse("Council"));
        context.setVariable("meeting", m);
        context.setVariable("items", items.stream().map(i -> new PackItem(i, exemptShown(i),
                declarations.getOrDefault(i.id().value(), List.of()))).toList());
        context.setVariable("members", members(m));
        context.setVariable("viewer", viewer == null ? null : viewer.name());
        context.setVariable("publicPack", viewer == null);
        context.setVariable("generatedOn", meetings.today());
        context.setVariable("publicPage", baseUrl + "/public/meetings/" + m.id());
        return NOT_XML.matcher(templates.process("meetings/pack", context)).replaceAll("");
    }

    private byte[] render(Meeting m, List<AgendaItem> items, Actor viewer) {
        String html = html(m, items, viewer);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            // The pack is built from the database alone: no stylesheet, image or font is fetched from anywhere.
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.withProducer("Scrutineer");
            builder.withHtmlContent(html, baseUrl + "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Whether the pack shows the item's exempt content (so marks its pages). */
    private static boolean exemptShown(AgendaItem i) {
        return i.inPrivate() && !i.withheld();
    }

    /** The committee's members on the day: chair, vice-chair, members, co-opted members. */
    private List<Membership> members(Meeting m) {
        return meetings.membersOn(m).stream()
                .sorted(Comparator.comparing((Membership ms) -> order(ms.role())).thenComparing(Membership::personName))
                .toList();
    }

    private static int order(MembershipRole role) {
        return role == null ? 9 : role.ordinal();
    }

    private static InputStream font(String file) {
        InputStream in = AgendaPack.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("The font " + file + " is missing from the application");
        }
        return in;
    }

    /**
     * An item as the pack shows it.
     *
     * @param item the item as the reader may see it
     * @param exempt whether its exempt content is shown (its pages are then marked)
     * @param declarations interests declared on it
     */
    record PackItem(AgendaItem item, boolean exempt, List<Declaration> declarations) {
    }
}
