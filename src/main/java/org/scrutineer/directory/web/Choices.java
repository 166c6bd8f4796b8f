package org.scrutineer.directory.web;

import java.util.Arrays;
import java.util.List;

import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Reference;
import org.scrutineer.directory.Seniority;
import org.scrutineer.platform.Option;

/** Select-list options for the directory's forms. */
final class Choices {

    private Choices() {
    }

    static List<Option> of(List<Reference> refs) {
        return refs.stream().map(r -> new Option(Long.toString(r.id()), r.name())).toList();
    }

    static List<Option> kinds() {
        return Arrays.stream(PersonKind.values()).map(k -> new Option(k.name(), k.label())).toList();
    }

    static List<Option> seniorities() {
        return Arrays.stream(Seniority.values()).map(k -> new Option(k.name(), k.label())).toList();
    }

    static List<Option> committeeKinds() {
        return Arrays.stream(CommitteeKind.values()).map(k -> new Option(k.name(), k.label())).toList();
    }

    static List<Option> membershipRoles() {
        return Arrays.stream(MembershipRole.values()).map(k -> new Option(k.name(), k.label())).toList();
    }
}
