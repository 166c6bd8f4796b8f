package org.scrutineer.forwardplan.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.Committee;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Membership;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.directory.Reference;
import org.scrutineer.directory.Seniority;
import org.scrutineer.forwardplan.ForwardPlanManagement;
import org.scrutineer.platform.Option;
import org.springframework.stereotype.Component;

/** Select-list and checkbox options for the forward plan's forms and filters, from the directory. */
@Component
class ForwardPlanChoices {

    /** Schedule 12A to the Local Government Act 1972, Part 1: the categories of exempt information. */
    static final List<Option> EXEMPT_PARAGRAPHS = List.of(
            new Option("1", "1 – information relating to an individual"),
            new Option("2", "2 – information likely to reveal the identity of an individual"),
            new Option("3", "3 – financial or business affairs of a person (including the council)"),
            new Option("4", "4 – labour relations consultations or negotiations"),
            new Option("5", "5 – legal professional privilege"),
            new Option("6", "6 – notices, orders or directions the council proposes to give or make"),
            new Option("7", "7 – prevention, investigation or prosecution of crime"));

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK);

    private final DirectoryManagement directory;
    private final ForwardPlanManagement forwardPlan;

    ForwardPlanChoices(DirectoryManagement directory, ForwardPlanManagement forwardPlan) {
        this.directory = directory;
        this.forwardPlan = forwardPlan;
    }

    List<Option> portfolios() {
        return directory.portfolios(false).stream()
                .map(p -> new Option(Long.toString(p.id()), p.title()
                        + (p.holder() == null ? "" : " (" + p.holder().name() + ")")))
                .toList();
    }

    List<Option> wards() {
        return directory.wards().stream().map(w -> new Option(Long.toString(w.id()), w.name())).toList();
    }

    /** The members of the executive: portfolio holders and members of the cabinet, by name. */
    List<Option> cabinetMembers() {
        Map<Long, String> members = new LinkedHashMap<>();
        List<Reference> all = new ArrayList<>();
        directory.portfolios(false).stream().map(Portfolio::holder).filter(h -> h != null).forEach(all::add);
        for (Committee cabinet : directory.committees(CommitteeKind.CABINET, false)) {
            directory.currentMembers(cabinet.id()).forEach(m -> all.add(new Reference(m.personId().value(),
                    m.personName())));
        }
        all.stream().sorted(Comparator.comparing(Reference::name)).forEach(r -> members.putIfAbsent(r.id(), r.name()));
        return members.entrySet().stream().map(e -> new Option(Long.toString(e.getKey()), e.getValue())).toList();
    }

    /** Officers who take or lead on decisions: heads of service and above. */
    List<Option> officers() {
        return directory.choices(PersonKind.OFFICER, Seniority.HEAD_OF_SERVICE).stream()
                .map(r -> new Option(Long.toString(r.id()), r.name())).toList();
    }

    /** Serving councillors, who sign call-ins (the facade refuses members of the executive). */
    List<Option> councillors() {
        return directory.choices(PersonKind.COUNCILLOR, null).stream()
                .map(r -> new Option(Long.toString(r.id()), r.name())).toList();
    }

    /** The overview and scrutiny committees, which hear call-ins. */
    List<Option> scrutinyCommittees() {
        return directory.committees(CommitteeKind.OVERVIEW_AND_SCRUTINY, false).stream()
                .map(c -> new Option(Long.toString(c.id().value()), c.name())).toList();
    }

    /** Overview and scrutiny committees and task-and-finish groups the actor may act for. */
    List<Option> committeesActedFor(Actor actor) {
        List<Option> options = new ArrayList<>();
        for (CommitteeKind kind : List.of(CommitteeKind.OVERVIEW_AND_SCRUTINY, CommitteeKind.TASK_AND_FINISH)) {
            for (Committee c : directory.committees(kind, false)) {
                if (forwardPlan.mayActForCommittee(actor, c.id().value())) {
                    options.add(new Option(Long.toString(c.id().value()), c.name()));
                }
            }
        }
        return options;
    }

    /** The chairs of the overview and scrutiny committees, who are told of a general exception. */
    List<Option> scrutinyChairs() {
        List<Option> options = new ArrayList<>();
        for (Committee c : directory.committees(CommitteeKind.OVERVIEW_AND_SCRUTINY, false)) {
            for (Membership m : directory.currentMembers(c.id())) {
                if (m.role() == MembershipRole.CHAIR) {
                    options.add(new Option(Long.toString(m.personId().value()), m.personName() + ", chair of "
                            + c.name()));
                }
            }
        }
        return options;
    }

    /** Who may agree special urgency: the scrutiny chairs, then the chair and vice-chair of the council. */
    List<Option> urgencyAgreers() {
        List<Option> options = new ArrayList<>(scrutinyChairs());
        for (Committee council : directory.committees(CommitteeKind.FULL_COUNCIL, false)) {
            for (Membership m : directory.currentMembers(council.id())) {
                if (m.role() == MembershipRole.CHAIR || m.role() == MembershipRole.VICE_CHAIR) {
                    options.add(new Option(Long.toString(m.personId().value()), m.personName() + ", "
                            + (m.role() == MembershipRole.CHAIR ? "chair" : "vice-chair") + " of the council"));
                }
            }
        }
        return options;
    }

    /** Months to filter the forward plan by: a year back to a year ahead. */
    List<Option> months(LocalDate today) {
        List<Option> options = new ArrayList<>();
        YearMonth now = YearMonth.from(today);
        for (int i = -12; i <= 12; i++) {
            YearMonth m = now.plusMonths(i);
            options.add(new Option(m.toString(), m.format(MONTH)));
        }
        return options;
    }

    static <E extends Enum<E>> List<Option> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v))).toList();
    }
}
