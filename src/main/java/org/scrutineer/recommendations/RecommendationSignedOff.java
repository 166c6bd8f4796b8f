package org.scrutineer.recommendations;

import java.time.LocalDate;

/** The committee signed a recommendation off as implemented. */
public record RecommendationSignedOff(RecommendationId recommendationId, String reference, LocalDate on) {
}
