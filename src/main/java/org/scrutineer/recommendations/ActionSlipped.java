package org.scrutineer.recommendations;

import java.time.LocalDate;

/** An action owner reported that implementing a recommendation slipped (or was not achieved). */
public record ActionSlipped(RecommendationId recommendationId, String reference, Progress status,
        LocalDate newTarget) {
}
