package org.scrutineer.home.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.scrutineer.accounts.CurrentUser;
import org.scrutineer.accounts.CurrentUsers;
import org.scrutineer.accounts.Role;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.home.AttentionItem;
import org.scrutineer.home.AttentionSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: a signed-in user's attention list, or the public front page. */
@Controller
class HomeController {

    private static final Comparator<AttentionItem> ORDER = Comparator
            .comparing(AttentionItem::overdue).reversed()
            .thenComparing(AttentionItem::due, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));

    private final List<AttentionSource> sources;
    private final DirectoryManagement directory;
    private final DeadlineManagement deadlines;

    HomeController(List<AttentionSource> sources, DirectoryManagement directory, DeadlineManagement deadlines) {
        this.sources = sources;
        this.directory = directory;
        this.deadlines = deadlines;
    }

    @GetMapping("/")
    String home(Model model) {
        var user = CurrentUsers.current();
        if (user.isEmpty()) {
            model.addAttribute("scrutinyCommittees", directory.committees(CommitteeKind.OVERVIEW_AND_SCRUTINY, false));
            return "home/public";
        }
        model.addAttribute("attention", attentionFor(user.get()));
        model.addAttribute("heldRoles", java.util.Arrays.stream(Role.values()).filter(user.get()::has).toList());
        model.addAttribute("recentlyMet", user.get().personId() == null ? List.of()
                : deadlines.recentlyMetBy(user.get().personId()));
        model.addAttribute("today", LocalDate.now());
        return "home/home";
    }

    private List<AttentionItem> attentionFor(CurrentUser user) {
        List<AttentionItem> items = new ArrayList<>();
        for (AttentionSource source : sources) {
            items.addAll(source.itemsFor(user));
        }
        items.sort(ORDER);
        return items;
    }
}
