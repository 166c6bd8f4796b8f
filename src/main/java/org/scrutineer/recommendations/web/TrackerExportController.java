package org.scrutineer.recommendations.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.scrutineer.accounts.CurrentUsers;
import org.scrutineer.platform.TabularFiles;
import org.scrutineer.accounts.Actor;
import org.scrutineer.recommendations.RecommendationExports;
import org.scrutineer.recommendations.TrackerQuery;
import org.scrutineer.recommendations.TrackerSort;
import org.scrutineer.recommendations.TrackerStatus;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tracker as a CSV file or an Excel workbook: every row of the view the filters select (not one page), as the
 * signed-in user may see it, with the columns a council's spreadsheet tracker has.
 */
@Controller
@RequestMapping("/recommendations")
class TrackerExportController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RecommendationExports exports;

    TrackerExportController(RecommendationExports exports) {
        this.exports = exports;
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Long committee,
            @RequestParam(required = false) Long portfolio, @RequestParam(required = false) Long cabinetMember,
            @RequestParam(required = false) Long leadOfficer, @RequestParam(required = false) TrackerStatus status,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            @RequestParam(required = false) TrackerSort sort) {
        List<List<Object>> rows = exports.rows(actor(), query(committee, portfolio, cabinetMember, leadOfficer, status,
                year, q, sort));
        List<List<String>> text = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            text.add(row.stream().map(TrackerExportController::text).toList());
        }
        return file(TabularFiles.csv(RecommendationExports.COLUMNS, text), CSV, exports.fileName("csv"));
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Long committee,
            @RequestParam(required = false) Long portfolio, @RequestParam(required = false) Long cabinetMember,
            @RequestParam(required = false) Long leadOfficer, @RequestParam(required = false) TrackerStatus status,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            @RequestParam(required = false) TrackerSort sort) {
        List<List<Object>> rows = exports.rows(actor(), query(committee, portfolio, cabinetMember, leadOfficer, status,
                year, q, sort));
        return file(TabularFiles.xlsx("Recommendations", RecommendationExports.COLUMNS, rows), XLSX,
                exports.fileName("xlsx"));
    }

    private static TrackerQuery query(Long committee, Long portfolio, Long cabinetMember, Long leadOfficer,
            TrackerStatus status, Integer year, String q, TrackerSort sort) {
        return new TrackerQuery(committee, portfolio, cabinetMember, leadOfficer, status, year, q, sort, 1, 500);
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof LocalDate d ? d.toString() : cell.toString();
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }

    private static Actor actor() {
        return CurrentUsers.current().map(Actor::of)
                .orElseThrow(() -> new AccessDeniedException("Sign in to export the recommendations tracker"));
    }
}
