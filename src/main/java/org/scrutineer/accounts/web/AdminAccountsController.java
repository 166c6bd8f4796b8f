package org.scrutineer.accounts.web;

import java.util.List;

import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.platform.FormErrors;
import org.scrutineer.platform.Option;
import org.scrutineer.platform.RuleViolationException;
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

/** Administrators' pages for accounts: list, create for a person, unlock, reset a password. */
@Controller
@RequestMapping("/admin/accounts")
class AdminAccountsController {

    private final AccountManagement accounts;
    private final DirectoryManagement directory;

    AdminAccountsController(AccountManagement accounts, DirectoryManagement directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    /** The form for a new account. */
    public static class NewAccountForm {
        private String username;
        private String password;
        private Long personId;
        private boolean administrator;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }

        public boolean isAdministrator() {
            return administrator;
        }

        public void setAdministrator(boolean administrator) {
            this.administrator = administrator;
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.accounts());
        model.addAttribute("now", java.time.Instant.now());
        return "accounts/admin-list";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewAccountForm());
        }
        List<Option> people = new java.util.ArrayList<>();
        for (PersonKind kind : List.of(PersonKind.COUNCILLOR, PersonKind.OFFICER, PersonKind.WITNESS)) {
            directory.choices(kind, null)
                    .forEach(r -> people.add(new Option(Long.toString(r.id()), r.name() + " (" + kind.label() + ")")));
        }
        model.addAttribute("people", people);
        return "accounts/admin-new";
    }

    @PostMapping
    String create(@ModelAttribute("form") NewAccountForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            accounts.createAccount(form.getUsername(), form.getPassword(),
                    form.getPersonId() == null ? null : new PersonId(form.getPersonId()), form.isAdministrator());
            redirect.addFlashAttribute("flash", "Account " + form.getUsername().strip() + " was created.");
            return "redirect:/admin/accounts";
        } catch (RuleViolationException e) {
            FormErrors.apply(e, result);
            model.addAttribute("hasErrors", true);
            return newAccount(model);
        }
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("flash", "Account " + accounts.requireAccount(id).username() + " was unlocked.");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/flags")
    String flags(@PathVariable long id, @RequestParam(defaultValue = "false") boolean administrator,
            @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
        accounts.setFlags(id, administrator, enabled);
        redirect.addFlashAttribute("flash", "Account " + accounts.requireAccount(id).username() + " was updated.");
        return "redirect:/admin/accounts";
    }
}
