package org.scrutineer.directory.web;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.scrutineer.audit.AuditHistory;
import org.scrutineer.directory.Council;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.FormErrors;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.Option;
import org.scrutineer.platform.RuleViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The directory's front page, the council's settings and the short lists (wards, parties, directorates). */
@Controller
class DirectoryController {

    private static final List<Breadcrumb> CRUMBS = List.of(new Breadcrumb("Directory", "/directory"));

    private final DirectoryManagement directory;
    private final AuditHistory audit;

    DirectoryController(DirectoryManagement directory, AuditHistory audit) {
        this.directory = directory;
        this.audit = audit;
    }

    /** The council settings form. */
    public static class CouncilForm {
        private String name;
        private String nation;
        private String website;
        private String contactEmail;
        private int municipalYearStartMonth = 5;
        private int version;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getNation() { return nation; }
        public void setNation(String nation) { this.nation = nation; }
        public String getWebsite() { return website; }
        public void setWebsite(String website) { this.website = website; }
        public String getContactEmail() { return contactEmail; }
        public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
        public int getMunicipalYearStartMonth() { return municipalYearStartMonth; }
        public void setMunicipalYearStartMonth(int month) { this.municipalYearStartMonth = month; }
        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
    }

    /** The form to add a ward, party or directorate. */
    public static class ListEntryForm {
        private String name;
        private String abbreviation;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getAbbreviation() { return abbreviation; }
        public void setAbbreviation(String abbreviation) { this.abbreviation = abbreviation; }
    }

    @GetMapping("/directory")
    String overview(Model model) {
        model.addAttribute("council", directory.council().orElse(null));
        model.addAttribute("scrutinyCommittees", directory.committees(CommitteeKind.OVERVIEW_AND_SCRUTINY, false));
        model.addAttribute("peopleCount", directory.countPeople());
        model.addAttribute("portfolioCount", directory.portfolios(false).size());
        model.addAttribute("wardCount", directory.wards().size());
        return "directory/index";
    }

    @GetMapping("/directory/council")
    String council(Model model) {
        model.addAttribute("council", directory.council().orElse(null));
        model.addAttribute("history", audit.historyOf(DirectoryManagement.COUNCIL, 1));
        model.addAttribute("breadcrumbs", CRUMBS);
        return "directory/council";
    }

    @GetMapping("/directory/council/edit")
    String editCouncil(Model model) {
        if (!model.containsAttribute("form")) {
            CouncilForm form = new CouncilForm();
            directory.council().ifPresent(c -> {
                form.setName(c.name());
                form.setNation(c.nation());
                form.setWebsite(c.website());
                form.setContactEmail(c.contactEmail());
                form.setMunicipalYearStartMonth(c.municipalYearStartMonth());
                form.setVersion(c.version());
            });
            model.addAttribute("form", form);
        }
        return councilForm(model);
    }

    @PostMapping("/directory/council")
    String saveCouncil(@ModelAttribute("form") CouncilForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return FormErrors.attempt(result, model, () -> {
                    directory.saveCouncil(new Council(form.getName(), form.getNation(), form.getWebsite(),
                            form.getContactEmail(), form.getMunicipalYearStartMonth(), form.getVersion()));
                    return true;
                })
                .map(saved -> {
                    redirect.addFlashAttribute("flash", "The council's settings were saved.");
                    return "redirect:/directory/council";
                })
                .orElseGet(() -> councilForm(model));
    }

    @GetMapping("/directory/lists")
    String lists(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ListEntryForm());
        }
        model.addAttribute("wards", directory.wards());
        model.addAttribute("parties", directory.parties());
        model.addAttribute("directorates", directory.directorates());
        model.addAttribute("breadcrumbs", CRUMBS);
        return "directory/lists";
    }

    @PostMapping("/directory/lists/{list}")
    String addToList(@PathVariable String list, @ModelAttribute("form") ListEntryForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            switch (list) {
                case "wards" -> directory.addWard(form.getName());
                case "parties" -> directory.addParty(form.getName(), form.getAbbreviation());
                case "directorates" -> directory.addDirectorate(form.getName());
                default -> throw new NotFoundException("List " + list);
            }
            redirect.addFlashAttribute("flash", form.getName().strip() + " was added.");
            return "redirect:/directory/lists";
        } catch (RuleViolationException e) {
            FormErrors.apply(e, result);
            model.addAttribute("hasErrors", true);
            model.addAttribute("failedList", list);
            return lists(model);
        }
    }

    private String councilForm(Model model) {
        model.addAttribute("nations", List.of(new Option("england-and-wales", "England and Wales"),
                new Option("scotland", "Scotland"), new Option("northern-ireland", "Northern Ireland")));
        model.addAttribute("months", Arrays.stream(Month.values())
                .map(m -> new Option(Integer.toString(m.getValue()), m.getDisplayName(TextStyle.FULL, Locale.UK)))
                .toList());
        model.addAttribute("breadcrumbs", CRUMBS);
        return "directory/council-form";
    }
}
