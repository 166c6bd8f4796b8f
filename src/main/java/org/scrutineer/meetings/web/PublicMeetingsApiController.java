package org.scrutineer.meetings.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.directory.Reference;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.meetings.MeetingStatus;
import org.scrutineer.meetings.web.AgendaPackDocuments.ItemDocument;
import org.scrutineer.meetings.web.MeetingsApiResources.PublicDeclaration;
import org.scrutineer.meetings.web.MeetingsApiResources.PublicItem;
import org.scrutineer.meetings.web.MeetingsApiResources.PublicLinks;
import org.scrutineer.meetings.web.MeetingsApiResources.PublicMeeting;
import org.scrutineer.meetings.web.MeetingsApiResources.PublicMeetingSummary;
import org.scrutineer.meetings.web.MeetingsApiResources.PublicMeetingsPage;
import org.scrutineer.meetings.web.MeetingsApiResources.RegisterEntryResource;
import org.scrutineer.platform.InvalidParameterException;
import org.scrutineer.platform.ResultPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meetings as open data, for anyone: when and where each committee meets, the agenda once published, the minutes
 * once published, the register and the declarations of interest. A private item is sent as its title, Schedule
 * 12A paragraph and public summary: its aims, questions, report, reasoning and minutes are never sent.
 */
@RestController
@RequestMapping("/api/v1/public/meetings")
@Tag(name = "Meetings (public)", description = "Committee meetings, published agendas and minutes; no sign-in")
class PublicMeetingsApiController {

    private final MeetingManagement management;
    private final AgendaPackDocuments documents;

    PublicMeetingsApiController(MeetingManagement management, AgendaPackDocuments documents) {
        this.management = management;
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "Meetings", description = "Newest first, 50 to a page; with upcoming=true, from today (or "
            + "from) soonest first.")
    PublicMeetingsPage meetings(@Parameter(description = "committee id") @RequestParam(required = false) Long committee,
            @Parameter(description = "on or after this day") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "on or before this day") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "soonest first, from today unless from is given")
            @RequestParam(defaultValue = "false") boolean upcoming,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidParameterException("to", "'to' must be on or after 'from'");
        }
        int[] paging = ResultPage.clamp(page, size, 50, 200);
        ResultPage<Meeting> result = management.publicMeetings(committee, from, to, upcoming, paging[0], paging[1]);
        return new PublicMeetingsPage(result.items().stream().map(PublicMeetingSummary::of).toList(), result.page(),
                result.size(), result.total(), result.pages());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One meeting with its published agenda, minutes, register and declarations", description =
            "The agenda once published; a private item is its title, Schedule 12A paragraph and public summary only, "
            + "and an open item's exempt or confidential document its public summary only.")
    @ApiResponse(responseCode = "404", description = "No such meeting")
    PublicMeeting meeting(@PathVariable long id) {
        MeetingId meetingId = new MeetingId(id);
        Meeting m = management.meeting(meetingId);
        List<AgendaItem> items = management.publicItems(meetingId);
        Map<Long, List<ItemDocument>> docs = documents.of(items, null);
        Map<Long, AgendaItem> byId = items.stream().collect(Collectors.toMap(i -> i.id().value(), Function.identity()));
        List<PublicDeclaration> declarations = items.isEmpty() ? List.of() : management.declarations(meetingId).stream()
                .filter(d -> byId.containsKey(d.itemId().value()))
                .map(d -> new PublicDeclaration(byId.get(d.itemId().value()).number(),
                        new Reference(d.person().value(), d.name()), d.kind(), d.nature(), d.leftRoom()))
                .toList();
        List<RegisterEntryResource> register = m.status() == MeetingStatus.HELD
                ? management.register(meetingId).stream().map(RegisterEntryResource::of).toList() : List.of();
        String page = "/public/meetings/" + id;
        return new PublicMeeting(m.id().value(), MeetingsApiResources.committeeOf(m), m.title(), m.date(),
                m.startsAt(), m.place(), m.notes(), m.status(), m.agendaPublic() && m.partlyPrivate(),
                m.agendaPublic() ? m.agendaPublishedOn() : null, m.cancelledReason(), m.heldOn(),
                m.minutesPublishedOn(), items.stream().map(i -> PublicItem.of(i, docs.getOrDefault(i.id().value(),
                        List.of()))).toList(), register, declarations,
                new PublicLinks(page, m.agendaPublic() ? page + "/agenda.pdf" : null,
                        MeetingCalendarController.committeeFeed(m.committeeId().value())));
    }
}
