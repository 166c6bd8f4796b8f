package org.scrutineer.recommendations.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.InvalidParameterException;
import org.scrutineer.recommendations.CommitteeFigures;
import org.scrutineer.recommendations.RecommendationFigures;
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
 * The tracker's figures for every signed-in user: a municipal year's table per committee with the council-wide
 * row, a bar chart of responses on time and implementation rates that needs no JavaScript (the table is its text
 * alternative), the council's figures year by year, and the same data as CSV.
 */
@Controller
@RequestMapping("/recommendations")
class FiguresController {

    private static final List<Breadcrumb> CRUMBS = List.of(new Breadcrumb("Recommendations", "/recommendations"));
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final RecommendationFigures figures;

    FiguresController(RecommendationFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/figures")
    String figures(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? figures.currentYear() : checked(year);
        List<CommitteeFigures> all = figures.figures(null);
        List<CommitteeFigures> rows = all.stream().filter(f -> f.municipalYear() == shown).toList();
        Set<Integer> years = new LinkedHashSet<>();
        years.add(figures.currentYear());
        years.addAll(figures.years());
        years.add(shown);
        List<Integer> choices = new ArrayList<>(years);
        choices.sort((a, b) -> b - a);
        model.addAttribute("year", shown);
        model.addAttribute("yearLabel", RecommendationFigures.yearLabel(shown));
        model.addAttribute("years", choices.stream().map(y -> new YearChoice(y, RecommendationFigures.yearLabel(y)))
                .toList());
        model.addAttribute("rows", rows.stream().map(Row::of).toList());
        model.addAttribute("chart", FiguresChart.of(rows));
        model.addAttribute("trend", all.stream().filter(CommitteeFigures::councilWide).map(Row::of).toList());
        model.addAttribute("breadcrumbs", CRUMBS);
        return "recommendations/figures";
    }

    /** A year in the year picker. */
    record YearChoice(int value, String label) {
    }

    /** A row of figures as the page writes it: counts with their rates, in words where there is no rate. */
    record Row(int year, String yearLabel, String name, boolean councilWide, int reportsAgreed,
            int recommendationsMade, int responsesDue, String onTime, String median, String accepted,
            String implemented, int overdueResponses, int slippedActions) {

        static Row of(CommitteeFigures f) {
            return new Row(f.municipalYear(), f.municipalYearLabel(), f.name(), f.councilWide(), f.reportsAgreed(),
                    f.recommendationsMade(), f.responsesDue(),
                    ofWhole(f.responsesOnTime(), f.responsesDue(), f.onTimePercent(), "No responses due"),
                    f.medianDaysToRespond() == null ? "No responses"
                            : days(f.medianDaysToRespond()),
                    ofWhole(f.accepted(), f.decided(), f.acceptancePercent(), "None decided"),
                    ofWhole(f.implemented(), f.accepted(), f.implementationPercent(), "None accepted"),
                    f.overdueResponses(), f.slippedActions());
        }

        private static String ofWhole(int part, int whole, Double percent, String none) {
            return whole == 0 ? none : percent(percent) + " (" + part + " of " + whole + ")";
        }

        private static String days(double median) {
            String n = median == Math.rint(median) ? String.valueOf((long) median)
                    : String.format(Locale.UK, "%.1f", median);
            return n + (median == 1 ? " day" : " days");
        }
    }

    @GetMapping("/figures.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) Integer year) {
        Integer y = year == null ? null : checked(year);
        String name = "recommendation-figures" + (y == null ? "" : "-" + RecommendationFigures.yearLabel(y)
                .replace('/', '-')) + ".csv";
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(FiguresCsv.of(figures.figures(y)));
    }

    static int checked(int year) {
        if (year < 1990 || year > 2100) {
            throw new InvalidParameterException("year", "'year' must be the year a municipal year starts in, "
                    + "like 2026 for 2026/27");
        }
        return year;
    }

    /** Percentages as the page shows them: 66.7%, or a dash when there is nothing to divide by. */
    static String percent(Double value) {
        if (value == null) {
            return "–";
        }
        return (value == Math.rint(value) ? String.format(Locale.UK, "%.0f", value)
                : String.format(Locale.UK, "%.1f", value)) + "%";
    }
}
