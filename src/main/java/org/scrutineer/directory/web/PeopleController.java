package org.scrutineer.directory.web;

import java.util.List;

import org.scrutineer.audit.AuditHistory;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.StatutoryRole;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.FormErrors;
import org.scrutineer.platform.ResultPage;
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

/** Browse and search people; administrators add and edit them. */
@Controller
@RequestMapping("/directory/people")
class PeopleController {

    private static final int PAGE_SIZE = 25;

    private final DirectoryManagement directory;
    private final AuditHistory audit;

    PeopleController(DirectoryManagement directory, AuditHistory audit) {
        this.directory = directory;
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(required = false) String name, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer page, @RequestParam(defaultValue = "current") String status,
            Model model) {
        PersonKind k = parseKind(kind);
        Boolean active = switch (status) {
            case "former" -> false;
            case "all" -> null;
            default -> true;
        };
        int[] paging = ResultPage.clamp(page, null, PAGE_SIZE, PAGE_SIZE);
        ResultPage<Person> people = directory.findPeople(name, k, active, paging[0], paging[1]);
        model.addAttribute("people", people);
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("kind", k == null ? "" : k.name());
        model.addAttribute("status", active == null ? "all" : active ? "current" : "former");
        model.addAttribute("kinds", Choices.kinds());
        model.addAttribute("breadcrumbs", List.of(new Breadcrumb("Directory", "/directory")));
        return "directory/people";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        PersonId personId = new PersonId(id);
        Person person = directory.requirePerson(personId);
        model.addAttribute("person", person);
        model.addAttribute("memberships", directory.membershipsOf(personId));
        model.addAttribute("standing", directory.standingOf(personId));
        model.addAttribute("history", audit.historyOf(DirectoryManagement.PERSON, personId));
        model.addAttribute("breadcrumbs", List.of(new Breadcrumb("Directory", "/directory"),
                new Breadcrumb("People", "/directory/people")));
        return "directory/person";
    }

    @GetMapping("/new")
    String newPerson(@RequestParam(required = false) String kind, Model model) {
        if (!model.containsAttribute("form")) {
            PersonForm form = new PersonForm();
            form.setKind(parseKind(kind));
            model.addAttribute("form", form);
        }
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") PersonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return FormErrors.attempt(result, model, () -> directory.addPerson(form.details()))
                .map(id -> {
                    redirect.addFlashAttribute("flash", directory.requirePerson(id).fullName() + " was added.");
                    return "redirect:/directory/people/" + id.value();
                })
                .orElseGet(() -> form(model, null));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Person person = directory.requirePerson(new PersonId(id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PersonForm.of(person));
        }
        return form(model, person);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Person person = directory.requirePerson(new PersonId(id));
        return FormErrors.attempt(result, model, () -> {
                    directory.updatePerson(person.id(), form.getVersion(), form.details());
                    return id;
                })
                .map(saved -> {
                    redirect.addFlashAttribute("flash", "Your changes to " + person.fullName() + " were saved.");
                    return "redirect:/directory/people/" + saved;
                })
                .orElseGet(() -> form(model, person));
    }

    private String form(Model model, Person person) {
        model.addAttribute("person", person);
        model.addAttribute("kinds", Choices.kinds());
        model.addAttribute("parties", Choices.of(directory.parties()));
        model.addAttribute("wards", Choices.of(directory.wards()));
        model.addAttribute("directorates", Choices.of(directory.directorates()));
        model.addAttribute("seniorities", Choices.seniorities());
        model.addAttribute("statutoryRoleValues", StatutoryRole.values());
        model.addAttribute("breadcrumbs", List.of(new Breadcrumb("Directory", "/directory"),
                new Breadcrumb("People", "/directory/people")));
        return "directory/person-form";
    }

    private static PersonKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return PersonKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
