package org.scrutineer.directory.web;

import java.util.List;

import org.scrutineer.audit.AuditHistory;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.directory.Seniority;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Cabinet portfolios with their holders and lead chief officers; administrators add and edit them. */
@Controller
@RequestMapping("/directory/portfolios")
class PortfoliosController {

    private static final List<Breadcrumb> CRUMBS = List.of(new Breadcrumb("Directory", "/directory"),
            new Breadcrumb("Cabinet portfolios", "/directory/portfolios"));

    private final DirectoryManagement directory;
    private final AuditHistory audit;

    PortfoliosController(DirectoryManagement directory, AuditHistory audit) {
        this.directory = directory;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("portfolios", directory.portfolios(true));
        model.addAttribute("breadcrumbs", List.of(new Breadcrumb("Directory", "/directory")));
        return "directory/portfolios";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("portfolio", directory.requirePortfolio(id));
        model.addAttribute("history", audit.historyOf(DirectoryManagement.PORTFOLIO, id));
        model.addAttribute("breadcrumbs", CRUMBS);
        return "directory/portfolio";
    }

    @GetMapping("/new")
    String newPortfolio(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PortfolioForm());
        }
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") PortfolioForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return FormErrors.attempt(result, model, () -> directory.addPortfolio(form.details()))
                .map(id -> {
                    redirect.addFlashAttribute("flash", form.getTitle().strip() + " was added.");
                    return "redirect:/directory/portfolios/" + id;
                })
                .orElseGet(() -> form(model, null));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Portfolio portfolio = directory.requirePortfolio(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PortfolioForm.of(portfolio));
        }
        return form(model, portfolio);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") PortfolioForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Portfolio portfolio = directory.requirePortfolio(id);
        return FormErrors.attempt(result, model, () -> {
                    directory.updatePortfolio(id, form.getVersion(), form.details());
                    return id;
                })
                .map(saved -> {
                    redirect.addFlashAttribute("flash", "Your changes to " + form.getTitle().strip() + " were saved.");
                    return "redirect:/directory/portfolios/" + saved;
                })
                .orElseGet(() -> form(model, portfolio));
    }

    private String form(Model model, Portfolio portfolio) {
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("councillors", Choices.of(directory.choices(PersonKind.COUNCILLOR, null)));
        model.addAttribute("chiefOfficers", Choices.of(directory.choices(PersonKind.OFFICER, Seniority.CHIEF_OFFICER)));
        model.addAttribute("directorates", Choices.of(directory.directorates()));
        model.addAttribute("breadcrumbs", CRUMBS);
        return "directory/portfolio-form";
    }
}
