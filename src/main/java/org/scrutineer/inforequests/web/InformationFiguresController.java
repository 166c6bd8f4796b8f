package org.scrutineer.inforequests.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.scrutineer.inforequests.InformationFigures;
import org.scrutineer.inforequests.InformationRequestManagement;
import org.scrutineer.platform.TabularFiles;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Figures for information requests received in a period, per committee and per directorate: requests, answered on
 * time, refused, and the median days to answer; as a page and as CSV. The period defaults to the municipal year so
 * far (from 1 April).
 */
@Controller
@RequestMapping("/information-requests")
class InformationFiguresController {

    static final List<String> CSV_HEADER = List.of("Grouping", "Name", "Requests", "Answered", "Answered on time",
            "On time (%)", "Refused", "Refused (%)", "Open", "Overdue now", "Median days to answer");

    private final InformationRequestManagement management;

    InformationFiguresController(InformationRequestManagement management) {
        this.management = management;
    }

    @GetMapping("/figures")
    String figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate start = from != null ? from : yearStart(management.today());
        LocalDate end = to != null ? to : management.today();
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("breadcrumbs", List.of(InformationRequestsController.REQUESTS));
        if (end.isBefore(start)) {
            model.addAttribute("periodError", "The end of the period must be on or after its start");
            model.addAttribute("hasErrors", true);
            model.addAttribute("byCommittee", List.of());
            model.addAttribute("byDirectorate", List.of());
            return RequestPages.unprocessable("inforequests/figures");
        }
        model.addAttribute("byCommittee", management.figures(false, start, end));
        model.addAttribute("byDirectorate", management.figures(true, start, end));
        return "inforequests/figures";
    }

    @GetMapping(value = "/figures.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate start = from != null ? from : yearStart(management.today());
        LocalDate end = to != null ? to : management.today();
        List<List<String>> rows = new ArrayList<>();
        management.figures(false, start, end).forEach(f -> rows.add(row("Committee", f)));
        management.figures(true, start, end).forEach(f -> rows.add(row("Directorate", f)));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"information-requests-" + start
                        + "-to-" + end + ".csv\"")
                .body(TabularFiles.csv(CSV_HEADER, rows));
    }

    static List<String> row(String grouping, InformationFigures f) {
        return List.of(grouping, f.name(), Long.toString(f.requests()), Long.toString(f.answered()),
                Long.toString(f.onTime()), text(f.onTimePercent()), Long.toString(f.refused()),
                text(f.refusedPercent()), Long.toString(f.open()), Long.toString(f.overdue()),
                f.medianDaysToAnswer() == null ? "" : plain(f.medianDaysToAnswer()));
    }

    /** The first day of the municipal year (1 April) holding the day. */
    static LocalDate yearStart(LocalDate day) {
        return LocalDate.of(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1, 4, 1);
    }

    private static String text(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
