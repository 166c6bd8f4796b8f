package org.scrutineer.meetings.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.scrutineer.directory.Committee;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.Council;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.ResultPage;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * iCalendar feeds of meetings for anyone to subscribe to: all committees' meetings, or one committee's. A feed
 * holds the meetings from a year ago onwards (at most {@link #MOST_EVENTS}), cancelled ones marked as such so that
 * a subscriber's calendar drops them.
 */
@Controller
class MeetingCalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    /** The most events one feed holds. */
    static final int MOST_EVENTS = 2_000;

    private static final int PAGE = 200;

    private final MeetingManagement meetings;
    private final DirectoryManagement directory;
    private final MeetingCalendar calendar;

    MeetingCalendarController(MeetingManagement meetings, DirectoryManagement directory, MeetingCalendar calendar) {
        this.meetings = meetings;
        this.directory = directory;
        this.calendar = calendar;
    }

    /** The feed of a committee's meetings. */
    static String committeeFeed(long committeeId) {
        return "/public/committees/" + committeeId + "/meetings.ics";
    }

    @GetMapping("/public/meetings/calendar.ics")
    ResponseEntity<String> all(@RequestParam(required = false) Long committee) {
        if (committee != null) {
            return ofCommittee(committee);
        }
        String council = directory.council().map(Council::name).orElse("Council");
        return ics(calendar.feed(council + " meetings", window(null)), "meetings.ics");
    }

    @GetMapping("/public/committees/{id:\\d+}/meetings.ics")
    ResponseEntity<String> ofCommittee(@PathVariable long id) {
        Committee c = directory.committee(new CommitteeId(id))
                .orElseThrow(() -> new NotFoundException("Committee " + id));
        return ics(calendar.feed(c.name() + " meetings", window(id)), "committee-" + id + "-meetings.ics");
    }

    /** The meetings from a year ago onwards, soonest first. */
    List<Meeting> window(Long committee) {
        LocalDate from = meetings.today().minusYears(1);
        List<Meeting> list = new ArrayList<>();
        for (int page = 1; list.size() < MOST_EVENTS; page++) {
            ResultPage<Meeting> result = meetings.publicMeetings(committee, from, null, true, page, PAGE);
            list.addAll(result.items());
            if (!result.hasNext()) {
                break;
            }
        }
        return list.size() > MOST_EVENTS ? list.subList(0, MOST_EVENTS) : list;
    }

    private static ResponseEntity<String> ics(String body, String filename) {
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic())
                .header("Content-Disposition", ContentDisposition.inline().filename(filename).build().toString())
                .body(body);
    }
}
