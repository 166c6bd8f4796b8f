package org.scrutineer.deadlines.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.scrutineer.audit.AuditHistory;
import org.scrutineer.deadlines.Counting;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.Protocol;
import org.scrutineer.deadlines.ProtocolRuleChange;
import org.scrutineer.deadlines.RuleKind;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.FormErrors;
import org.scrutineer.platform.Option;
import org.scrutineer.platform.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The executive–scrutiny protocol: the rules in force with their source (statute or protocol), the protocol's
 * review dates, and every protocol value ever set. Scrutiny officers, the monitoring officer and administrators
 * change them (the security configuration enforces who).
 */
@Controller
@RequestMapping("/deadlines/protocol")
class ProtocolController {

    private static final List<Breadcrumb> CRUMBS = List.of(new Breadcrumb("Protocol and timescales",
            "/deadlines/protocol"));

    private final DeadlineManagement deadlines;
    private final AuditHistory audit;

    ProtocolController(DeadlineManagement deadlines, AuditHistory audit) {
        this.deadlines = deadlines;
        this.audit = audit;
    }

    /** The protocol details form. */
    public static class ProtocolForm {
        private String title;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate adoptedOn;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate lastReviewedOn;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate nextReviewOn;
        private String documentUrl;
        private int version;

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public LocalDate getAdoptedOn() { return adoptedOn; }
        public void setAdoptedOn(LocalDate adoptedOn) { this.adoptedOn = adoptedOn; }
        public LocalDate getLastReviewedOn() { return lastReviewedOn; }
        public void setLastReviewedOn(LocalDate lastReviewedOn) { this.lastReviewedOn = lastReviewedOn; }
        public LocalDate getNextReviewOn() { return nextReviewOn; }
        public void setNextReviewOn(LocalDate nextReviewOn) { this.nextReviewOn = nextReviewOn; }
        public String getDocumentUrl() { return documentUrl; }
        public void setDocumentUrl(String documentUrl) { this.documentUrl = documentUrl; }
        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
    }

    /** The form for a new protocol value of a rule. */
    public static class RuleForm {
        private String ruleId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate effectiveFrom;
        private String kind;
        private Integer count;
        private String counting;
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        private LocalTime closesAt;
        private String note;

        public String getRuleId() { return ruleId; }
        public void setRuleId(String ruleId) { this.ruleId = ruleId; }
        public LocalDate getEffectiveFrom() { return effectiveFrom; }
        public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public Integer getCount() { return count; }
        public void setCount(Integer count) { this.count = count; }
        public String getCounting() { return counting; }
        public void setCounting(String counting) { this.counting = counting; }
        public LocalTime getClosesAt() { return closesAt; }
        public void setClosesAt(LocalTime closesAt) { this.closesAt = closesAt; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    @GetMapping
    String protocol(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Model model) {
        LocalDate day = on == null ? LocalDate.now() : on;
        model.addAttribute("on", day);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("rules", deadlines.rulesInForce(day));
        model.addAttribute("protocol", deadlines.protocol().orElse(null));
        model.addAttribute("changes", deadlines.protocolHistory());
        model.addAttribute("history", audit.historyOf(DeadlineManagement.PROTOCOL, 1));
        return "deadlines/protocol";
    }

    @GetMapping("/edit")
    String edit(Model model) {
        if (!model.containsAttribute("form")) {
            ProtocolForm form = new ProtocolForm();
            deadlines.protocol().ifPresent(p -> {
                form.setTitle(p.title());
                form.setAdoptedOn(p.adoptedOn());
                form.setLastReviewedOn(p.lastReviewedOn());
                form.setNextReviewOn(p.nextReviewOn());
                form.setDocumentUrl(p.documentUrl());
                form.setVersion(p.version());
            });
            model.addAttribute("form", form);
        }
        model.addAttribute("breadcrumbs", CRUMBS);
        return "deadlines/protocol-form";
    }

    @PostMapping
    String save(@ModelAttribute("form") ProtocolForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return FormErrors.attempt(result, model, () -> {
                    deadlines.saveProtocol(new Protocol(form.getTitle(), form.getAdoptedOn(), form.getLastReviewedOn(),
                            form.getNextReviewOn(), form.getDocumentUrl(), form.getVersion()));
                    return true;
                })
                .map(saved -> {
                    redirect.addFlashAttribute("flash", "The protocol's details were saved.");
                    return "redirect:/deadlines/protocol";
                })
                .orElseGet(() -> {
                    model.addAttribute("breadcrumbs", CRUMBS);
                    return "deadlines/protocol-form";
                });
    }

    @GetMapping("/rules/new")
    String newRule(@RequestParam(required = false) String rule, Model model) {
        if (!model.containsAttribute("form")) {
            RuleForm form = new RuleForm();
            form.setRuleId(rule);
            form.setEffectiveFrom(LocalDate.now().plusDays(1));
            if (rule != null) {
                deadlines.catalogue().find(rule).ifPresent(r -> {
                    form.setKind(r.kind().code());
                    form.setCount(r.count());
                    form.setCounting(r.counting() == null ? null : r.counting().code());
                    form.setClosesAt(r.closesAt().orElse(null));
                });
            }
            model.addAttribute("form", form);
        }
        return ruleForm(model);
    }

    @PostMapping("/rules")
    String addRule(@ModelAttribute("form") RuleForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                deadlines.changeRule(new ProtocolRuleChange(blank(form.getRuleId()),
                        form.getEffectiveFrom(), form.getKind() == null || form.getKind().isBlank() ? null
                                : RuleKind.fromCode(form.getKind()), form.getCount(),
                        form.getCounting() == null || form.getCounting().isBlank() ? null
                                : Counting.fromCode(form.getCounting()), form.getClosesAt(), blank(form.getNote())));
                redirect.addFlashAttribute("flash", "The protocol value for " + form.getRuleId()
                        + " takes effect from " + form.getEffectiveFrom() + ". Deadlines already set keep their dates.");
                return "redirect:/deadlines/protocol";
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            } catch (IllegalArgumentException e) {
                result.reject("invalid", "Select the kind of rule and the counting from the lists");
            }
        }
        model.addAttribute("hasErrors", true);
        return ruleForm(model);
    }

    private String ruleForm(Model model) {
        model.addAttribute("ruleOptions", deadlines.catalogue().all().stream()
                .map(r -> new Option(r.id(), r.id() + " — " + r.description())).toList());
        model.addAttribute("kinds", Arrays.stream(RuleKind.values()).map(k -> new Option(k.code(), k.code())).toList());
        model.addAttribute("countings", List.of(new Option("working", "Working days"),
                new Option("calendar", "Every day (calendar days)")));
        model.addAttribute("breadcrumbs", CRUMBS);
        return "deadlines/rule-form";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
