package org.scrutineer.attendance.web;

import jakarta.servlet.http.HttpServletRequest;
import org.scrutineer.accounts.Actor;
import org.scrutineer.attendance.AttendanceManagement;
import org.scrutineer.attendance.AttendanceRequest;
import org.scrutineer.attendance.SpeakingRequest;
import org.scrutineer.attendance.SpeakingRequestId;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.platform.ConflictException;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.FormErrors;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.RuleViolationException;
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
 * An agenda item's attendance: who is required or invited and where each request stands, with the forms to ask
 * someone, send notices, record replies, decide on substitutes and nominate officers; the junior-only warning;
 * and councillors' requests to speak.
 */
@Controller
@RequestMapping("/meetings/{meetingId:\\d+}/items/{itemId:\\d+}/attendance")
class ItemAttendanceController {

    private final AttendanceManagement attendance;
    private final AttendancePages pages;

    ItemAttendanceController(AttendanceManagement attendance, AttendancePages pages) {
        this.attendance = attendance;
        this.pages = pages;
    }

    @GetMapping
    String show(@PathVariable long meetingId, @PathVariable long itemId, Model model) {
        return pages.itemPage(model, Acting.actor(), meetingId, itemId, null);
    }

    @PostMapping("/requests")
    String ask(@PathVariable long meetingId, @PathVariable long itemId,
            @ModelAttribute("requestForm") RequestForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        AgendaItem item = pages.item(actor, meetingId, itemId);
        return FormErrors.attempt(result, model, () -> attendance.ask(actor, item.id(), form.request()))
                .map(id -> {
                    AttendanceRequest r = attendance.request(actor, id);
                    redirect.addFlashAttribute("flash", r.person().name() + " was "
                            + (r.kind() == org.scrutineer.attendance.RequestKind.REQUIREMENT ? "required" : "invited")
                            + " to attend. Send the notice by " + r.noticeDue().format(
                            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")) + ".");
                    return "redirect:" + AttendanceManagement.itemPath(item.meetingId(), item.id()) + "#r" + id;
                })
                .orElseGet(() -> Acting.unprocessable(pages.itemPage(model, actor, meetingId, itemId, null)));
    }

    @PostMapping("/speakers")
    String askToSpeak(@PathVariable long meetingId, @PathVariable long itemId,
            @RequestParam(required = false) Long personId, @RequestParam(required = false) String reason,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        AgendaItem item = pages.item(actor, meetingId, itemId);
        try {
            attendance.askToSpeak(actor, item.id(), personId, reason);
            redirect.addFlashAttribute("flash", "The request to speak was sent to the chair.");
            return "redirect:" + AttendanceManagement.itemPath(item.meetingId(), item.id()) + "#speaking";
        } catch (RuleViolationException e) {
            return Acting.unprocessable(pages.itemPage(model, actor, meetingId, itemId,
                    new ActionFailure("speak-", "request", e.problems(), AttendancePages.values(request))));
        }
    }

    @PostMapping("/speakers/{speakingId:\\d+}/decision")
    String decideSpeaking(@PathVariable long meetingId, @PathVariable long itemId, @PathVariable long speakingId,
            @RequestParam(required = false) Boolean grant, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Integer version, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        AgendaItem item = pages.item(actor, meetingId, itemId);
        SpeakingRequest s = attendance.speakingRequest(new SpeakingRequestId(speakingId));
        if (!s.itemId().equals(item.id())) {
            throw new NotFoundException("Request to speak " + speakingId);
        }
        try {
            SpeakingRequest decided = attendance.decideSpeaking(actor, s.id(), version, grant, reason);
            redirect.addFlashAttribute("flash", decided.person().name() + "'s request to speak was "
                    + decided.state().label().toLowerCase() + ".");
            return "redirect:" + AttendanceManagement.itemPath(item.meetingId(), item.id()) + "#speaking";
        } catch (RuleViolationException | ConflictException e) {
            return Acting.unprocessable(pages.itemPage(model, actor, meetingId, itemId, new ActionFailure(
                    "s" + speakingId + "-", "decision", e instanceof RuleViolationException v ? v.problems()
                    : java.util.List.of(new FieldProblem(null, e.getMessage())), AttendancePages.values(request))));
        }
    }
}
