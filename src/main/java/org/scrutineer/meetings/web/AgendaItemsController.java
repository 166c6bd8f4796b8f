package org.scrutineer.meetings.web;

import static org.scrutineer.meetings.web.MeetingPages.actor;
import static org.scrutineer.meetings.web.MeetingPages.unprocessable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.Role;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.documents.Document;
import org.scrutineer.documents.DocumentId;
import org.scrutineer.documents.DocumentManagement;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.Attendance;
import org.scrutineer.meetings.Declaration;
import org.scrutineer.meetings.InterestKind;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.meetings.MeetingStatus;
import org.scrutineer.meetings.internal.MeetingRules;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.ConflictException;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.FormErrors;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.Option;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.recommendations.Addressee;
import org.scrutineer.recommendations.RecommendationDetails;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Agenda items: adding and editing an item (its aims and lines of questioning, open or in private under Schedule
 * 12A), moving and removing it, and its page at the meeting: declarations of interest, minutes and resolutions,
 * and the recommendations the committee made on the day, which go to the recommendations tracker; and its reports
 * and documents, each public, exempt or confidential, held by the documents module, which decides who sees which.
 */
@Controller
@RequestMapping("/meetings/{meetingId:\\d+}/items")
class AgendaItemsController {

    private static final Pattern ROW = Pattern.compile("recommendations\\[(\\d+)]\\.(\\w+)");

    private final MeetingManagement meetings;
    private final MeetingChoices choices;
    private final DirectoryManagement directory;
    private final DocumentManagement documents;

    AgendaItemsController(MeetingManagement meetings, MeetingChoices choices, DirectoryManagement directory,
            DocumentManagement documents) {
        this.meetings = meetings;
        this.choices = choices;
        this.directory = directory;
        this.documents = documents;
    }

    // --- adding and editing --------------------------------------------------------------------------------------

    @GetMapping("/new")
    String startNew(@PathVariable long meetingId, Model model) {
        Meeting meeting = meetings.meeting(new MeetingId(meetingId));
        requireAdministrator();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AgendaItemForm());
        }
        return itemForm(model, meeting, null);
    }

    @PostMapping
    String create(@PathVariable long meetingId, @ModelAttribute("form") AgendaItemForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Actor actor = actor();
        Meeting meeting = meetings.meeting(new MeetingId(meetingId));
        return FormErrors.attempt(result, model, () -> MeetingPages.unlessMistyped(form.mistyped(),
                        () -> MeetingRules.item(form.details()), () -> meetings.addItem(actor, meeting.id(), form.details())))
                .map(id -> {
                    redirect.addFlashAttribute("flash", "The item was added to the agenda.");
                    return "redirect:/meetings/" + meetingId + "#agenda";
                })
                .orElseGet(() -> unprocessable(itemForm(model, meeting, null)));
    }

    @GetMapping("/{itemId:\\d+}/edit")
    String edit(@PathVariable long meetingId, @PathVariable long itemId, Model model) {
        Meeting meeting = meetings.meeting(new MeetingId(meetingId));
        AgendaItem item = itemOf(meeting, itemId);
        requireAdministrator();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", AgendaItemForm.of(item));
        }
        return itemForm(model, meeting, item);
    }

    @PostMapping("/{itemId:\\d+}")
    String update(@PathVariable long meetingId, @PathVariable long itemId,
            @ModelAttribute("form") AgendaItemForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Actor actor = actor();
        Meeting meeting = meetings.meeting(new MeetingId(meetingId));
        AgendaItem item = itemOf(meeting, itemId);
        return FormErrors.attempt(result, model, () -> MeetingPages.unlessMistyped(form.mistyped(),
                        () -> MeetingRules.item(form.details()), () -> {
                            meetings.updateItem(actor, item.id(), form.getVersion(), form.details());
                            return item.id();
                        }))
                .map(saved -> {
                    redirect.addFlashAttribute("flash", "Your changes were saved.");
                    return "redirect:/meetings/" + meetingId + "/items/" + itemId;
                })
                .orElseGet(() -> unprocessable(itemForm(model, meeting, item)));
    }

    private String itemForm(Model model, Meeting meeting, AgendaItem item) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("item", item);
        model.addAttribute("portfolios", choices.portfolios());
        model.addAttribute("directorates", choices.directorates());
        model.addAttribute("paragraphs", MeetingChoices.paragraphs());
        model.addAttribute("breadcrumbs", crumbs(meeting, item));
        return "meetings/item-form";
    }

    @PostMapping("/{itemId:\\d+}/move")
    String move(@PathVariable long meetingId, @PathVariable long itemId, @RequestParam String direction,
            RedirectAttributes redirect) {
        Actor actor = actor();
        AgendaItem item = itemOf(meetings.meeting(new MeetingId(meetingId)), itemId);
        boolean up = !"down".equals(direction);
        act(redirect, () -> meetings.moveItem(actor, item.id(), up),
                "Item " + item.number() + " moved " + (up ? "up" : "down") + " the agenda: it is now item "
                        + (item.number() + (up ? -1 : 1)) + ".");
        return "redirect:/meetings/" + meetingId + "#agenda";
    }

    @PostMapping("/{itemId:\\d+}/remove")
    String remove(@PathVariable long meetingId, @PathVariable long itemId, RedirectAttributes redirect) {
        Actor actor = actor();
        AgendaItem item = itemOf(meetings.meeting(new MeetingId(meetingId)), itemId);
        boolean removed = act(redirect, () -> meetings.removeItem(actor, item.id()),
                "Item " + item.number() + ", " + item.title() + ", was removed; the items after it were renumbered.");
        return "redirect:/meetings/" + meetingId + (removed ? "#agenda" : "/items/" + itemId);
    }

    // --- the item's page -----------------------------------------------------------------------------------------

    @GetMapping("/{itemId:\\d+}")
    String show(@PathVariable long meetingId, @PathVariable long itemId, Model model) {
        return itemPage(model, meetings.meeting(new MeetingId(meetingId)), itemId);
    }

    @PostMapping("/{itemId:\\d+}/declarations")
    String declare(@PathVariable long meetingId, @PathVariable long itemId,
            @ModelAttribute("declaration") DeclarationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Actor actor = actor();
        Meeting meeting = meetings.meeting(new MeetingId(meetingId));
        AgendaItem item = itemOf(meeting, itemId);
        if (form.getPersonId() == null && !meetings.mayAdminister(actor) && actor.person() != null) {
            // a councillor's own form names nobody: they declare their own interest
            form.setPersonId(actor.person().value());
        }
        return FormErrors.attempt(result, model, () -> meetings.declare(actor, item.id(), form.getPersonId(),
                        form.getKind(), form.getNature(), form.isLeftRoom()))
                .map(id -> {
                    redirect.addFlashAttribute("flash", "The declaration of interest was recorded.");
                    return "redirect:/meetings/" + meetingId + "/items/" + itemId + "#declarations";
                })
                .orElseGet(() -> unprocessable(itemPage(model, meeting, itemId)));
    }

    @PostMapping("/{itemId:\\d+}/declarations/{declarationId:\\d+}/withdraw")
    String withdraw(@PathVariable long meetingId, @PathVariable long itemId, @PathVariable long declarationId,
            RedirectAttributes redirect) {
        Actor actor = actor();
        AgendaItem item = itemOf(meetings.meeting(new MeetingId(meetingId)), itemId);
        if (meetings.declarationsOn(item.id()).stream().noneMatch(d -> d.id() == declarationId)) {
            throw new NotFoundException("Declaration " + declarationId);
        }
        act(redirect, () -> meetings.withdrawDeclaration(actor, declarationId), "The declaration was withdrawn.");
        return "redirect:/meetings/" + meetingId + "/items/" + itemId + "#declarations";
    }

    @PostMapping("/{itemId:\\d+}/minutes")
    String minutes(@PathVariable long meetingId, @PathVariable long itemId,
            @ModelAttribute("minutesForm") MinutesForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Actor actor = actor();
        Meeting meeting = meetings.meeting(new MeetingId(meetingId));
        AgendaItem item = itemOf(meeting, itemId);
        return FormErrors.attempt(result, model, () -> {
                    meetings.recordMinutes(actor, item.id(), form.getVersion(), form.getMinutes(), form.getResolutions());
                    return item.id();
                })
                .map(saved -> {
                    redirect.addFlashAttribute("flash", "The minutes of item " + item.number() + " were saved.");
                    return "redirect:/meetings/" + meetingId + "/items/" + itemId + "#minutes-and-resolutions";
                })
                .orElseGet(() -> unprocessable(itemPage(model, meeting, itemId)));
    }

    @PostMapping("/{itemId:\\d+}/recommendations")
    String recommendations(@PathVariable long meetingId, @PathVariable long itemId,
            @ModelAttribute("made") RecommendationsMadeForm form, BindingResult result,
            @RequestParam(required = false) String addRow, Model model, RedirectAttributes redirect) {
        Actor actor = actor();
        Meeting meeting = meetings.meeting(new MeetingId(meetingId));
        AgendaItem item = itemOf(meeting, itemId);
        if (addRow != null) {
            requireAdministrator();
            form.addRow(item.portfolioId());
            return itemPage(model, meeting, itemId);
        }
        List<Integer> rows = new ArrayList<>();
        List<RecommendationDetails> made = form.made(rows);
        return FormErrors.attempt(result, model, () -> {
                    try {
                        return meetings.recordRecommendations(actor, item.id(), made);
                    } catch (RuleViolationException e) {
                        throw MeetingPages.renamed(e, field -> onForm(field, rows));
                    }
                })
                .map(report -> {
                    redirect.addFlashAttribute("flash", (made.size() == 1 ? "The recommendation was"
                            : "The " + made.size() + " recommendations were")
                            + " recorded in the tracker as a scrutiny report agreed at the meeting.");
                    return "redirect:/meetings/" + meetingId + "/items/" + itemId + "#recommendations";
                })
                .orElseGet(() -> unprocessable(itemPage(model, meeting, itemId)));
    }

    @PostMapping("/{itemId:\\d+}/documents")
    String addDocument(@PathVariable long meetingId, @PathVariable long itemId,
            @ModelAttribute("documentForm") ItemDocumentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Actor actor = actor();
        Meeting meeting = meetings.meeting(new MeetingId(meetingId));
        AgendaItem item = itemOf(meeting, itemId);
        if (!meetings.mayAdminister(actor)) {
            throw new AccessDeniedException("Only scrutiny officers add documents to the agenda");
        }
        return FormErrors.attempt(result, model, () -> {
                    MultipartFile file = form.hasFile() ? form.getFile() : null;
                    try (InputStream content = file == null ? null : file.getInputStream()) {
                        return meetings.addDocument(actor, item.id(), form.upload(),
                                file == null ? null : file.getOriginalFilename(), content);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .map(saved -> {
                    redirect.addFlashAttribute("flash", saved.title() + " was added to item " + item.number() + ".");
                    return "redirect:/meetings/" + meetingId + "/items/" + itemId + "#documents";
                })
                .orElseGet(() -> unprocessable(itemPage(model, meeting, itemId)));
    }

    @PostMapping("/{itemId:\\d+}/documents/{documentId:\\d+}/delete")
    String removeDocument(@PathVariable long meetingId, @PathVariable long itemId, @PathVariable long documentId,
            RedirectAttributes redirect) {
        Actor actor = actor();
        AgendaItem item = itemOf(meetings.meeting(new MeetingId(meetingId)), itemId);
        if (!meetings.mayRemoveDocuments(actor)) {
            throw new AccessDeniedException("Only scrutiny officers remove documents from the agenda");
        }
        Document d = meetings.documentsOf(item.id()).stream().filter(x -> x.id().value() == documentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Document " + documentId));
        act(redirect, () -> meetings.removeDocument(actor, item.id(), d.id()),
                d.title() + " was removed from item " + item.number() + ".");
        return "redirect:/meetings/" + meetingId + "/items/" + itemId + "#documents";
    }

    /** A recommendation problem's field as this form numbers its rows (blank rows are not sent). */
    private static String onForm(String field, List<Integer> rows) {
        Matcher m = ROW.matcher(field);
        if (!m.matches()) {
            return field;
        }
        int given = Integer.parseInt(m.group(1));
        int row = given < rows.size() ? rows.get(given) : 0;
        return "recommendations[" + row + "]." + m.group(2);
    }

    private String itemPage(Model model, Meeting meeting, long itemId) {
        Actor actor = actor();
        AgendaItem item = itemOf(meeting, itemId);
        boolean administers = meetings.mayAdminister(actor);
        boolean held = meeting.status() == MeetingStatus.HELD;
        if (!model.containsAttribute("declaration")) {
            model.addAttribute("declaration", new DeclarationForm());
        }
        if (!model.containsAttribute("minutesForm")) {
            model.addAttribute("minutesForm", MinutesForm.of(item));
        }
        if (!model.containsAttribute("made")) {
            model.addAttribute("made", RecommendationsMadeForm.blank(item.portfolioId()));
        }
        if (!model.containsAttribute("documentForm")) {
            model.addAttribute("documentForm", ItemDocumentForm.forItem(item));
        }
        addDocuments(model, item);
        model.addAttribute("canAddDocuments", meetings.mayAddDocuments(actor, item.id()));
        model.addAttribute("canRemoveDocuments", meetings.mayRemoveDocuments(actor));
        model.addAttribute("meeting", meeting);
        model.addAttribute("item", item);
        model.addAttribute("declarations", meetings.declarationsOn(item.id()));
        model.addAttribute("canAdminister", administers);
        model.addAttribute("me", actor.person() == null ? null : actor.person().value());
        model.addAttribute("seesExempt", meetings.seesExempt(actor, meeting.committeeId()));
        model.addAttribute("agendaOpen", MeetingRules.agendaOpen(meeting.status()));
        model.addAttribute("held", held);
        model.addAttribute("paragraph", MeetingChoices.paragraph(item.exemptParagraph()));
        model.addAttribute("canDeclare", meeting.status() != MeetingStatus.CANCELLED
                && (administers || actor.person() != null && actor.has(Role.COUNCILLOR)));
        model.addAttribute("declarers", administers ? declarers(meeting) : List.of());
        model.addAttribute("interestKinds", MeetingChoices.of(InterestKind.values(), InterestKind::label));
        model.addAttribute("recommendationsOpen", administers && held && item.reportId() == null
                && directory.committee(meeting.committeeId()).map(c -> c.kind().isScrutiny()).orElse(false));
        model.addAttribute("addressees", MeetingChoices.of(Addressee.values(), Addressee::label));
        model.addAttribute("cabinetMembers", choices.cabinetMembers());
        model.addAttribute("portfolios", choices.portfolios());
        model.addAttribute("breadcrumbs", crumbs(meeting, null));
        return "meetings/item";
    }

    /**
     * The item's documents as the viewer may see them. Someone entitled to restricted ones gets them listed with
     * their marking ({@code documents}); anyone else gets one list in upload order where a restricted document is
     * only "withheld" with its public summary ({@code publicDocuments}). In the rare mixed case (entitled to some
     * restricted documents but not others) the readable ones are listed and the rest shown withheld beneath.
     */
    private void addDocuments(Model model, AgendaItem item) {
        List<Document> all = meetings.documentsOf(item.id());
        List<Document> readable = documents.readable(documents.currentViewer(), all);
        boolean readsRestricted = readable.stream().anyMatch(Document::restricted);
        Set<DocumentId> read = readable.stream().map(Document::id).collect(Collectors.toSet());
        model.addAttribute("documents", readsRestricted ? readable : List.of());
        model.addAttribute("publicDocuments", readsRestricted
                ? all.stream().filter(d -> !read.contains(d.id())).toList() : all);
        model.addAttribute("documentCount", all.size());
    }

    /** Who may be recorded as declaring: the councillors on the committee that day, then their substitutes. */
    private List<Option> declarers(Meeting meeting) {
        Map<Long, String> people = new LinkedHashMap<>();
        meetings.membersOn(meeting).forEach(m -> people.put(m.personId().value(), m.personName()));
        meetings.register(meeting.id()).stream().filter(e -> e.attendance() == Attendance.SUBSTITUTE)
                .forEach(e -> people.put(e.person().value(), e.name() + " (substitute)"));
        var kinds = directory.people(people.keySet().stream().map(PersonId::new).toList());
        return people.entrySet().stream()
                .filter(e -> kinds.containsKey(new PersonId(e.getKey()))
                        && kinds.get(new PersonId(e.getKey())).kind() == PersonKind.COUNCILLOR)
                .map(e -> new Option(Long.toString(e.getKey()), e.getValue())).toList();
    }

    private AgendaItem itemOf(Meeting meeting, long itemId) {
        AgendaItem item = meetings.item(actor(), new AgendaItemId(itemId));
        if (!item.meetingId().equals(meeting.id())) {
            throw new NotFoundException("Agenda item " + itemId);
        }
        return item;
    }

    private static List<Breadcrumb> crumbs(Meeting meeting, AgendaItem item) {
        List<Breadcrumb> crumbs = new ArrayList<>(List.of(new Breadcrumb("Meetings", "/meetings"),
                new Breadcrumb(meeting.title(), "/meetings/" + meeting.id())));
        if (item != null) {
            crumbs.add(new Breadcrumb("Item " + item.number(), "/meetings/" + meeting.id() + "/items/" + item.id()));
        }
        return crumbs;
    }

    private static boolean act(RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
            return true;
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("actionErrors", e.problems());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("actionErrors", List.of(new FieldProblem(null, e.getMessage())));
        }
        return false;
    }

    private void requireAdministrator() {
        if (!meetings.mayAdminister(actor())) {
            throw new AccessDeniedException("Only scrutiny officers run meetings");
        }
    }
}
