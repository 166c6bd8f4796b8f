package org.scrutineer.directory;

import java.util.Set;
import java.util.UUID;

/** Details of people for directory tests, with unique names so tests sharing a database do not collide. */
public final class DirectoryFixtures {

    private DirectoryFixtures() {
    }

    /** A unique family name. */
    public static String uniqueName(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static PersonDetails witness(String family) {
        return new PersonDetails(PersonKind.WITNESS, null, "Wendy", family, null, null, null, null, null, null, null,
                Set.of(), false, "Anytown Hospice", true);
    }

    public static PersonDetails councillor(String family, long wardId) {
        return new PersonDetails(PersonKind.COUNCILLOR, "Cllr", "Colin", family, "colin@example.org", null, null,
                wardId, null, null, null, Set.of(), false, null, true);
    }

    public static PersonDetails officer(String family, Seniority seniority) {
        return new PersonDetails(PersonKind.OFFICER, null, "Olive", family, null, null, null, null, "Test post", null,
                seniority, Set.of(), false, null, true);
    }
}
