package org.scrutineer.attendance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.scrutineer.accounts.Actor;
import org.scrutineer.attendance.AttendanceManagement;
import org.scrutineer.attendance.AttendanceRequest;
import org.scrutineer.attendance.WitnessLine;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.meetings.MeetingStatus;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.RuleViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A meeting's witness register: everyone confirmed to attend its items and those attending by right, recorded
 * present or absent by the scrutiny officer after the meeting; the leader's and chief executive's attendance by
 * right, and the chair's invitation to them to speak.
 */
@Controller
@RequestMapping("/meetings/{meetingId:\\d+}/witnesses")
class WitnessRegisterController {

    private final AttendanceManagement attendance;
    private final MeetingManagement meetings;
    private final AttendanceChoices choices;

    WitnessRegisterController(AttendanceManagement attendance, MeetingManagement meetings, AttendanceChoices choices) {
        this.attendance = attendance;
        this.meetings = meetings;
        this.choices = choices;
    }

    @GetMapping
    String show(@PathVariable long meetingId, Model model) {
        return page(model, Acting.actor(), meetingId, null);
    }

    @PostMapping
    String record(@PathVariable long meetingId, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        List<WitnessLine> lines = new ArrayList<>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (e.getKey().matches("present-\\d+") && e.getValue().length > 0 && !e.getValue()[0].isBlank()) {
                lines.add(new WitnessLine(Long.parseLong(e.getKey().substring(8)), Boolean.valueOf(e.getValue()[0])));
            }
        }
        try {
            attendance.takeRegister(actor, new MeetingId(meetingId), lines);
            redirect.addFlashAttribute("flash", "The witness register was saved.");
            return "redirect:/meetings/" + meetingId + "/witnesses";
        } catch (RuleViolationException e) {
            return Acting.unprocessable(page(model, actor, meetingId, new ActionFailure("register-", "form",
                    e.problems(), AttendancePages.values(request))));
        }
    }

    @PostMapping("/by-right")
    String byRight(@PathVariable long meetingId, @RequestParam(required = false) Long personId,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        try {
            attendance.recordAttendanceByRight(actor, new MeetingId(meetingId), personId);
            redirect.addFlashAttribute("flash", "Their attendance by right was recorded.");
            return "redirect:/meetings/" + meetingId + "/witnesses";
        } catch (RuleViolationException e) {
            return Acting.unprocessable(page(model, actor, meetingId, new ActionFailure("by-right-", "form",
                    e.problems(), AttendancePages.values(request))));
        }
    }

    @PostMapping("/invitations-to-speak")
    String inviteToSpeak(@PathVariable long meetingId, @RequestParam(required = false) Long personId,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        try {
            attendance.inviteToSpeak(actor, new MeetingId(meetingId), personId);
            redirect.addFlashAttribute("flash", "Your invitation to speak was recorded.");
            return "redirect:/meetings/" + meetingId + "/witnesses";
        } catch (RuleViolationException e) {
            return Acting.unprocessable(page(model, actor, meetingId, new ActionFailure("invite-", "form",
                    e.problems(), AttendancePages.values(request))));
        }
    }

    private String page(Model model, Actor actor, long meetingId, ActionFailure failure) {
        Meeting meeting = meetings.meeting(new MeetingId(meetingId));
        List<AttendanceRequest> register = attendance.register(actor, meeting.id());
        boolean after = !meeting.date().isAfter(attendance.today()) && meeting.status() != MeetingStatus.CANCELLED;
        boolean officer = attendance.mayTakeRegister(actor);
        model.addAttribute("meeting", meeting);
        model.addAttribute("register", register);
        model.addAttribute("byRightAttendees", register.stream().filter(r -> r.itemId() == null).toList());
        model.addAttribute("takesPlaceAfterToday", meeting.date().isAfter(attendance.today()));
        model.addAttribute("canRecord", officer && after);
        model.addAttribute("canInvite", attendance.chairs(actor, meeting.id())
                && meeting.status() != MeetingStatus.CANCELLED);
        model.addAttribute("byRight", choices.byRight());
        model.addAttribute("failure", failure);
        if (failure != null) {
            model.addAttribute("hasErrors", true);
        }
        model.addAttribute("breadcrumbs", List.of(new Breadcrumb("Meetings", "/meetings"),
                new Breadcrumb(meeting.title(), MeetingManagement.meetingPath(meeting.id()))));
        return "attendance/witnesses";
    }
}
