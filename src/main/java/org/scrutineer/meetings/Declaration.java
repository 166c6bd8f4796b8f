package org.scrutineer.meetings;

import org.scrutineer.directory.PersonId;

/**
 * An interest declared on an agenda item.
 *
 * @param id its id
 * @param itemId the item
 * @param person who declared it
 * @param name their name
 * @param kind the kind of interest
 * @param nature its nature, as declared
 * @param leftRoom whether they left the room for the item
 */
public record Declaration(long id, AgendaItemId itemId, PersonId person, String name, InterestKind kind,
        String nature, boolean leftRoom) {
}
