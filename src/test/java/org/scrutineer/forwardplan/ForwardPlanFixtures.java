package org.scrutineer.forwardplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.directory.Standing;

/** Builds forward plan entries and finds call-in signatories in the demo council. */
public final class ForwardPlanFixtures {

    private ForwardPlanFixtures() {
    }

    /** A key decision (expenditure above the threshold) on the first portfolio, expected on a day. */
    public static DecisionDetails keyDecision(DirectoryManagement directory, LocalDate expectedOn) {
        Portfolio p = directory.portfolios(false).get(0);
        return new DecisionDetails("Award of the highways maintenance contract " + UUID.randomUUID().toString()
                .substring(0, 8), "Seven-year contract for highways maintenance", DecisionMaker.CABINET, null, p.id(),
                p.holder() == null ? null : p.holder().id(), p.leadOfficer() == null ? null : p.leadOfficer().id(),
                expectedOn, true, Set.of(KeyReason.EXPENDITURE), new BigDecimal("12500000"), List.of(),
                "Cabinet report and appendices", "Residents' survey, ward members", false, null, null,
                "Place and Economy OSC to consider the draft specification");
    }

    /** Councillors who may sign a call-in (not on the executive), the first of them chairing an O&S committee. */
    public static List<Long> signatories(DirectoryManagement directory, int count) {
        List<Person> councillors = directory.findPeople(null, PersonKind.COUNCILLOR, true, 1, 200).items();
        Long chair = null;
        java.util.List<Long> others = new java.util.ArrayList<>();
        for (Person c : councillors) {
            Standing s = directory.standingOf(c.id());
            boolean executive = !s.portfolios().isEmpty() || s.currentMemberships().stream()
                    .anyMatch(m -> m.committeeKind() == CommitteeKind.CABINET);
            if (executive) {
                continue;
            }
            boolean chairs = s.currentMemberships().stream().anyMatch(m ->
                    m.committeeKind() == CommitteeKind.OVERVIEW_AND_SCRUTINY && m.role() == MembershipRole.CHAIR);
            if (chairs && chair == null) {
                chair = c.id().value();
            } else if (!chairs) {
                others.add(c.id().value());
            }
        }
        java.util.List<Long> result = new java.util.ArrayList<>();
        result.add(chair);
        result.addAll(others.subList(0, count - 1));
        return result;
    }

    /** The first overview and scrutiny committee. */
    public static long scrutinyCommittee(DirectoryManagement directory) {
        return directory.committees(CommitteeKind.OVERVIEW_AND_SCRUTINY, false).get(0).id().value();
    }
}
