package org.scrutineer.documents;

/**
 * A classification as someone gives it, checked by {@link DocumentManagement#upload} and
 * {@link DocumentManagement#classify}: an exempt document needs its Schedule 12A paragraph and the public interest
 * reason, a confidential one the reason, and both a summary the public see in its place (LGA 2000 s9FG).
 *
 * @param level public, exempt or confidential (null when none was chosen: the check names the field
 *              {@code classification})
 * @param paragraph the Schedule 12A paragraph, 1 to 7, for exempt documents
 * @param publicInterestReason for exempt documents, why the public interest in withholding outweighs that in
 *                             disclosing; for confidential ones, why the information is confidential
 * @param publicSummary what the public see in place of a withheld document
 */
public record Classified(Classification level, Integer paragraph, String publicInterestReason, String publicSummary) {

    /** A public document. */
    public static Classified publicDocument() {
        return new Classified(Classification.PUBLIC, null, null, null);
    }

    /** An exempt document. */
    public static Classified exempt(int paragraph, String publicInterestReason, String publicSummary) {
        return new Classified(Classification.EXEMPT, paragraph, publicInterestReason, publicSummary);
    }

    /** A confidential document. */
    public static Classified confidential(String reason, String publicSummary) {
        return new Classified(Classification.CONFIDENTIAL, null, reason, publicSummary);
    }
}
