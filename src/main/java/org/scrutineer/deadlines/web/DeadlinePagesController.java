package org.scrutineer.deadlines.web;

import java.time.LocalDate;
import java.util.List;

import org.scrutineer.audit.AuditHistory;
import org.scrutineer.deadlines.DeadlineId;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonId;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.platform.Viewer;
import org.scrutineer.platform.Viewers;
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
 * Tracked deadlines: a list (everyone's for those who oversee them, one's own for others) and each deadline's
 * page with how its date was worked out and its history. Scrutiny officers and administrators record that it was
 * met, extend it, or stop and restart its clock.
 */
@Controller
@RequestMapping("/deadlines")
class DeadlinePagesController {

    /** Roles that see every deadline. */
    static final String[] OVERSEERS = {"SCRUTINY_OFFICER", "ADMINISTRATOR", "MONITORING_OFFICER",
            "HEAD_OF_PAID_SERVICE"};
    private static final List<Breadcrumb> CRUMBS = List.of(new Breadcrumb("Deadlines", "/deadlines"));

    private final DeadlineManagement deadlines;
    private final DirectoryManagement directory;
    private final AuditHistory audit;
    private final Viewers viewers;

    DeadlinePagesController(DeadlineManagement deadlines, DirectoryManagement directory, AuditHistory audit,
            Viewers viewers) {
        this.deadlines = deadlines;
        this.directory = directory;
        this.audit = audit;
        this.viewers = viewers;
    }

    @GetMapping
    String list(Model model) {
        Viewer viewer = viewers.current().orElseThrow();
        boolean all = viewer.hasAnyRole(OVERSEERS);
        List<TrackedDeadline> open = all ? deadlines.open()
                : viewer.personId() == null ? List.of() : deadlines.openFor(new PersonId(viewer.personId()));
        LocalDate today = LocalDate.now();
        model.addAttribute("overdue", open.stream().filter(d -> d.overdueOn(today)).toList());
        model.addAttribute("upcoming", open.stream().filter(d -> !d.overdueOn(today)).toList());
        model.addAttribute("everyone", all);
        model.addAttribute("today", today);
        return "deadlines/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        TrackedDeadline d = visible(id);
        model.addAttribute("deadline", d);
        model.addAttribute("responsible", directory.people(d.responsible()).values());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("canAct", viewers.current().map(v -> v.hasAnyRole("SCRUTINY_OFFICER", "ADMINISTRATOR"))
                .orElse(false));
        model.addAttribute("history", audit.historyOf(DeadlineManagement.DEADLINE, d.id()));
        model.addAttribute("breadcrumbs", CRUMBS);
        return "deadlines/deadline";
    }

    @PostMapping("/{id}/met")
    String met(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> deadlines.met(new DeadlineId(id), on == null ? LocalDate.now() : on),
                "Recorded as met.");
    }

    @PostMapping("/{id}/extend")
    String extend(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDue,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String agreedBy,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> deadlines.extend(new DeadlineId(id), newDue, reason, agreedBy),
                "The deadline was extended.");
    }

    @PostMapping("/{id}/stop")
    String stop(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> deadlines.stopClock(new DeadlineId(id), from == null ? LocalDate.now() : from),
                "The clock was stopped.");
    }

    @PostMapping("/{id}/restart")
    String restart(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> deadlines.restartClock(new DeadlineId(id), on == null ? LocalDate.now() : on),
                "The clock was restarted and the due date worked out again.");
    }

    private String act(long id, RedirectAttributes redirect, Runnable action, String done) {
        visible(id);
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("actionErrors", e.problems());
        }
        return "redirect:/deadlines/" + id;
    }

    /** The deadline, if the viewer may see it: those responsible and those who oversee deadlines. */
    private TrackedDeadline visible(long id) {
        TrackedDeadline d = deadlines.require(new DeadlineId(id));
        Viewer viewer = viewers.current().orElseThrow(() -> new NotFoundException("Deadline " + id));
        boolean responsible = viewer.personId() != null && d.responsible().contains(new PersonId(viewer.personId()));
        if (!responsible && !viewer.hasAnyRole(OVERSEERS)) {
            throw new NotFoundException("Deadline " + id);
        }
        return d;
    }
}
