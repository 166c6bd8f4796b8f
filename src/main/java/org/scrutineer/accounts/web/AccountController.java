package org.scrutineer.accounts.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.CurrentUser;
import org.scrutineer.accounts.CurrentUsers;
import org.scrutineer.accounts.IssuedToken;
import org.scrutineer.platform.FormErrors;
import org.scrutineer.platform.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: their roles, personal API tokens, and password. */
@Controller
class AccountController {

    private final AccountManagement accounts;

    AccountController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    /** The form for a new token. */
    public static class TokenForm {
        private String name;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate expiresOn;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public LocalDate getExpiresOn() {
            return expiresOn;
        }

        public void setExpiresOn(LocalDate expiresOn) {
            this.expiresOn = expiresOn;
        }
    }

    /** The form for a new password. */
    public static class PasswordForm {
        private String password;

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    @GetMapping("/account")
    String account(Model model) {
        CurrentUser user = me();
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        model.addAttribute("account", accounts.requireAccount(user.accountId()));
        model.addAttribute("tokens", accounts.tokensOf(user.accountId()));
        model.addAttribute("now", java.time.Instant.now());
        return "accounts/account";
    }

    @PostMapping("/account/tokens")
    String issueToken(@ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = me();
        try {
            IssuedToken issued = accounts.issueToken(user.accountId(), form.getName(), form.getExpiresOn() == null
                    ? null : form.getExpiresOn().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
            redirect.addFlashAttribute("issued", issued);
            return "redirect:/account";
        } catch (RuleViolationException e) {
            FormErrors.apply(e, result);
            model.addAttribute("hasErrors", true);
            return account(model);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        accounts.revokeToken(me().accountId(), id);
        redirect.addFlashAttribute("flash", "The token was revoked. Scripts using it can no longer sign in.");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            accounts.changePassword(me().accountId(), form.getPassword());
            redirect.addFlashAttribute("flash", "Your password was changed.");
            return "redirect:/account";
        } catch (RuleViolationException e) {
            FormErrors.apply(e, result);
            model.addAttribute("hasErrors", true);
            return account(model);
        }
    }

    private static CurrentUser me() {
        return CurrentUsers.current().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }
}
