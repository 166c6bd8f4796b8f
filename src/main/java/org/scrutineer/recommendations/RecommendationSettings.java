package org.scrutineer.recommendations;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Recommendation tracker settings ({@code scrutineer.recommendations.*}).
 *
 * @param referencePrefix the letters before a report's reference, e.g. {@code SR} in {@code SR(26/27)04}
 * @param staleAfterDays an open action with no update for this many days is flagged as stale
 * @param reviewCycleMonths how often the committee reviews open recommendations (six-monthly by default)
 * @param defaultRequiredFields the response fields a committee requires unless it says otherwise
 */
@ConfigurationProperties("scrutineer.recommendations")
public record RecommendationSettings(@DefaultValue("SR") String referencePrefix, @DefaultValue("120") int staleAfterDays,
        @DefaultValue("6") int reviewCycleMonths,
        @DefaultValue({"PROPOSED_ACTION", "CABINET_MEMBER", "LEAD_OFFICER", "TARGET_DATE"})
        List<ResponseField> defaultRequiredFields) {

    public RecommendationSettings {
        if (referencePrefix == null || !referencePrefix.matches("[A-Z]{1,6}")) {
            throw new IllegalArgumentException(
                    "scrutineer.recommendations.reference-prefix must be 1 to 6 capital letters: " + referencePrefix);
        }
        if (staleAfterDays < 1) {
            throw new IllegalArgumentException("scrutineer.recommendations.stale-after-days must be at least 1");
        }
        if (reviewCycleMonths < 1 || reviewCycleMonths > 24) {
            throw new IllegalArgumentException("scrutineer.recommendations.review-cycle-months must be 1 to 24");
        }
        defaultRequiredFields = defaultRequiredFields == null ? List.of() : List.copyOf(defaultRequiredFields);
    }
}
