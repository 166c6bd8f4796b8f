package org.scrutineer.recommendations;

/**
 * A view of the tracker: every filter is optional.
 *
 * @param committeeId only this committee's recommendations
 * @param portfolioId only this portfolio's
 * @param cabinetMemberId only those this cabinet member is responsible for (or addressed to)
 * @param leadOfficerId only those this officer leads on
 * @param status a stage or a flag
 * @param year only reports of the municipal year starting in this year
 * @param text words in the recommendation, its reference or its report's title
 * @param sort the order
 * @param page the page, from 1
 * @param size rows per page
 */
public record TrackerQuery(Long committeeId, Long portfolioId, Long cabinetMemberId, Long leadOfficerId,
        TrackerStatus status, Integer year, String text, TrackerSort sort, int page, int size) {

    public TrackerQuery {
        sort = sort == null ? TrackerSort.PRIORITY : sort;
        page = Math.max(1, page);
        size = size <= 0 ? 50 : Math.min(size, 500);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Every recommendation, in priority order. */
    public static TrackerQuery all() {
        return new TrackerQuery(null, null, null, null, null, null, null, TrackerSort.PRIORITY, 1, 50);
    }

    /** The same view at another page. */
    public TrackerQuery atPage(int other, int rows) {
        return new TrackerQuery(committeeId, portfolioId, cabinetMemberId, leadOfficerId, status, year, text, sort,
                other, rows);
    }
}
