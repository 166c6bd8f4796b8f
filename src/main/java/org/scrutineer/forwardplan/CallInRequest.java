package org.scrutineer.forwardplan;

import java.util.List;
import java.util.Set;

/**
 * A request to call in a decision.
 *
 * @param grounds the grounds
 * @param explanation why, in the signatories' words
 * @param signatoryIds the councillors signing it
 * @param committeeId the overview and scrutiny committee to hear it
 */
public record CallInRequest(Set<CallInGround> grounds, String explanation, List<Long> signatoryIds, Long committeeId) {

    public CallInRequest {
        grounds = grounds == null ? Set.of()
                : grounds.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());
        signatoryIds = signatoryIds == null ? List.of()
                : signatoryIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
