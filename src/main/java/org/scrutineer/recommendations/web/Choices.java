package org.scrutineer.recommendations.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.directory.Reference;
import org.scrutineer.directory.Seniority;
import org.scrutineer.platform.Option;
import org.scrutineer.recommendations.RecommendationManagement;
import org.springframework.stereotype.Component;

/** Select-list options for the tracker's forms and filters. */
@Component
class Choices {

    private final RecommendationManagement recommendations;
    private final DirectoryManagement directory;

    Choices(RecommendationManagement recommendations, DirectoryManagement directory) {
        this.recommendations = recommendations;
        this.directory = directory;
    }

    List<Option> committees() {
        return recommendations.scrutinyCommittees().stream()
                .map(c -> new Option(Long.toString(c.id().value()), c.name())).toList();
    }

    List<Option> portfolios() {
        return recommendations.portfolios().stream()
                .map(p -> new Option(Long.toString(p.id()), p.title()
                        + (p.holder() == null ? "" : " (" + p.holder().name() + ")")))
                .toList();
    }

    /** The cabinet members: the holders of the active portfolios. */
    List<Option> cabinetMembers() {
        Map<Long, String> holders = new LinkedHashMap<>();
        recommendations.portfolios().stream().map(Portfolio::holder).filter(h -> h != null)
                .sorted(Comparator.comparing(Reference::name)).forEach(h -> holders.putIfAbsent(h.id(), h.name()));
        return holders.entrySet().stream().map(e -> new Option(Long.toString(e.getKey()), e.getValue())).toList();
    }

    /** Officers who can lead on an action: heads of service and above. */
    List<Option> leadOfficers() {
        return directory.choices(PersonKind.OFFICER, Seniority.HEAD_OF_SERVICE).stream()
                .map(r -> new Option(Long.toString(r.id()), r.name())).toList();
    }

    /** People a draft can be shared with: cabinet members, then senior officers. */
    List<Option> shareWith() {
        List<Option> list = new java.util.ArrayList<>(cabinetMembers().stream()
                .map(o -> new Option(o.value(), o.label() + " – cabinet member")).toList());
        list.addAll(leadOfficers());
        return list;
    }

    List<Option> years() {
        return recommendations.years().stream()
                .map(y -> new Option(Integer.toString(y), y + "/" + String.format("%02d", (y + 1) % 100))).toList();
    }

    static <E extends Enum<E>> List<Option> of(E[] values, java.util.function.Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v))).toList();
    }
}
