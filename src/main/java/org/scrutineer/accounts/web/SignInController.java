package org.scrutineer.accounts.web;

import org.scrutineer.accounts.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String username,
            Model model) {
        if (CurrentUsers.current().isPresent()) {
            return "redirect:/";
        }
        String message = switch (error == null ? "" : error) {
            case "missing" -> "Enter your username and password";
            case "locked" -> "Your account is locked after too many failed attempts. Try again in 15 minutes, "
                    + "or ask an administrator to unlock it.";
            case "disabled" -> "Your account is disabled. Ask an administrator.";
            case "wrong" -> "The username or password is not right";
            case "" -> null;
            default -> "Sign-in failed. Try again.";
        };
        model.addAttribute("error", message);
        model.addAttribute("hasErrors", message != null);
        return "accounts/login";
    }
}
