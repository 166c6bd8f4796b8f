package org.scrutineer.directory;

import java.util.List;
import java.util.Set;

/**
 * A person's standing in the council today, from which their roles in Scrutineer derive.
 *
 * @param person the person
 * @param currentMemberships their current seats on committees
 * @param portfolios the portfolios they hold
 * @param leadOfficerFor the portfolios they are lead officer for
 */
public record Standing(Person person, List<Membership> currentMemberships, List<Portfolio> portfolios,
        List<Portfolio> leadOfficerFor) {

    /** Whether the person currently sits on a committee of one of the given kinds in one of the given roles. */
    public boolean sitsOn(Set<CommitteeKind> kinds, Set<MembershipRole> roles) {
        return currentMemberships.stream().anyMatch(m -> kinds.contains(m.committeeKind()) && roles.contains(m.role()));
    }
}
