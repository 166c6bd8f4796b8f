package org.scrutineer.directory;

/** A ward, party or directorate: an id and a name. */
public record Reference(long id, String name) {
}
