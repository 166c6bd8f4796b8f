package org.scrutineer.recommendations;

import java.time.LocalDate;

import org.scrutineer.directory.Reference;

/** Someone a draft report was shared with, and why. */
public record DraftShare(Reference person, String description, SharePurpose purpose, LocalDate sharedOn,
        String sharedBy) {
}
