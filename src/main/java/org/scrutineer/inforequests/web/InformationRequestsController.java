package org.scrutineer.inforequests.web;

import static org.scrutineer.inforequests.web.RequestPages.actor;
import static org.scrutineer.inforequests.web.RequestPages.renaming;
import static org.scrutineer.inforequests.web.RequestPages.unprocessable;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.scrutineer.accounts.Actor;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.documents.Document;
import org.scrutineer.documents.DocumentManagement;
import org.scrutineer.directory.Committee;
import org.scrutineer.inforequests.InformationRequest;
import org.scrutineer.inforequests.InformationRequestId;
import org.scrutineer.inforequests.InformationRequestManagement;
import org.scrutineer.inforequests.Outcome;
import org.scrutineer.inforequests.RefusalGround;
import org.scrutineer.inforequests.RequestState;
import org.scrutineer.inforequests.RequestedAs;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.FormErrors;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.ResultPage;
import org.scrutineer.platform.RuleViolationException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Information requests: the list with its filters, making (or recording) a request, and the request's page with its
 * reg 17 deadline, what happened to it, and the forms for the executive (acknowledge, seek clarification, respond) and
 * for those who asked (answer the clarification, withdraw). Every rule and permission is the facade's.
 */
@Controller
@RequestMapping("/information-requests")
class InformationRequestsController {

    static final Breadcrumb REQUESTS = new Breadcrumb("Information requests", "/information-requests");
    private static final int PAGE_SIZE = 25;

    private final InformationRequestManagement management;
    private final MeetingManagement meetings;
    private final RequestChoices choices;
    private final DocumentManagement documents;
    private final AuditHistory audit;

    InformationRequestsController(InformationRequestManagement management, MeetingManagement meetings,
            RequestChoices choices, DocumentManagement documents, AuditHistory audit) {
        this.management = management;
        this.meetings = meetings;
        this.choices = choices;
        this.documents = documents;
        this.audit = audit;
    }

    // --- the list ------------------------------------------------------------------------------------------------

    @GetMapping
    String list(@RequestParam(required = false) Long committee, @RequestParam(required = false) Long directorate,
            @RequestParam(required = false) RequestState state, @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "1") int page,
            Model model) {
        Actor actor = actor();
        ResultPage<InformationRequest> rows = management.requests(actor, committee, directorate, state, open,
                overdue, ResultPage.clamp(page, PAGE_SIZE, PAGE_SIZE, PAGE_SIZE)[0], PAGE_SIZE);
        model.addAttribute("rows", rows);
        model.addAttribute("committee", committee);
        model.addAttribute("directorate", directorate);
        model.addAttribute("state", state);
        model.addAttribute("open", open);
        model.addAttribute("overdue", overdue);
        model.addAttribute("filtered", committee != null || directorate != null || state != null || open || overdue);
        model.addAttribute("committees", choices.committees());
        model.addAttribute("directorates", choices.directorates());
        model.addAttribute("states", RequestChoices.of(RequestState.values(), RequestState::label));
        model.addAttribute("canAsk", !choices.askable(actor).isEmpty());
        model.addAttribute("canAdminister", management.mayAdminister(actor));
        model.addAttribute("today", management.today());
        return "inforequests/list";
    }

    // --- making a request ----------------------------------------------------------------------------------------

    @GetMapping("/new")
    String startNew(@RequestParam(required = false) Long committee, Model model) {
        Actor actor = actor();
        List<Committee> askable = askable(actor);
        if (!model.containsAttribute("form")) {
            InformationRequestForm form = new InformationRequestForm();
            form.setCommitteeId(committee != null ? committee : askable.size() == 1 ? askable.get(0).id().value()
                    : null);
            form.setReceivedOn(management.today());
            if (!management.mayAdminister(actor)) {
                form.setRequestedAs(RequestedAs.MEMBER);
            }
            model.addAttribute("form", form);
        }
        return requestForm(model, actor, askable);
    }

    @PostMapping
    String create(@ModelAttribute("form") InformationRequestForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Actor actor = actor();
        List<Committee> askable = askable(actor);
        if (!management.mayAdminister(actor)) {
            // a member asks for themselves; only a scrutiny officer records a request on a councillor's behalf
            form.setRequestedById(actor.person().value());
        }
        return FormErrors.attempt(result, model, () -> {
                    try {
                        return management.create(actor, form.details());
                    } catch (AccessDeniedException e) {
                        throw new RuleViolationException("requestedAs", e.getMessage());
                    }
                })
                .map(id -> {
                    InformationRequest created = management.request(actor, id);
                    redirect.addFlashAttribute("flash", "Request " + created.reference() + " was logged. The "
                            + "executive must respond by " + RequestFormats.day(created.due()) + ".");
                    return "redirect:/information-requests/" + id;
                })
                .orElseGet(() -> unprocessable(requestForm(model, actor, askable)));
    }

    private List<Committee> askable(Actor actor) {
        List<Committee> askable = choices.askable(actor);
        if (askable.isEmpty()) {
            throw new AccessDeniedException("Only members of a scrutiny committee and scrutiny officers make requests");
        }
        return askable;
    }

    private String requestForm(Model model, Actor actor, List<Committee> askable) {
        boolean administers = management.mayAdminister(actor);
        model.addAttribute("committees", askable.stream()
                .map(c -> new org.scrutineer.platform.Option(Long.toString(c.id().value()), c.name())).toList());
        model.addAttribute("authorities", RequestChoices.of(RequestedAs.values(), RequestedAs::label));
        model.addAttribute("onBehalf", administers);
        model.addAttribute("councillors", administers ? choices.councillors() : List.of());
        model.addAttribute("itemGroups", choices.agendaItems(actor, askable));
        model.addAttribute("directorates", choices.directorates());
        model.addAttribute("officers", choices.officers());
        model.addAttribute("today", management.today());
        model.addAttribute("breadcrumbs", List.of(REQUESTS));
        return "inforequests/request-form";
    }

    // --- the request ---------------------------------------------------------------------------------------------

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Actor actor = actor();
        InformationRequestId requestId = new InformationRequestId(id);
        InformationRequest r;
        try {
            r = management.request(actor, requestId);
        } catch (NotFoundException e) {
            // those not entitled to the request see what the public see of an answered one
            if (management.published(requestId).isPresent()) {
                return "redirect:/public/information-requests/" + id;
            }
            throw e;
        }
        return page(model, actor, r);
    }

    @PostMapping("/{id:\\d+}/acknowledge")
    String acknowledge(@PathVariable long id, @ModelAttribute("acknowledge") RequestActionForms.Acknowledge form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return act(id, result, model, redirect, "The request was acknowledged.", r -> () -> {
            management.acknowledge(actor(), r.id(), form.getVersion(), form.getAcknowledgedOn());
            return r.id();
        });
    }

    @PostMapping("/{id:\\d+}/clarification")
    String seekClarification(@PathVariable long id,
            @ModelAttribute("seekClarification") RequestActionForms.SeekClarification form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return act(id, result, model, redirect, "Clarification was sought. The clock is stopped until those who "
                + "asked answer.", r -> () -> renaming(Map.of("on", "soughtOn"), () -> {
                    management.seekClarification(actor(), r.id(), form.getVersion(), form.getQuestion(),
                            form.getSoughtOn());
                    return r.id();
                }));
    }

    @PostMapping("/{id:\\d+}/clarify")
    String clarify(@PathVariable long id, @ModelAttribute("clarify") RequestActionForms.Clarify form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return act(id, result, model, redirect, "The clarification was given and the clock restarted.",
                r -> () -> renaming(Map.of("on", "clarifiedOn"), () -> {
                    management.clarify(actor(), r.id(), form.getVersion(), form.getAnswer(), form.getClarifiedOn());
                    return r.id();
                }));
    }

    @PostMapping("/{id:\\d+}/respond")
    String respond(@PathVariable long id, @ModelAttribute("respond") RequestActionForms.Respond form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return act(id, result, model, redirect, null, r -> () -> {
            management.respond(actor(), r.id(), form.getVersion(), form.details());
            return r.id();
        });
    }

    @PostMapping("/{id:\\d+}/documents")
    String attach(@PathVariable long id, @ModelAttribute("attach") AttachForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return act(id, result, model, redirect, null, r -> () -> {
            try (var content = form.content()) {
                Document d = management.attach(actor(), r.id(), form.upload(), form.fileName(), content);
                model.addAttribute("attached", d);
                return r.id();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/{id:\\d+}/withdraw")
    String withdraw(@PathVariable long id, @ModelAttribute("withdraw") RequestActionForms.Withdraw form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return act(id, result, model, redirect, "The request was withdrawn.", r -> () -> {
            management.withdraw(actor(), r.id(), form.getVersion(), form.getReason());
            return r.id();
        });
    }

    /**
     * Runs one of the page's actions: on success back to the page with a message (for a response, one that says
     * whether it was on time); on a broken rule or someone else's change, the page again with 422, the problems
     * and what was typed.
     */
    private String act(long id, BindingResult result, Model model, RedirectAttributes redirect, String done,
            java.util.function.Function<InformationRequest, Supplier<InformationRequestId>> action) {
        Actor actor = actor();
        InformationRequest r = management.request(actor, new InformationRequestId(id));
        return FormErrors.attempt(result, model, action.apply(r))
                .map(saved -> {
                    Document attached = (Document) model.getAttribute("attached");
                    String message = done != null ? done
                            : attached != null ? attachedMessage(attached)
                            : responded(management.request(actor, saved));
                    redirect.addFlashAttribute("flash", message);
                    return "redirect:/information-requests/" + id;
                })
                .orElseGet(() -> unprocessable(page(model, actor, management.request(actor, r.id()))));
    }

    private static String attachedMessage(Document d) {
        return "The document “" + d.title() + "” was attached" + (d.restricted() ? ", marked " + d.marking() : "")
                + ".";
    }

    private static String responded(InformationRequest r) {
        String what = switch (r.state()) {
            case PROVIDED -> "The information was recorded as provided";
            case PARTLY_PROVIDED -> "The information was recorded as partly provided, with the reasons for "
                    + "withholding the rest";
            default -> "The refusal was recorded with its statement of reasons";
        };
        return what + (r.answeredLate() ? ", after the due date of " + RequestFormats.day(r.due()) + "."
                : ", on time.");
    }

    private String page(Model model, Actor actor, InformationRequest r) {
        var today = management.today();
        if (!model.containsAttribute("acknowledge")) {
            RequestActionForms.Acknowledge f = new RequestActionForms.Acknowledge();
            f.setAcknowledgedOn(today);
            model.addAttribute("acknowledge", f);
        }
        if (!model.containsAttribute("seekClarification")) {
            RequestActionForms.SeekClarification f = new RequestActionForms.SeekClarification();
            f.setSoughtOn(today);
            model.addAttribute("seekClarification", f);
        }
        if (!model.containsAttribute("clarify")) {
            RequestActionForms.Clarify f = new RequestActionForms.Clarify();
            f.setClarifiedOn(today);
            model.addAttribute("clarify", f);
        }
        if (!model.containsAttribute("respond")) {
            RequestActionForms.Respond f = new RequestActionForms.Respond();
            f.setRespondedOn(today);
            model.addAttribute("respond", f);
        }
        if (!model.containsAttribute("withdraw")) {
            model.addAttribute("withdraw", new RequestActionForms.Withdraw());
        }
        if (!model.containsAttribute("attach")) {
            model.addAttribute("attach", new AttachForm());
        }
        // every form carries the version read now: a form shown again after a conflict is sent with the new one
        for (String name : List.of("acknowledge", "seekClarification", "clarify", "respond", "withdraw")) {
            Object form = model.getAttribute(name);
            new org.springframework.beans.BeanWrapperImpl(form).setPropertyValue("version", r.version());
        }
        boolean answers = management.mayAnswer(actor, r);
        boolean speaks = management.maySpeakForRequester(actor, r);
        model.addAttribute("r", r);
        model.addAttribute("deadline", management.deadline(r).orElse(null));
        model.addAttribute("events", management.events(actor, r.id()));
        model.addAttribute("agendaItem", agendaItem(actor, r).orElse(null));
        model.addAttribute("canAcknowledge", answers && r.state() == RequestState.RECEIVED);
        model.addAttribute("canSeekClarification", answers && (r.state() == RequestState.RECEIVED
                || r.state() == RequestState.ACKNOWLEDGED));
        model.addAttribute("canRespond", answers && r.state().open());
        model.addAttribute("canClarify", speaks && r.state() == RequestState.CLARIFICATION_SOUGHT);
        model.addAttribute("canWithdraw", speaks && r.state().open());
        model.addAttribute("canAttach", management.mayAttach(actor, r));
        List<Document> all = management.documents(r.id());
        List<Document> readable = documents.readable(documents.currentViewer(), all);
        model.addAttribute("documents", readable);
        model.addAttribute("withheld", all.stream().filter(d -> !readable.contains(d)).toList());
        model.addAttribute("outcomes", RequestChoices.of(Outcome.values(), Outcome::label));
        model.addAttribute("grounds", RequestChoices.of(RefusalGround.values(), RefusalGround::label));
        model.addAttribute("today", today);
        model.addAttribute("history", management.mayAdminister(actor)
                ? audit.historyOf(InformationRequestManagement.REQUEST, r.id()) : null);
        model.addAttribute("breadcrumbs", List.of(REQUESTS, new Breadcrumb(r.committeeName(),
                "/information-requests/committees/" + r.committeeId())));
        return "inforequests/request";
    }

    /** The agenda item the request relates to, with its meeting, as the actor may see it. */
    private Optional<AgendaItemLink> agendaItem(Actor actor, InformationRequest r) {
        if (r.agendaItemId() == null) {
            return Optional.empty();
        }
        try {
            AgendaItem item = meetings.item(actor, new AgendaItemId(r.agendaItemId()));
            var meeting = meetings.meeting(item.meetingId());
            return Optional.of(new AgendaItemLink("Item " + item.number() + ": " + item.title() + " — "
                    + meeting.title(), "/meetings/" + meeting.id() + "/items/" + item.id()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** An agenda item as a link. */
    record AgendaItemLink(String label, String path) {
    }
}
