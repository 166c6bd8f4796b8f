package org.scrutineer.audit.web;

import java.util.List;

import org.scrutineer.audit.AuditEntry;
import org.scrutineer.audit.AuditHistory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The whole audit history, newest first, and verification of its hash chain. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditHistory audit;

    AuditController(AuditHistory audit) {
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) String actor,
            @RequestParam(required = false) Long before, Model model) {
        List<AuditEntry> entries = audit.recent(type, actor, before, PAGE_SIZE + 1);
        boolean more = entries.size() > PAGE_SIZE;
        List<AuditEntry> page = more ? entries.subList(0, PAGE_SIZE) : entries;
        model.addAttribute("entries", page);
        model.addAttribute("nextBefore", more ? page.get(page.size() - 1).id() : null);
        model.addAttribute("type", type == null ? "" : type);
        model.addAttribute("actor", actor == null ? "" : actor);
        model.addAttribute("types", audit.recordTypes());
        return "audit/list";
    }

    @PostMapping("/verify")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        return list(null, null, null, model);
    }
}
