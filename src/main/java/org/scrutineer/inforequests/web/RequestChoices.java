package org.scrutineer.inforequests.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.Committee;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.inforequests.InformationRequestManagement;
import org.scrutineer.inforequests.RequestedAs;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.platform.Option;
import org.springframework.stereotype.Component;

/** Select-list options for the information request pages' forms and filters. */
@Component
class RequestChoices {

    /** How far back and ahead the agenda items offered for a request reach. */
    private static final int ITEMS_BACK_DAYS = 90;
    private static final int ITEMS_AHEAD_DAYS = 180;

    /** The items of one meeting, offered together under the meeting's title. */
    record ItemGroup(String label, List<Option> items) {
    }

    private final DirectoryManagement directory;
    private final MeetingManagement meetings;
    private final InformationRequestManagement requests;

    RequestChoices(DirectoryManagement directory, MeetingManagement meetings, InformationRequestManagement requests) {
        this.directory = directory;
        this.meetings = meetings;
        this.requests = requests;
    }

    /** The overview and scrutiny committees and task-and-finish groups that exist. */
    List<Committee> scrutinyCommittees() {
        return directory.committees(null, false).stream().filter(c -> c.kind().isScrutiny())
                .sorted(Comparator.comparing(Committee::name)).toList();
    }

    List<Option> committees() {
        return scrutinyCommittees().stream().map(c -> new Option(Long.toString(c.id().value()), c.name())).toList();
    }

    /**
     * The committees the actor may make requests for: every scrutiny committee for a scrutiny officer, otherwise
     * those they sit on (as a member or, for the chair, on any authority).
     */
    List<Committee> askable(Actor actor) {
        if (requests.mayAdminister(actor)) {
            return scrutinyCommittees();
        }
        if (actor.person() == null) {
            return List.of();
        }
        long me = actor.person().value();
        return scrutinyCommittees().stream()
                .filter(c -> Arrays.stream(RequestedAs.values()).anyMatch(as -> requests.mayAsk(actor, c.id(), me, as)))
                .toList();
    }

    List<Option> directorates() {
        return directory.directorates().stream().map(r -> new Option(Long.toString(r.id()), r.name())).toList();
    }

    /** Officers of the council, any grade: the one asked to provide the information. */
    List<Option> officers() {
        return directory.choices(PersonKind.OFFICER, null).stream()
                .map(r -> new Option(Long.toString(r.id()), r.name())).toList();
    }

    /** Serving councillors: who asks, when a scrutiny officer records a request on their behalf. */
    List<Option> councillors() {
        return directory.choices(PersonKind.COUNCILLOR, null).stream()
                .map(r -> new Option(Long.toString(r.id()), r.name())).toList();
    }

    /**
     * The agenda items of the committees' meetings from three months ago to six months ahead, grouped by meeting,
     * soonest first; items taken in private show only what the actor may see of them.
     */
    List<ItemGroup> agendaItems(Actor actor, List<Committee> committees) {
        LocalDate today = requests.today();
        List<Meeting> held = new ArrayList<>();
        for (Committee c : committees) {
            held.addAll(meetings.meetings(c.id().value(), null, today.minusDays(ITEMS_BACK_DAYS),
                    today.plusDays(ITEMS_AHEAD_DAYS), false, 1, 50).items());
        }
        held.sort(Comparator.comparing(Meeting::date).thenComparing(Meeting::committeeName));
        Map<MeetingId, List<AgendaItem>> items = meetings.itemsOf(actor, held);
        List<ItemGroup> groups = new ArrayList<>();
        for (Meeting m : held) {
            List<Option> options = items.getOrDefault(m.id(), List.of()).stream()
                    .map(i -> new Option(Long.toString(i.id().value()), "Item " + i.number() + ": " + i.title()))
                    .toList();
            if (!options.isEmpty()) {
                groups.add(new ItemGroup(m.title(), options));
            }
        }
        return groups;
    }

    static <E extends Enum<E>> List<Option> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v))).toList();
    }
}
