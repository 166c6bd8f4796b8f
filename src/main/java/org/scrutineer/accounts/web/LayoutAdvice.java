package org.scrutineer.accounts.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.scrutineer.accounts.CurrentUser;
import org.scrutineer.accounts.CurrentUsers;
import org.scrutineer.accounts.NavigationItem;
import org.scrutineer.directory.Council;
import org.scrutineer.directory.DirectoryManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the council's name, the signed-in user and the navigation for their roles. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final DirectoryManagement directory;
    private final List<NavigationItem> items;

    LayoutAdvice(DirectoryManagement directory, List<NavigationItem> items) {
        this.directory = directory;
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        CurrentUser user = CurrentUsers.current().orElse(null);
        model.addAttribute("currentUser", user);
        model.addAttribute("councilName", directory.council().map(Council::name).orElse("Scrutineer"));
        List<NavigationItem> visible = items.stream().filter(i -> i.visibleTo(user)).toList();
        model.addAttribute("navigation", visible);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String active = visible.stream()
                .map(NavigationItem::path)
                .filter(p -> p.equals("/") ? path.equals("/") : path.equals(p) || path.startsWith(p + "/"))
                .max(Comparator.comparingInt(String::length))
                .orElse(null);
        model.addAttribute("activeNavigation", active);
    }
}
