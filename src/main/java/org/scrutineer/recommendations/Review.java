package org.scrutineer.recommendations;

import java.time.LocalDate;

/** The committee's review of a recommendation's progress. */
public record Review(long id, RecommendationId recommendationId, LocalDate reviewedOn, ReviewOutcome outcome,
        String note, String recordedBy) {
}
