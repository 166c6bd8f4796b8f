package org.scrutineer.recommendations;

/**
 * The fields of a recommendation the scrutiny officer writes.
 *
 * @param text what the committee recommends
 * @param addressedTo whom it is addressed to
 * @param addresseeId the cabinet member, when addressed to one
 * @param partnerBody the partner body, when addressed to one
 * @param portfolioId the cabinet portfolio it falls under
 * @param exempt whether its text is exempt information
 * @param publicSummary what the public see in its place when exempt
 */
public record RecommendationDetails(String text, Addressee addressedTo, Long addresseeId, String partnerBody,
        Long portfolioId, boolean exempt, String publicSummary) {
}
