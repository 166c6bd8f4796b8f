package org.scrutineer.meetings.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scrutineer.directory.Committee;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Membership;
import org.scrutineer.documents.Document;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.Declaration;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.meetings.MeetingStatus;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.Option;
import org.scrutineer.platform.ResultPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public meeting pages: upcoming and past meetings of every committee, and each meeting with its agenda once
 * published (a private item shown as "Not for publication" with its Schedule 12A paragraph and public summary),
 * the minutes once published, the register, the declarations of interest, the public agenda pack and the calendar.
 */
@Controller
@RequestMapping("/public/meetings")
class PublicMeetingsController {

    static final int PAGE_SIZE = 25;

    private final MeetingManagement meetings;
    private final DirectoryManagement directory;
    private final AgendaPackDocuments documents;

    PublicMeetingsController(MeetingManagement meetings, DirectoryManagement directory,
            AgendaPackDocuments documents) {
        this.meetings = meetings;
        this.directory = directory;
        this.documents = documents;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long committee, @RequestParam(required = false) String when,
            @RequestParam(defaultValue = "1") int page, Model model) {
        boolean past = "past".equals(when);
        LocalDate today = meetings.today();
        ResultPage<Meeting> result = past
                ? meetings.publicMeetings(committee, null, today.minusDays(1), false, page, PAGE_SIZE)
                : meetings.publicMeetings(committee, today, null, true, page, PAGE_SIZE);
        model.addAttribute("meetings", result);
        model.addAttribute("committee", committee);
        model.addAttribute("when", past ? "past" : "upcoming");
        model.addAttribute("committees", committees());
        model.addAttribute("calendar", committee == null ? "/public/meetings/calendar.ics"
                : MeetingCalendarController.committeeFeed(committee));
        return "meetings/public/meetings";
    }

    @GetMapping("/{id:\\d+}")
    String meeting(@PathVariable long id, Model model) {
        MeetingId meetingId = new MeetingId(id);
        Meeting m = meetings.meeting(meetingId);
        List<AgendaItem> items = meetings.publicItems(meetingId);
        Map<Long, List<Declaration>> declarations = new LinkedHashMap<>();
        if (!items.isEmpty()) {
            meetings.declarations(meetingId).forEach(d -> declarations
                    .computeIfAbsent(d.itemId().value(), k -> new ArrayList<>()).add(d));
        }
        boolean held = m.status() == MeetingStatus.HELD;
        model.addAttribute("meeting", m);
        model.addAttribute("items", items);
        model.addAttribute("declarations", declarations);
        // the documents fragment shows an exempt or confidential one as its public summary alone
        Map<Long, List<Document>> docs = new LinkedHashMap<>();
        documents.of(items, null).forEach((item, list) -> docs.put(item, list.stream().map(d -> d.document()).toList()));
        model.addAttribute("documents", docs);
        model.addAttribute("register", held ? meetings.register(meetingId) : List.of());
        model.addAttribute("members", held ? List.of() : meetings.membersOn(m).stream()
                .sorted(Comparator.comparing((Membership ms) -> ms.role().ordinal())
                        .thenComparing(Membership::personName))
                .toList());
        model.addAttribute("calendar", MeetingCalendarController.committeeFeed(m.committeeId().value()));
        model.addAttribute("breadcrumbs", List.of(new Breadcrumb("Meetings", "/public/meetings")));
        return "meetings/public/meeting";
    }

    private List<Option> committees() {
        return directory.committees(null, true).stream()
                .sorted(Comparator.comparing(Committee::name))
                .map(c -> new Option(Long.toString(c.id().value()), c.name())).toList();
    }
}
