package org.scrutineer.recommendations;

import java.time.LocalDate;

/** A dated update on implementing a recommendation. */
public record ImplementationUpdate(long id, RecommendationId recommendationId, LocalDate postedOn, Progress status,
        LocalDate newTarget, String reason, String note, String evidence, String postedBy) {
}
