package org.scrutineer.attendance.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Membership;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.directory.Seniority;
import org.scrutineer.platform.Option;
import org.springframework.stereotype.Component;

/** The people the attendance forms offer, from the directory, grouped for select lists. */
@Component
class AttendanceChoices {

    /** The most people of one kind a select list offers. */
    private static final int MOST = 500;

    private final DirectoryManagement directory;

    AttendanceChoices(DirectoryManagement directory) {
        this.directory = directory;
    }

    /** A labelled group of options, shown as an optgroup. */
    record Group(String label, List<Option> options) {
    }

    /** Everyone who may be asked to attend: cabinet members, other councillors, officers, external witnesses. */
    List<Group> people() {
        Set<Long> cabinet = cabinetMembers();
        List<Person> councillors = current(PersonKind.COUNCILLOR);
        List<Group> groups = new ArrayList<>();
        groups.add(new Group("Cabinet members", councillors.stream().filter(p -> cabinet.contains(p.id().value()))
                .map(AttendanceChoices::option).toList()));
        groups.add(new Group("Officers", officers()));
        groups.add(new Group("External witnesses", current(PersonKind.WITNESS).stream()
                .map(AttendanceChoices::option).toList()));
        groups.add(new Group("Other councillors", councillors.stream().filter(p -> !cabinet.contains(p.id().value()))
                .map(AttendanceChoices::option).toList()));
        return groups;
    }

    /** Current officers, most senior first, with their posts. */
    List<Option> officers() {
        return current(PersonKind.OFFICER).stream()
                .sorted(Comparator.comparing((Person p) -> p.seniority() == null ? 9 : p.seniority().ordinal()))
                .map(AttendanceChoices::option).toList();
    }

    /** Councillors (for a scrutiny officer recording a request to speak). */
    List<Option> councillors() {
        return current(PersonKind.COUNCILLOR).stream().map(AttendanceChoices::option).toList();
    }

    /** The leader of the council and the chief executive, who may attend any scrutiny meeting by right. */
    List<Option> byRight() {
        Map<Long, String> people = new LinkedHashMap<>();
        for (var cabinet : directory.committees(CommitteeKind.CABINET, false)) {
            directory.currentMembers(cabinet.id()).stream().filter(m -> m.role() == MembershipRole.CHAIR)
                    .forEach(m -> people.put(m.personId().value(), m.personName() + " – Leader of the Council"));
        }
        current(PersonKind.OFFICER).stream().filter(p -> p.seniority() == Seniority.CHIEF_EXECUTIVE)
                .forEach(p -> people.put(p.id().value(), p.fullName() + " – " + p.postTitle()));
        return people.entrySet().stream().map(e -> new Option(e.getKey().toString(), e.getValue())).toList();
    }

    private Set<Long> cabinetMembers() {
        Set<Long> ids = new java.util.HashSet<>();
        directory.portfolios(false).stream().map(Portfolio::holder).filter(h -> h != null).forEach(h -> ids.add(h.id()));
        for (var cabinet : directory.committees(CommitteeKind.CABINET, false)) {
            directory.currentMembers(cabinet.id()).stream().map(Membership::personId).forEach(p -> ids.add(p.value()));
        }
        return ids;
    }

    private List<Person> current(PersonKind kind) {
        return directory.findPeople(null, kind, true, 1, MOST).items();
    }

    private static Option option(Person p) {
        String about = p.description();
        return new Option(p.id().toString(), p.fullName() + (about == null || about.isBlank() ? "" : " – " + about));
    }
}
