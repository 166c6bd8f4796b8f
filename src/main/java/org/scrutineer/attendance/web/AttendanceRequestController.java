package org.scrutineer.attendance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.scrutineer.accounts.Actor;
import org.scrutineer.attendance.AttendanceManagement;
import org.scrutineer.attendance.AttendanceRequest;
import org.scrutineer.attendance.AttendanceRequestId;
import org.scrutineer.attendance.AttendanceResponse;
import org.scrutineer.attendance.Nomination;
import org.scrutineer.attendance.NoticeSent;
import org.scrutineer.attendance.ResponseKind;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.ConflictException;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One request to attend: its details, the notice and briefing note (also as a page to print), its history, and
 * the actions the viewer may take, posted from this page or from the item's attendance page ({@code from}), to
 * which the person is sent back.
 */
@Controller
@RequestMapping("/attendance/requests/{id:\\d+}")
class AttendanceRequestController {

    private final AttendanceManagement attendance;
    private final AttendancePages pages;

    AttendanceRequestController(AttendanceManagement attendance, AttendancePages pages) {
        this.attendance = attendance;
        this.pages = pages;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        return pages.requestPage(model, Acting.actor(), id, null);
    }

    @GetMapping("/notice")
    String notice(@PathVariable long id, Model model) {
        Actor actor = Acting.actor();
        AttendanceRequest r = attendance.request(actor, new AttendanceRequestId(id));
        model.addAttribute("r", r);
        model.addAttribute("notice", attendance.notice(actor, r.id()));
        model.addAttribute("breadcrumbs", List.of(new Breadcrumb(r.title(), r.path())));
        return "attendance/notice";
    }

    @PostMapping("/notice")
    String sendNotice(@PathVariable long id, @RequestParam(required = false) String from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sentOn,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return act(id, "notice", from, request, model, redirect, () -> {
            NoticeSent sent = attendance.sendNotice(Acting.actor(), new AttendanceRequestId(id), sentOn);
            return "The notice was recorded as sent" + (sent.request().shortNotice()
                    ? ", after its deadline: it is flagged as short notice. " : ". ") + sent.delivery();
        });
    }

    @PostMapping("/response")
    String respond(@PathVariable long id, @RequestParam(required = false) String from,
            @RequestParam(required = false) ResponseKind response, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long substituteId, @RequestParam(required = false) Integer version,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return act(id, "response", from, request, model, redirect, () -> {
            AttendanceRequest r = attendance.respond(Acting.actor(), new AttendanceRequestId(id), version,
                    new AttendanceResponse(response, reason, substituteId));
            return switch (r.state()) {
                case CONFIRMED -> "Attendance was confirmed.";
                case DECLINED -> r.declinedRequirement() ? "The requirement to attend was declined: it is recorded "
                        + "and reported as a declined formal requirement." : "The invitation was declined.";
                default -> "The substitute was proposed: the chair of the committee decides whether to accept them.";
            };
        });
    }

    @PostMapping("/substitution")
    String decideSubstitution(@PathVariable long id, @RequestParam(required = false) String from,
            @RequestParam(required = false) Boolean accept, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Integer version, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        return act(id, "substitution", from, request, model, redirect, () -> {
            AttendanceRequest r = attendance.decideSubstitution(Acting.actor(), new AttendanceRequestId(id), version,
                    accept, reason);
            return r.substituted() ? "The substitute was accepted: " + r.person().name() + " attends."
                    : "The substitute was refused: " + r.person().name() + " is asked to reply again.";
        });
    }

    @PostMapping("/nomination")
    String nominate(@PathVariable long id, @RequestParam(required = false) String from,
            @RequestParam(required = false) List<String> officerIds,
            @RequestParam(defaultValue = "false") boolean addresseeAttends,
            @RequestParam(required = false) Integer version, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        return act(id, "nomination", from, request, model, redirect, () -> {
            List<Long> ids = new ArrayList<>();
            for (String o : officerIds == null ? List.<String>of() : officerIds) {
                if (o != null && !o.isBlank()) {
                    try {
                        ids.add(Long.parseLong(o.strip()));
                    } catch (NumberFormatException e) {
                        throw new RuleViolationException("officerIds", "Select the officers from the list");
                    }
                }
            }
            int n = attendance.nominate(Acting.actor(), new AttendanceRequestId(id), version,
                    new Nomination(ids, addresseeAttends)).size();
            return (n == 1 ? "1 officer was" : n + " officers were") + " nominated to attend.";
        });
    }

    @PostMapping("/withdrawal")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String reason, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        return act(id, "withdrawal", from, request, model, redirect, () -> {
            attendance.withdraw(Acting.actor(), new AttendanceRequestId(id), reason);
            return "The request was withdrawn.";
        });
    }

    /**
     * Runs an action; on success goes back where the form was with a message, otherwise shows that page again (422)
     * with the problems on the form and what was typed.
     */
    private String act(long id, String action, String from, HttpServletRequest request, Model model,
            RedirectAttributes redirect, Supplier<String> run) {
        Actor actor = Acting.actor();
        AttendanceRequest r = attendance.request(actor, new AttendanceRequestId(id));
        try {
            redirect.addFlashAttribute("flash", run.get());
            return "redirect:" + AttendancePages.back(from, r);
        } catch (RuleViolationException | ConflictException e) {
            List<FieldProblem> problems = e instanceof RuleViolationException v ? v.problems()
                    : List.of(new FieldProblem(null, e.getMessage()));
            ActionFailure failure = new ActionFailure("r" + id + "-", action, problems, AttendancePages.values(request));
            return Acting.unprocessable(AttendancePages.FROM_ITEM.equals(from) && r.itemId() != null
                    ? pages.itemPage(model, actor, r.meetingId().value(), r.itemId().value(), failure)
                    : pages.requestPage(model, actor, id, failure));
        }
    }
}
