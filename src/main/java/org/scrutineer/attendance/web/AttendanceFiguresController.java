package org.scrutineer.attendance.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.scrutineer.attendance.AttendanceFigures;
import org.scrutineer.attendance.AttendanceManagement;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.Option;
import org.scrutineer.platform.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Attendance figures for the chairs' periodic review with chief officers, for every signed-in user: a committee (or
 * all) and a period (by default the municipal year from 1 April), and the same as CSV.
 */
@Controller
@RequestMapping("/attendance")
class AttendanceFiguresController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AttendanceManagement attendance;

    AttendanceFiguresController(AttendanceManagement attendance) {
        this.attendance = attendance;
    }

    @GetMapping("/figures")
    String figures(@RequestParam(required = false) Long committee,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Acting.actor();
        model.addAttribute("committees", attendance.scrutinyCommittees().stream()
                .map(c -> new Option(Long.toString(c.id()), c.name())).toList());
        model.addAttribute("committee", committee);
        model.addAttribute("breadcrumbs", List.of(new Breadcrumb("Attendance", "/attendance")));
        try {
            AttendanceFigures f = attendance.figures(committee, from, to);
            model.addAttribute("f", f);
            model.addAttribute("tallies", List.of(TallyRow.of("Requirements (s9FA)", f.requirements()),
                    TallyRow.of("Invitations", f.invitations())));
            model.addAttribute("from", f.from());
            model.addAttribute("to", f.to());
            return "attendance/figures";
        } catch (RuleViolationException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            model.addAttribute("hasErrors", true);
            return Acting.unprocessable("attendance/figures");
        }
    }

    @GetMapping("/figures.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) Long committee,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Acting.actor();
        AttendanceFigures f = attendance.figures(committee, from, to);
        String name = "attendance-figures-" + f.from() + "-to-" + f.to() + ".csv";
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(FiguresCsv.of(f));
    }

    /** A row of the requests table: counts, with the rates in brackets. */
    record TallyRow(String kind, int made, String confirmed, String declined, String substituted, int nominated,
            int awaiting, int shortNotice) {

        static TallyRow of(String kind, AttendanceFigures.Tally t) {
            return new TallyRow(kind, t.made(), t.confirmed() + " (" + percent(t.confirmedPercent()) + ")",
                    t.declined() + " (" + percent(t.declinedPercent()) + ")",
                    t.substituted() + " (" + percent(t.substitutedPercent()) + ")", t.nominated(), t.awaiting(),
                    t.shortNotice());
        }
    }

    /** A percentage as the page shows it: 66.7%, or a dash when there is nothing to divide by. */
    static String percent(Double value) {
        if (value == null) {
            return "–";
        }
        return (value == Math.rint(value) ? String.format(Locale.UK, "%.0f", value)
                : String.format(Locale.UK, "%.1f", value)) + "%";
    }
}
