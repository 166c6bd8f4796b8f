package org.scrutineer.accounts.internal;

import java.util.EnumSet;
import java.util.Set;

import org.scrutineer.accounts.Role;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Seniority;
import org.scrutineer.directory.Standing;
import org.scrutineer.directory.StatutoryRole;

/** Derives a user's roles from their standing in the directory. */
public final class RoleDerivation {

    private static final Set<CommitteeKind> SCRUTINY = EnumSet.of(CommitteeKind.OVERVIEW_AND_SCRUTINY,
            CommitteeKind.TASK_AND_FINISH);
    private static final Set<MembershipRole> ANY_SEAT = EnumSet.allOf(MembershipRole.class);
    private static final Set<MembershipRole> CHAIRS = EnumSet.of(MembershipRole.CHAIR, MembershipRole.VICE_CHAIR);

    private RoleDerivation() {
    }

    /** The roles of a person with the given standing; {@code administrator} comes from the account. */
    public static Set<Role> rolesOf(Standing standing, boolean administrator) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (administrator) {
            roles.add(Role.ADMINISTRATOR);
        }
        if (standing == null || !standing.person().active()) {
            return roles;
        }
        Person p = standing.person();
        if (p.kind() == PersonKind.COUNCILLOR) {
            roles.add(Role.COUNCILLOR);
            if (standing.sitsOn(SCRUTINY, ANY_SEAT)) {
                roles.add(Role.SCRUTINY_MEMBER);
            }
            if (standing.sitsOn(SCRUTINY, CHAIRS)) {
                roles.add(Role.SCRUTINY_CHAIR);
            }
            if (standing.sitsOn(EnumSet.of(CommitteeKind.CABINET), ANY_SEAT) || !standing.portfolios().isEmpty()) {
                roles.add(Role.CABINET_MEMBER);
            }
            if (standing.sitsOn(EnumSet.of(CommitteeKind.CABINET), EnumSet.of(MembershipRole.CHAIR))) {
                roles.add(Role.LEADER);
                roles.add(Role.CABINET_MEMBER);
            }
        }
        if (p.kind() == PersonKind.WITNESS && standing.sitsOn(SCRUTINY, EnumSet.of(MembershipRole.CO_OPTED_MEMBER))) {
            roles.add(Role.SCRUTINY_MEMBER);
        }
        if (p.kind() == PersonKind.OFFICER) {
            roles.add(Role.OFFICER);
            if (p.seniority() == Seniority.CHIEF_EXECUTIVE || p.seniority() == Seniority.CHIEF_OFFICER) {
                roles.add(Role.CHIEF_OFFICER);
            }
            if (p.seniority() == Seniority.CHIEF_EXECUTIVE) {
                roles.add(Role.HEAD_OF_PAID_SERVICE);
            }
            if (p.statutoryRoles().contains(StatutoryRole.MONITORING_OFFICER)) {
                roles.add(Role.MONITORING_OFFICER);
            }
            if (p.supportsScrutiny() || p.statutoryRoles().contains(StatutoryRole.STATUTORY_SCRUTINY_OFFICER)) {
                roles.add(Role.SCRUTINY_OFFICER);
            }
        }
        return roles;
    }
}
