package org.scrutineer.directory.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.scrutineer.audit.AuditHistory;
import org.scrutineer.directory.Committee;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.FormErrors;
import org.scrutineer.platform.Option;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Committees and their members; administrators add and edit them. */
@Controller
@RequestMapping("/directory/committees")
class CommitteesController {

    private static final List<Breadcrumb> CRUMBS = List.of(new Breadcrumb("Directory", "/directory"),
            new Breadcrumb("Committees", "/directory/committees"));

    private final DirectoryManagement directory;
    private final AuditHistory audit;

    CommitteesController(DirectoryManagement directory, AuditHistory audit) {
        this.directory = directory;
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("committees", directory.committees(null, all));
        model.addAttribute("all", all);
        model.addAttribute("breadcrumbs", List.of(new Breadcrumb("Directory", "/directory")));
        return "directory/committees";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "false") boolean past, Model model) {
        CommitteeId committeeId = new CommitteeId(id);
        Committee committee = directory.requireCommittee(committeeId);
        model.addAttribute("committee", committee);
        model.addAttribute("members", past ? directory.allMemberships(committeeId)
                : directory.currentMembers(committeeId));
        model.addAttribute("past", past);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("groups", directory.committees(CommitteeKind.TASK_AND_FINISH, true).stream()
                .filter(c -> c.parent() != null && c.parent().id() == id).toList());
        model.addAttribute("history", audit.historyOf(DirectoryManagement.COMMITTEE, committeeId));
        model.addAttribute("breadcrumbs", CRUMBS);
        return "directory/committee";
    }

    @GetMapping("/new")
    String newCommittee(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CommitteeForm());
        }
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") CommitteeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return FormErrors.attempt(result, model, () -> directory.addCommittee(form.details()))
                .map(id -> {
                    redirect.addFlashAttribute("flash", form.getName().strip() + " was added.");
                    return "redirect:/directory/committees/" + id.value();
                })
                .orElseGet(() -> form(model, null));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Committee committee = directory.requireCommittee(new CommitteeId(id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CommitteeForm.of(committee));
        }
        return form(model, committee);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") CommitteeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Committee committee = directory.requireCommittee(new CommitteeId(id));
        return FormErrors.attempt(result, model, () -> {
                    directory.updateCommittee(committee.id(), form.getVersion(), form.details());
                    return id;
                })
                .map(saved -> {
                    redirect.addFlashAttribute("flash", "Your changes to " + form.getName().strip() + " were saved.");
                    return "redirect:/directory/committees/" + saved;
                })
                .orElseGet(() -> form(model, committee));
    }

    @GetMapping("/{id}/members/new")
    String newMember(@PathVariable long id, Model model) {
        Committee committee = directory.requireCommittee(new CommitteeId(id));
        if (!model.containsAttribute("form")) {
            MembershipForm form = new MembershipForm();
            form.setStartsOn(LocalDate.now());
            model.addAttribute("form", form);
        }
        return memberForm(model, committee);
    }

    @PostMapping("/{id}/members")
    String addMember(@PathVariable long id, @ModelAttribute("form") MembershipForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Committee committee = directory.requireCommittee(new CommitteeId(id));
        return FormErrors.attempt(result, model, () -> directory.addMembership(committee.id(),
                        form.getPersonId() == null ? null : new PersonId(form.getPersonId()), form.getRole(),
                        form.getStartsOn(), form.getEndsOn()))
                .map(seat -> {
                    redirect.addFlashAttribute("flash", directory.requirePerson(new PersonId(form.getPersonId()))
                            .fullName() + " was added to " + committee.name() + ".");
                    return "redirect:/directory/committees/" + id;
                })
                .orElseGet(() -> memberForm(model, committee));
    }

    @PostMapping("/{id}/members/{membershipId}/end")
    String endMember(@PathVariable long id, @PathVariable long membershipId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            RedirectAttributes redirect) {
        directory.endMembership(membershipId, endsOn == null ? LocalDate.now() : endsOn);
        redirect.addFlashAttribute("flash", "The membership was ended.");
        return "redirect:/directory/committees/" + id;
    }

    private String form(Model model, Committee committee) {
        model.addAttribute("committee", committee);
        model.addAttribute("kinds", Choices.committeeKinds());
        model.addAttribute("parents", directory.committees(CommitteeKind.OVERVIEW_AND_SCRUTINY, false).stream()
                .map(c -> new Option(Long.toString(c.id().value()), c.name())).toList());
        model.addAttribute("breadcrumbs", CRUMBS);
        return "directory/committee-form";
    }

    private String memberForm(Model model, Committee committee) {
        model.addAttribute("committee", committee);
        List<Option> people = new ArrayList<>();
        directory.choices(PersonKind.COUNCILLOR, null)
                .forEach(r -> people.add(new Option(Long.toString(r.id()), r.name())));
        if (committee.kind().isScrutiny()) {
            directory.choices(PersonKind.WITNESS, null)
                    .forEach(r -> people.add(new Option(Long.toString(r.id()), r.name() + " (co-optee)")));
        }
        model.addAttribute("people", people);
        model.addAttribute("roles", Choices.membershipRoles());
        model.addAttribute("breadcrumbs", CRUMBS);
        return "directory/member-form";
    }
}
