package org.scrutineer.audit;

import java.time.Instant;
import java.util.List;

/**
 * The result of checking the whole audit chain.
 *
 * @param entriesChecked how many entries were read
 * @param breaks every place where the chain does not hold, first to last (at most 100 are listed)
 * @param checkedAt when the check ran
 */
public record ChainVerification(long entriesChecked, List<ChainBreak> breaks, Instant checkedAt) {

    /** Whether no entry was altered, removed or reordered. */
    public boolean intact() {
        return breaks.isEmpty();
    }

    /**
     * One place where the chain does not hold.
     *
     * @param entryId the entry at fault (or the chain head's last id)
     * @param problem what was found, in words
     */
    public record ChainBreak(long entryId, String problem) {
    }
}
