package org.scrutineer.attendance.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.scrutineer.accounts.Actor;
import org.scrutineer.attendance.AttendanceManagement;
import org.scrutineer.attendance.AttendanceRequest;
import org.scrutineer.attendance.AttendanceRequestId;
import org.scrutineer.attendance.RequestActions;
import org.scrutineer.attendance.RequestKind;
import org.scrutineer.attendance.ResponseKind;
import org.scrutineer.attendance.SpeakingRequest;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.Option;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Builds the item's attendance page and a request's page, which both controllers show again when one of their
 * small forms breaks a rule (the request's action forms appear on both).
 */
@Component
class AttendancePages {

    static final String FROM_ITEM = "item";
    static final String FROM_REQUEST = "request";

    private final AttendanceManagement attendance;
    private final MeetingManagement meetings;
    private final DeadlineManagement deadlines;
    private final AuditHistory audit;
    private final AttendanceChoices choices;

    AttendancePages(AttendanceManagement attendance, MeetingManagement meetings, DeadlineManagement deadlines,
            AuditHistory audit, AttendanceChoices choices) {
        this.attendance = attendance;
        this.meetings = meetings;
        this.deadlines = deadlines;
        this.audit = audit;
        this.choices = choices;
    }

    /**
     * A request on a page with the forms the viewer may use.
     *
     * @param request the request
     * @param nominees the officers nominated in answer to it
     * @param actions what the viewer may do
     * @param prefix the id prefix of its forms
     */
    record RequestRow(AttendanceRequest request, List<RequestRow> nominees, RequestActions actions, String prefix) {
    }

    /** A request to speak with whether the viewer decides it. */
    record SpeakingRow(SpeakingRequest request, boolean decide, String prefix) {
    }

    /** The meeting and item of a page, checked to belong together. */
    AgendaItem item(Actor actor, long meetingId, long itemId) {
        AgendaItem item = meetings.item(actor, new AgendaItemId(itemId));
        if (item.meetingId().value() != meetingId) {
            throw new NotFoundException("Agenda item " + itemId + " of meeting " + meetingId);
        }
        return item;
    }

    String itemPage(Model model, Actor actor, long meetingId, long itemId, ActionFailure failure) {
        AgendaItem item = item(actor, meetingId, itemId);
        Meeting meeting = meetings.meeting(item.meetingId());
        List<AttendanceRequest> all = attendance.requestsFor(actor, item.id());
        Map<Long, RequestRow> rows = new LinkedHashMap<>();
        for (AttendanceRequest r : all) {
            if (!r.nominee()) {
                rows.put(r.id().value(), row(actor, r, new ArrayList<>()));
            }
        }
        for (AttendanceRequest r : all) {
            if (r.nominee() && rows.containsKey(r.parentId().value())) {
                rows.get(r.parentId().value()).nominees().add(row(actor, r, List.of()));
            }
        }
        boolean chairs = attendance.chairs(actor, meeting.id());
        model.addAttribute("meeting", meeting);
        model.addAttribute("item", item);
        model.addAttribute("rows", List.copyOf(rows.values()));
        model.addAttribute("juniorOnly", attendance.juniorOnly(item.id()));
        model.addAttribute("canArrange", attendance.mayArrange(actor, meeting.id()));
        model.addAttribute("speaking", attendance.speakingRequests(actor, item.id()).stream()
                .map(s -> new SpeakingRow(s, chairs && s.state() == org.scrutineer.attendance.SpeakingState.REQUESTED,
                        "s" + s.id() + "-")).toList());
        model.addAttribute("canAskToSpeak", attendance.mayAskToSpeak(actor, item.id()));
        model.addAttribute("recordsForOthers", attendance.mayTakeRegister(actor));
        model.addAttribute("councillors", attendance.mayTakeRegister(actor) ? choices.councillors() : List.of());
        model.addAttribute("kinds", List.of(new Option(RequestKind.REQUIREMENT.name(), "Require them to attend"),
                new Option(RequestKind.INVITATION.name(), "Invite them to attend")));
        if (!model.containsAttribute("requestForm")) {
            model.addAttribute("requestForm", new RequestForm());
        }
        common(model, failure, FROM_ITEM);
        model.addAttribute("breadcrumbs", List.of(new Breadcrumb("Meetings", "/meetings"),
                new Breadcrumb(meeting.title(), MeetingManagement.meetingPath(meeting.id()))));
        return "attendance/item";
    }

    String requestPage(Model model, Actor actor, long id, ActionFailure failure) {
        AttendanceRequest r = attendance.request(actor, new AttendanceRequestId(id));
        RequestRow row = row(actor, r, r.nominee() ? List.of()
                : attendance.nominees(actor, r.id()).stream().map(n -> row(actor, n, List.of())).toList());
        model.addAttribute("row", row);
        model.addAttribute("r", r);
        model.addAttribute("parent", r.nominee() ? attendance.request(actor, r.parentId()) : null);
        model.addAttribute("deadline", r.deadlineId() == null ? null : deadlines.require(r.deadlineId()));
        model.addAttribute("notice", r.itemId() == null ? null : attendance.notice(actor, r.id()));
        model.addAttribute("history", audit.historyOf(AttendanceManagement.REQUEST, r.id()));
        common(model, failure, FROM_REQUEST);
        List<Breadcrumb> crumbs = new ArrayList<>(List.of(new Breadcrumb("Meetings", "/meetings"),
                new Breadcrumb(r.committeeName() + ", " + r.meetingDate().format(
                        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")),
                        MeetingManagement.meetingPath(r.meetingId()))));
        if (r.itemId() != null) {
            crumbs.add(new Breadcrumb("Item " + r.itemNumber() + ": attendance",
                    AttendanceManagement.itemPath(r.meetingId(), r.itemId())));
        }
        model.addAttribute("breadcrumbs", crumbs);
        return "attendance/request";
    }

    private void common(Model model, ActionFailure failure, String from) {
        model.addAttribute("failure", failure);
        model.addAttribute("from", from);
        model.addAttribute("people", choices.people());
        model.addAttribute("officers", choices.officers());
        model.addAttribute("responses", Arrays.stream(ResponseKind.values())
                .map(k -> new Option(k.name(), k.label())).toList());
        model.addAttribute("today", attendance.today());
        if (failure != null) {
            model.addAttribute("hasErrors", true);
        }
    }

    private RequestRow row(Actor actor, AttendanceRequest r, List<RequestRow> nominees) {
        return new RequestRow(r, nominees, attendance.actionsFor(actor, r), "r" + r.id() + "-");
    }

    /** What was typed in a form, by parameter name. */
    static Map<String, List<String>> values(HttpServletRequest request) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> values.put(k, Arrays.asList(v)));
        values.remove("_csrf");
        return values;
    }

    /** Where to go back to after an action on a request: the item's attendance page or the request's page. */
    static String back(String from, AttendanceRequest r) {
        return FROM_ITEM.equals(from) && r.itemId() != null
                ? AttendanceManagement.itemPath(r.meetingId(), r.itemId()) + "#r" + r.id()
                : r.path();
    }
}
