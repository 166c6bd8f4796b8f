package org.scrutineer.meetings.web;

import static org.scrutineer.meetings.web.MeetingPages.actor;
import static org.scrutineer.meetings.web.MeetingPages.unprocessable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.Membership;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.Attendance;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.meetings.MeetingStatus;
import org.scrutineer.meetings.RegisterEntry;
import org.scrutineer.meetings.RegisterLine;
import org.scrutineer.meetings.internal.MeetingRules;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.FormErrors;
import org.scrutineer.platform.Option;
import org.scrutineer.platform.ResultPage;
import org.scrutineer.platform.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
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

/**
 * Meetings: the list, scheduling and changing a meeting, the meeting's page (its agenda deadline, agenda, register
 * and declarations, with what the scrutiny officer can do at its stage: publish the agenda, cancel, delete, take
 * the register, publish the minutes) and the register form.
 */
@Controller
@RequestMapping("/meetings")
class MeetingsController {

    private static final Breadcrumb MEETINGS = new Breadcrumb("Meetings", "/meetings");
    private static final Pattern LINE = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");
    private static final int PAGE_SIZE = 25;

    private final MeetingManagement meetings;
    private final MeetingChoices choices;

    MeetingsController(MeetingManagement meetings, MeetingChoices choices) {
        this.meetings = meetings;
        this.choices = choices;
    }

    // --- the list ------------------------------------------------------------------------------------------------

    @GetMapping
    String list(@RequestParam(required = false) Long committee, @RequestParam(required = false) MeetingStatus status,
            @RequestParam(defaultValue = "upcoming") String when, @RequestParam(defaultValue = "1") int page,
            Model model) {
        Actor actor = actor();
        String period = switch (when) {
            case "upcoming", "past" -> when;
            default -> "any";
        };
        LocalDate today = meetings.today();
        ResultPage<Meeting> list = meetings.meetings(committee, status, null,
                period.equals("past") ? today.minusDays(1) : null, period.equals("upcoming"),
                ResultPage.clamp(page, PAGE_SIZE, PAGE_SIZE, PAGE_SIZE)[0], PAGE_SIZE);
        model.addAttribute("meetings", list);
        model.addAttribute("committee", committee);
        model.addAttribute("status", status);
        model.addAttribute("when", period);
        model.addAttribute("committees", choices.committees(true));
        model.addAttribute("statuses", MeetingChoices.of(MeetingStatus.values(), MeetingStatus::label));
        model.addAttribute("periods", List.of(new Option("upcoming", "Today and later"),
                new Option("past", "Before today"), new Option("any", "Any time")));
        model.addAttribute("canAdminister", meetings.mayAdminister(actor));
        model.addAttribute("today", today);
        return "meetings/list";
    }

    // --- scheduling and changing ---------------------------------------------------------------------------------

    @GetMapping("/new")
    String startNew(@RequestParam(required = false) Long committee, Model model) {
        requireAdministrator();
        if (!model.containsAttribute("form")) {
            MeetingForm form = new MeetingForm();
            form.setCommitteeId(committee);
            form.setStartsAt("18:30");
            model.addAttribute("form", form);
        }
        return meetingForm(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Actor actor = actor();
        return FormErrors.attempt(result, model, () -> MeetingPages.unlessMistyped(form.mistyped(),
                        () -> MeetingRules.meeting(form.details()), () -> meetings.schedule(actor, form.details())))
                .map(id -> {
                    redirect.addFlashAttribute("flash", "The meeting was scheduled and its agenda deadline is being "
                            + "tracked. Now add the items on its agenda.");
                    return "redirect:/meetings/" + id;
                })
                .orElseGet(() -> unprocessable(meetingForm(model, null)));
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        Meeting meeting = meetings.meeting(new MeetingId(id));
        requireAdministrator();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", MeetingForm.of(meeting));
        }
        return meetingForm(model, meeting);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Actor actor = actor();
        Meeting meeting = meetings.meeting(new MeetingId(id));
        return FormErrors.attempt(result, model, () -> MeetingPages.unlessMistyped(form.mistyped(),
                        () -> MeetingRules.meeting(form.details()), () -> {
                            meetings.update(actor, meeting.id(), form.getVersion(), form.details());
                            return meeting.id();
                        }))
                .map(saved -> {
                    redirect.addFlashAttribute("flash", "Your changes were saved.");
                    return "redirect:/meetings/" + id;
                })
                .orElseGet(() -> unprocessable(meetingForm(model, meeting)));
    }

    private String meetingForm(Model model, Meeting meeting) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("committees", choices.committees(false));
        model.addAttribute("breadcrumbs", meeting == null ? List.of(MEETINGS)
                : List.of(MEETINGS, new Breadcrumb(meeting.title(), "/meetings/" + meeting.id())));
        return "meetings/meeting-form";
    }

    // --- the meeting ---------------------------------------------------------------------------------------------

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        if (!model.containsAttribute("action")) {
            model.addAttribute("action", MeetingActionForm.on(meetings.today()));
        }
        return meetingPage(model, new MeetingId(id));
    }

    @PostMapping("/{id:\\d+}/publish")
    String publishAgenda(@PathVariable long id, @ModelAttribute("action") MeetingActionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Actor actor = actor();
        MeetingId meetingId = new MeetingId(id);
        return FormErrors.attempt(result, model, () -> MeetingPages.unlessMistyped(mistypedDay(form), List::of,
                        () -> meetings.publishAgenda(actor, meetingId, form.getPublishedOn().toDate())))
                .map(m -> {
                    redirect.addFlashAttribute("flash", m.agendaLate()
                            ? "The agenda was published, after its deadline: the meeting is flagged as late."
                            : "The agenda was published on time.");
                    return "redirect:/meetings/" + id;
                })
                .orElseGet(() -> unprocessable(meetingPage(model, meetingId)));
    }

    @PostMapping("/{id:\\d+}/cancel")
    String cancel(@PathVariable long id, @ModelAttribute("action") MeetingActionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Actor actor = actor();
        MeetingId meetingId = new MeetingId(id);
        return FormErrors.attempt(result, model, () -> {
                    meetings.cancel(actor, meetingId, form.getReason());
                    return meetingId;
                })
                .map(m -> {
                    redirect.addFlashAttribute("flash", "The meeting was cancelled. Requirements to attend it lapse.");
                    return "redirect:/meetings/" + id;
                })
                .orElseGet(() -> unprocessable(meetingPage(model, meetingId)));
    }

    @PostMapping("/{id:\\d+}/delete")
    String delete(@PathVariable long id, @ModelAttribute("action") MeetingActionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Actor actor = actor();
        MeetingId meetingId = new MeetingId(id);
        Meeting meeting = meetings.meeting(meetingId);
        return FormErrors.attempt(result, model, () -> {
                    meetings.delete(actor, meetingId);
                    return meetingId;
                })
                .map(m -> {
                    redirect.addFlashAttribute("flash", "The meeting of " + meeting.title() + " was deleted.");
                    return "redirect:/meetings";
                })
                .orElseGet(() -> unprocessable(meetingPage(model, meetingId)));
    }

    @PostMapping("/{id:\\d+}/minutes")
    String publishMinutes(@PathVariable long id, @ModelAttribute("action") MeetingActionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Actor actor = actor();
        MeetingId meetingId = new MeetingId(id);
        return FormErrors.attempt(result, model, () -> MeetingPages.unlessMistyped(mistypedDay(form), List::of, () -> {
                    meetings.publishMinutes(actor, meetingId, form.getPublishedOn().toDate());
                    return meetingId;
                }))
                .map(m -> {
                    redirect.addFlashAttribute("flash", "The minutes were published.");
                    return "redirect:/meetings/" + id;
                })
                .orElseGet(() -> unprocessable(meetingPage(model, meetingId)));
    }

    private static List<FieldProblem> mistypedDay(MeetingActionForm form) {
        return form.getPublishedOn().isInvalid()
                ? List.of(new FieldProblem("publishedOn", "The date must be a real date, for example 12 11 2026"))
                : List.of();
    }

    private String meetingPage(Model model, MeetingId id) {
        Actor actor = actor();
        Meeting meeting = meetings.meeting(id);
        List<AgendaItem> items = meetings.items(actor, id);
        Map<Long, AgendaItem> itemsById = items.stream()
                .collect(Collectors.toMap(i -> i.id().value(), i -> i, (a, b) -> a, LinkedHashMap::new));
        LocalDate today = meetings.today();
        model.addAttribute("meeting", meeting);
        model.addAttribute("items", items);
        model.addAttribute("itemsById", itemsById);
        model.addAttribute("deadline", meetings.agendaDeadline(meeting).orElse(null));
        model.addAttribute("register", meetings.register(id));
        model.addAttribute("declarations", meetings.declarations(id));
        model.addAttribute("canAdminister", meetings.mayAdminister(actor));
        model.addAttribute("seesExempt", meetings.seesExempt(actor, meeting.committeeId()));
        model.addAttribute("agendaOpen", MeetingRules.agendaOpen(meeting.status()));
        model.addAttribute("registerDue", meeting.status() != MeetingStatus.SCHEDULED
                && meeting.status() != MeetingStatus.CANCELLED && !meeting.date().isAfter(today));
        model.addAttribute("paragraphs", MeetingChoices.PARAGRAPHS);
        model.addAttribute("today", today);
        model.addAttribute("breadcrumbs", List.of(MEETINGS));
        return "meetings/meeting";
    }

    // --- the register --------------------------------------------------------------------------------------------

    @GetMapping("/{id:\\d+}/register")
    String register(@PathVariable long id, Model model) {
        Meeting meeting = meetings.meeting(new MeetingId(id));
        requireAdministrator();
        if (!model.containsAttribute("form")) {
            Map<Long, RegisterEntry> taken = meetings.register(meeting.id()).stream()
                    .collect(Collectors.toMap(e -> e.person().value(), e -> e, (a, b) -> a, LinkedHashMap::new));
            RegisterForm form = new RegisterForm();
            for (Membership m : meetings.membersOn(meeting)) {
                RegisterEntry e = taken.get(m.personId().value());
                form.getLines().add(RegisterForm.Line.of(m.personId().value(),
                        e == null || e.attendance() == Attendance.SUBSTITUTE ? null : e.attendance(), null));
            }
            taken.values().stream().filter(e -> e.attendance() == Attendance.SUBSTITUTE)
                    .forEach(e -> form.getSubstitutes().add(RegisterForm.Line.of(e.person().value(),
                            Attendance.SUBSTITUTE, e.substituteFor() == null ? null : e.substituteFor().value())));
            form.spareRows();
            model.addAttribute("form", form);
        }
        return registerForm(model, meeting);
    }

    @PostMapping("/{id:\\d+}/register")
    String takeRegister(@PathVariable long id, @ModelAttribute("form") RegisterForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Actor actor = actor();
        Meeting meeting = meetings.meeting(new MeetingId(id));
        List<String> rows = new ArrayList<>();
        List<RegisterLine> lines = form.registerLines(rows);
        return FormErrors.attempt(result, model, () -> {
                    try {
                        meetings.takeRegister(actor, meeting.id(), lines);
                    } catch (RuleViolationException e) {
                        throw MeetingPages.renamed(e, field -> onForm(field, rows));
                    }
                    return meeting.id();
                })
                .map(saved -> {
                    redirect.addFlashAttribute("flash", "The register was taken and the meeting is recorded as held.");
                    return "redirect:/meetings/" + id + "#register";
                })
                .orElseGet(() -> unprocessable(registerForm(model, meeting)));
    }

    /** A register problem's field as this form names it: "lines[4].personId" may be "substitutes[1].personId". */
    private static String onForm(String field, List<String> rows) {
        Matcher m = LINE.matcher(field);
        if (!m.matches() || Integer.parseInt(m.group(1)) >= rows.size()) {
            return field;
        }
        String row = rows.get(Integer.parseInt(m.group(1)));
        String property = m.group(2);
        // substitute rows have no attendance to choose: a problem with it is a problem with who was chosen
        if (row.startsWith("substitutes") && property.equals("attendance")) {
            property = "personId";
        }
        return row + "." + property;
    }

    private String registerForm(Model model, Meeting meeting) {
        List<Membership> members = meetings.membersOn(meeting);
        Map<Long, String> names = new LinkedHashMap<>();
        members.forEach(m -> names.put(m.personId().value(), m.personName() + roleSuffix(m)));
        Set<String> memberIds = names.keySet().stream().map(String::valueOf).collect(Collectors.toSet());
        model.addAttribute("meeting", meeting);
        model.addAttribute("names", names);
        model.addAttribute("attendances", List.of(Attendance.PRESENT, Attendance.APOLOGIES, Attendance.ABSENT));
        model.addAttribute("substituteChoices", choices.councillors().stream()
                .filter(o -> !memberIds.contains(o.value())).toList());
        model.addAttribute("memberChoices", members.stream()
                .map(m -> new Option(Long.toString(m.personId().value()), m.personName())).toList());
        model.addAttribute("breadcrumbs", List.of(MEETINGS, new Breadcrumb(meeting.title(), "/meetings/" + meeting.id())));
        return "meetings/register";
    }

    private static String roleSuffix(Membership m) {
        return switch (m.role()) {
            case CHAIR -> " (chair)";
            case VICE_CHAIR -> " (vice-chair)";
            case CO_OPTED_MEMBER -> " (co-opted member)";
            default -> "";
        };
    }

    private void requireAdministrator() {
        if (!meetings.mayAdminister(actor())) {
            throw new AccessDeniedException("Only scrutiny officers run meetings");
        }
    }
}
