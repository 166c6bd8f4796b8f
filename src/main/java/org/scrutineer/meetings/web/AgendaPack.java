package org.scrutineer.meetings.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
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
import org.scrutineer.meetings.web.AgendaPackDocuments.ItemDocument;
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
 * <p>
 * Each item lists its documents, and the PDFs among them follow the reports, in agenda order, merged with PDFBox:
 * in the public pack the public documents of open items; in the members' pack also the exempt and confidential ones
 * the documents module lets the viewer read, stamped by it with their name. Other types are listed by title; a
 * document the reader may not read appears as its public summary.
 */
@Component
class AgendaPack {

    /** The PDF/UA identification in the XMP metadata, as openhtmltopdf writes it (element or attribute). */
    private static final Pattern PDF_UA_CLAIM = Pattern.compile("<pdfuaid:part>\\d+</pdfuaid:part>|\\s*pdfuaid:part=\"\\d+\"");

    /** Characters XML 1.0 does not allow; text typed into a form can carry them and the PDF parser would refuse. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    static final String FONT_FAMILY = "DejaVu Sans";

    private final MeetingManagement meetings;
    private final DirectoryManagement directory;
    private final AgendaPackDocuments documents;
    private final ITemplateEngine templates;
    private final String baseUrl;

    AgendaPack(MeetingManagement meetings, DirectoryManagement directory, AgendaPackDocuments documents,
            ITemplateEngine templates, @Value("${scrutineer.public-base-url:http://localhost:8080}") String baseUrl) {
        this.meetings = meetings;
        this.directory = directory;
        this.documents = documents;
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

    /** The HTML the PDF is laid out from. */
    String html(Meeting m, List<PackItem> items, Actor viewer) {
        Map<Long, List<Declaration>> declarations = new LinkedHashMap<>();
        if (viewer != null || m.agendaPublic()) {
            for (Declaration d : meetings.declarations(m.id())) {
                declarations.computeIfAbsent(d.itemId().value(), k -> new java.util.ArrayList<>()).add(d);
            }
        }
        Context context = new Context(Locale.UK);
        context.setVariable("council", directory.council().map(Council::name).orElse("Council"));
        context.setVariable("meeting", m);
        context.setVariable("items", items.stream().map(p -> p.with(
                declarations.getOrDefault(p.item().id().value(), List.of()))).toList());
        context.setVariable("members", members(m));
        context.setVariable("appendedDocuments", items.stream().flatMap(p -> p.documents().stream())
                .filter(ItemDocument::appended).count());
        context.setVariable("viewer", viewer == null ? null : viewer.name());
        context.setVariable("publicPack", viewer == null);
        context.setVariable("generatedOn", meetings.today());
        context.setVariable("publicPage", baseUrl + "/public/meetings/" + m.id());
        return NOT_XML.matcher(templates.process("meetings/pack", context)).replaceAll("");
    }

    private byte[] render(Meeting m, List<AgendaItem> items, Actor viewer) {
        Map<Long, List<ItemDocument>> docs = documents.of(items, viewer);
        List<PackItem> pack = items.stream().map(i -> new PackItem(i, exemptShown(i), List.of(),
                docs.getOrDefault(i.id().value(), List.of()))).toList();
        byte[] agenda = layOut(html(m, pack, viewer));
        return pack.stream().anyMatch(p -> p.documents().stream().anyMatch(ItemDocument::appended))
                ? appendDocuments(agenda, pack, viewer) : agenda;
    }

    private byte[] layOut(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            // The pack is built from the database alone: no stylesheet, image or font is fetched from anywhere.
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.withProducer("Scrutineer");
            builder.withHtmlContent(html, baseUrl + "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Appends the items' PDF documents the reader may read after the agenda and reports, in agenda order, each as
     * the documents module supplies it to the reader (a restricted one stamped with their name), with a bookmark.
     * A document that is not itself tagged with embedded fonts (as a PDF/UA document is; a restricted one stamped with
     * a standard font is not) leaves part of the pack outside PDF/UA: the pack then no longer claims it and is marked
     * as not wholly tagged, so that assistive technology reads every page rather than the tagged ones alone.
     */
    private byte[] appendDocuments(byte[] agenda, List<PackItem> pack, Actor viewer) {
        try (PDDocument merged = Loader.loadPDF(agenda)) {
            PDFMergerUtility merger = new PDFMergerUtility();
            PDDocumentOutline outline = merged.getDocumentCatalog().getDocumentOutline();
            boolean accessible = true;
            for (PackItem p : pack) {
                for (ItemDocument d : p.documents()) {
                    if (!d.appended()) {
                        continue;
                    }
                    try (PDDocument source = Loader.loadPDF(documents.pdf(viewer, d.document()))) {
                        accessible &= taggedWithEmbeddedFonts(source);
                        int first = merged.getNumberOfPages();
                        merger.appendDocument(merged, source);
                        if (outline != null && merged.getNumberOfPages() > first) {
                            PDOutlineItem bookmark = new PDOutlineItem();
                            bookmark.setTitle("Item " + p.item().number() + " document: " + d.document().title());
                            bookmark.setDestination(merged.getPage(first));
                            outline.addLast(bookmark);
                        }
                    }
                }
            }
            if (!accessible) {
                notWhollyTagged(merged);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            merged.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean taggedWithEmbeddedFonts(PDDocument doc) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        if (catalog.getStructureTreeRoot() == null || catalog.getMarkInfo() == null || !catalog.getMarkInfo().isMarked()) {
            return false;
        }
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font == null || !font.isEmbedded()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void notWhollyTagged(PDDocument doc) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        if (catalog.getMarkInfo() != null) {
            catalog.getMarkInfo().setMarked(false);
        }
        PDMetadata metadata = catalog.getMetadata();
        if (metadata != null) {
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            String withoutClaim = PDF_UA_CLAIM.matcher(xmp).replaceAll("");
            catalog.setMetadata(new PDMetadata(doc, new ByteArrayInputStream(
                    withoutClaim.getBytes(StandardCharsets.UTF_8))));
        }
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
     * @param documents its documents as the reader sees them
     */
    record PackItem(AgendaItem item, boolean exempt, List<Declaration> declarations, List<ItemDocument> documents) {

        PackItem with(List<Declaration> declared) {
            return new PackItem(item, exempt, declared, documents);
        }
    }
}
