package org.scrutineer.meetings;

import org.scrutineer.directory.PersonId;

/**
 * One line of a meeting's register of members.
 *
 * @param person the councillor
 * @param name their name
 * @param attendance present, apologies, absent, or attending as a substitute
 * @param substituteFor the member they substituted for
 * @param substituteForName that member's name
 */
public record RegisterEntry(PersonId person, String name, Attendance attendance, PersonId substituteFor,
        String substituteForName) {
}
