package org.scrutineer.inforequests.web;

import static org.scrutineer.inforequests.web.RequestPages.actor;
import static org.scrutineer.inforequests.web.RequestPages.unprocessable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.scrutineer.accounts.Actor;
import org.scrutineer.inforequests.InformationRequestManagement;
import org.scrutineer.inforequests.QuarterlyReport;
import org.scrutineer.inforequests.StandingArrangement;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.FormErrors;
import org.scrutineer.platform.Option;
import org.scrutineer.platform.RuleViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Standing information arrangements: the performance and finance reports each committee receives every quarter,
 * with the last quarters and any report that has not come flagged; scrutiny officers add arrangements and record
 * each report as it comes.
 */
@Controller
@RequestMapping("/information-requests/arrangements")
class ArrangementsController {

    /** How many quarters back a receipt can be recorded for. */
    private static final int QUARTERS_BACK = 4;

    private final InformationRequestManagement management;
    private final RequestChoices choices;

    ArrangementsController(InformationRequestManagement management, RequestChoices choices) {
        this.management = management;
        this.choices = choices;
    }

    @GetMapping
    String show(Model model) {
        return page(model, actor());
    }

    @PostMapping
    String add(@ModelAttribute("arrangement") ArrangementForms.Arrangement form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Actor actor = actor();
        return FormErrors.attempt(result, model, () -> management.addArrangement(actor, form.getCommitteeId(),
                        form.getTitle(), form.getDirectorateId(), form.getOfficerId(), form.getDaysAfterQuarter(),
                        form.getStartsOn()))
                .map(id -> {
                    redirect.addFlashAttribute("flash", "The arrangement was added: " + form.getTitle().strip()
                            + " is expected " + form.getDaysAfterQuarter() + " days after each quarter ends.");
                    return "redirect:/information-requests/arrangements";
                })
                .orElseGet(() -> unprocessable(page(model, actor)));
    }

    @PostMapping("/receipts")
    String receive(@ModelAttribute("receipt") ArrangementForms.Receipt form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Actor actor = actor();
        return FormErrors.attempt(result, model, () -> {
                    if (form.getArrangementId() == null) {
                        throw new RuleViolationException("arrangementId", "Select the report that came");
                    }
                    management.recordReceipt(actor, form.getArrangementId(), form.getQuarterStart(),
                            form.getReceivedOn(), form.getNote());
                    return form.getArrangementId();
                })
                .map(id -> {
                    redirect.addFlashAttribute("flash", "The report for " + quarterLabel(form.getQuarterStart())
                            + " was recorded as received on " + RequestFormats.day(form.getReceivedOn()) + ".");
                    return "redirect:/information-requests/arrangements";
                })
                .orElseGet(() -> unprocessable(page(model, actor)));
    }

    private String page(Model model, Actor actor) {
        LocalDate today = management.today();
        List<StandingArrangement> arrangements = management.arrangements(null);
        List<QuarterlyReport> quarters = management.quarterlyReports(null);
        if (!model.containsAttribute("arrangement")) {
            ArrangementForms.Arrangement f = new ArrangementForms.Arrangement();
            f.setDaysAfterQuarter(45);
            f.setStartsOn(today);
            model.addAttribute("arrangement", f);
        }
        if (!model.containsAttribute("receipt")) {
            ArrangementForms.Receipt f = new ArrangementForms.Receipt();
            f.setReceivedOn(today);
            quarters.stream().filter(QuarterlyReport::missing).findFirst().ifPresent(q -> {
                f.setArrangementId(q.arrangement().id());
                f.setQuarterStart(q.quarterStart());
            });
            model.addAttribute("receipt", f);
        }
        model.addAttribute("arrangements", arrangements);
        model.addAttribute("quarters", quarters);
        model.addAttribute("missing", quarters.stream().filter(QuarterlyReport::missing).count());
        model.addAttribute("canAdminister", management.mayAdminister(actor));
        model.addAttribute("committees", choices.committees());
        model.addAttribute("directorates", choices.directorates());
        model.addAttribute("officers", choices.officers());
        model.addAttribute("arrangementChoices", arrangements.stream().map(a -> new Option(Long.toString(a.id()),
                a.title() + " – " + a.committeeName())).toList());
        model.addAttribute("quarterChoices", quarterChoices(today));
        model.addAttribute("today", today);
        model.addAttribute("breadcrumbs", List.of(InformationRequestsController.REQUESTS,
                new Breadcrumb("Standing quarterly reports", "/information-requests/arrangements")));
        return "inforequests/arrangements";
    }

    /** The current quarter and the four before it, newest first. */
    static List<Option> quarterChoices(LocalDate today) {
        LocalDate q = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
        List<Option> list = new ArrayList<>();
        for (int i = 0; i <= QUARTERS_BACK; i++, q = q.minusMonths(3)) {
            list.add(new Option(q.toString(), quarterLabel(q)));
        }
        return list;
    }

    /** "Q2 2026/27 (July to September 2026)": quarters of the municipal year from April. */
    static String quarterLabel(LocalDate start) {
        if (start == null) {
            return "the quarter";
        }
        int month = start.getMonthValue();
        int q = month >= 4 ? (month - 4) / 3 + 1 : 4;
        int year = month >= 4 ? start.getYear() : start.getYear() - 1;
        LocalDate end = start.plusMonths(2);
        return "Q" + q + " " + year + "/" + String.format("%02d", (year + 1) % 100) + " ("
                + start.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " to "
                + end.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                + end.getYear() + ")";
    }
}
