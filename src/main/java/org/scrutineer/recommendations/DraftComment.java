package org.scrutineer.recommendations;

import java.time.Instant;

/**
 * A comment on a draft report, about the report as a whole or one recommendation.
 *
 * @param id its id
 * @param recommendationId the recommendation it is about, or null for the report
 * @param recommendationNumber that recommendation's number
 * @param authorName who made it
 * @param kind factual accuracy, feasibility or general
 * @param text the comment
 * @param at when
 */
public record DraftComment(long id, RecommendationId recommendationId, Integer recommendationNumber,
        String authorName, CommentKind kind, String text, Instant at) {
}
