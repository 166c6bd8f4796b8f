package org.scrutineer.meetings.web;

import java.time.Duration;
import java.util.Locale;

import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.CurrentUsers;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The agenda packs as PDF downloads: the public pack for anyone once the agenda is published, and the members'
 * pack for a signed-in user, with the exempt items they are entitled to (never cached on the way).
 */
@Controller
class AgendaPackController {

    private final AgendaPack packs;
    private final MeetingManagement meetings;

    AgendaPackController(AgendaPack packs, MeetingManagement meetings) {
        this.packs = packs;
        this.meetings = meetings;
    }

    @GetMapping("/public/meetings/{id:\\d+}/agenda.pdf")
    ResponseEntity<byte[]> publicPack(@PathVariable long id) {
        MeetingId meeting = new MeetingId(id);
        byte[] pdf = packs.publicPack(meeting);
        return pdf(pdf, filename(meetings.meeting(meeting), "agenda"),
                CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic());
    }

    @GetMapping("/meetings/{id:\\d+}/agenda.pdf")
    ResponseEntity<byte[]> membersPack(@PathVariable long id) {
        Actor viewer = Actor.of(CurrentUsers.current().orElseThrow(() -> new AccessDeniedException("Sign in first")));
        MeetingId meeting = new MeetingId(id);
        byte[] pdf = packs.membersPack(viewer, meeting);
        return pdf(pdf, filename(meetings.meeting(meeting), "members-agenda"), CacheControl.noStore().cachePrivate());
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String filename, CacheControl cache) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(cache)
                .header("Content-Disposition", ContentDisposition.inline().filename(filename).build().toString())
                .body(pdf);
    }

    /** e.g. {@code agenda-health-scrutiny-committee-2026-12-17.pdf} */
    static String filename(Meeting m, String prefix) {
        String committee = m.committeeName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return prefix + "-" + committee + "-" + m.date() + ".pdf";
    }
}
