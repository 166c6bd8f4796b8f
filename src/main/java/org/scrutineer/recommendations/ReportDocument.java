package org.scrutineer.recommendations;

import java.time.Instant;

/**
 * A document of a scrutiny report — the published report, an appendix, evidence the committee heard — linked
 * where the council publishes it.
 *
 * @param id its id
 * @param reportId the report
 * @param title what it is
 * @param url where it is
 * @param exempt whether it is exempt information (shown only to those entitled, never publicly)
 * @param addedBy who added it
 * @param addedAt when
 */
public record ReportDocument(long id, ReportId reportId, String title, String url, boolean exempt, String addedBy,
        Instant addedAt) {
}
