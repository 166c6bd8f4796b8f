package org.scrutineer.meetings.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.scrutineer.directory.Committee;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.directory.Reference;
import org.scrutineer.platform.Option;
import org.springframework.stereotype.Component;

/** Select-list options for the meetings pages' forms and filters. */
@Component
class MeetingChoices {

    /** The descriptions of exempt information in Local Government Act 1972 Schedule 12A, Part 1. */
    static final List<String> PARAGRAPHS = List.of(
            "Information relating to any individual",
            "Information which is likely to reveal the identity of an individual",
            "Information relating to the financial or business affairs of any particular person (including the "
                    + "authority holding that information)",
            "Information relating to consultations or negotiations in connection with a labour relations matter",
            "Information in respect of which a claim to legal professional privilege could be maintained",
            "Information which reveals that the authority proposes to give a notice imposing requirements on a "
                    + "person, or to make an order or direction",
            "Information relating to the prevention, investigation or prosecution of crime");

    private final DirectoryManagement directory;

    MeetingChoices(DirectoryManagement directory) {
        this.directory = directory;
    }

    /** Committees of every kind (meetings are held by any), existing ones or all for filters. */
    List<Option> committees(boolean includeDissolved) {
        return directory.committees(null, includeDissolved).stream()
                .sorted(Comparator.comparing(Committee::name))
                .map(c -> new Option(Long.toString(c.id().value()), c.name())).toList();
    }

    List<Option> portfolios() {
        return directory.portfolios(false).stream()
                .map(p -> new Option(Long.toString(p.id()), p.title()
                        + (p.holder() == null ? "" : " (" + p.holder().name() + ")")))
                .toList();
    }

    List<Option> directorates() {
        return directory.directorates().stream().map(r -> new Option(Long.toString(r.id()), r.name())).toList();
    }

    /** The cabinet members: the holders of the current portfolios. */
    List<Option> cabinetMembers() {
        Map<Long, String> holders = new LinkedHashMap<>();
        directory.portfolios(false).stream().map(Portfolio::holder).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Reference::name)).forEach(h -> holders.putIfAbsent(h.id(), h.name()));
        return holders.entrySet().stream().map(e -> new Option(Long.toString(e.getKey()), e.getValue())).toList();
    }

    /** Serving councillors. */
    List<Option> councillors() {
        return directory.choices(PersonKind.COUNCILLOR, null).stream()
                .map(r -> new Option(Long.toString(r.id()), r.name())).toList();
    }

    /** The Schedule 12A paragraphs, numbered, with what each covers. */
    static List<Option> paragraphs() {
        return java.util.stream.IntStream.rangeClosed(1, PARAGRAPHS.size())
                .mapToObj(n -> new Option(Integer.toString(n), "Paragraph " + n + ": " + PARAGRAPHS.get(n - 1)))
                .toList();
    }

    /** What a Schedule 12A paragraph covers. */
    static String paragraph(Integer n) {
        return n == null || n < 1 || n > PARAGRAPHS.size() ? null : PARAGRAPHS.get(n - 1);
    }

    static <E extends Enum<E>> List<Option> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v))).toList();
    }
}
