package org.scrutineer.deadlines.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.scrutineer.deadlines.CalendarAdjustment;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.SkippedDay;
import org.scrutineer.deadlines.WorkingCalendar;
import org.scrutineer.platform.FormErrors;
import org.scrutineer.platform.Option;
import org.scrutineer.platform.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators add and remove the council's closure days and bank holiday changes, with the reason. */
@Controller
@RequestMapping("/admin/calendar")
class CalendarController {

    private final DeadlineManagement deadlines;

    CalendarController(DeadlineManagement deadlines) {
        this.deadlines = deadlines;
    }

    /** The add-a-day form. */
    public static class AdjustmentForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate day;
        private CalendarAdjustment.Kind kind;
        private String reason;

        public LocalDate getDay() { return day; }
        public void setDay(LocalDate day) { this.day = day; }
        public CalendarAdjustment.Kind getKind() { return kind; }
        public void setKind(CalendarAdjustment.Kind kind) { this.kind = kind; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    @GetMapping
    String calendar(@RequestParam(required = false) Integer year, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AdjustmentForm());
        }
        int shown = year == null ? LocalDate.now().getYear() : Math.max(1970, Math.min(2199, year));
        WorkingCalendar calendar = deadlines.calendar();
        List<SkippedDay> holidays = new ArrayList<>();
        for (LocalDate d = LocalDate.of(shown, 1, 1); d.getYear() == shown; d = d.plusDays(1)) {
            LocalDate day = d;
            calendar.bankHolidayName(day).ifPresent(name -> holidays.add(new SkippedDay(day, name)));
        }
        model.addAttribute("year", shown);
        model.addAttribute("nation", deadlines.nation());
        model.addAttribute("holidays", holidays);
        model.addAttribute("adjustments", deadlines.adjustments());
        model.addAttribute("kinds", Arrays.stream(CalendarAdjustment.Kind.values())
                .map(k -> new Option(k.name(), k.label())).toList());
        return "deadlines/calendar";
    }

    @PostMapping
    String add(@ModelAttribute("form") AdjustmentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                deadlines.addAdjustment(form.getDay(), form.getKind(), form.getReason());
                redirect.addFlashAttribute("flash", "The calendar was changed. Deadlines already set keep their dates.");
                return "redirect:/admin/calendar";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("hasErrors", true);
        return calendar(null, model);
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        deadlines.removeAdjustment(id);
        redirect.addFlashAttribute("flash", "The change was removed.");
        return "redirect:/admin/calendar";
    }
}
