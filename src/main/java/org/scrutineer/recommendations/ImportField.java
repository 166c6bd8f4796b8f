package org.scrutineer.recommendations;

import java.util.List;

/**
 * A field of Scrutineer's tracker that a column of an imported spreadsheet tracker can fill, with the header names
 * councils' trackers use for it (the mapping step guesses from them). The required ones must be mapped to a column.
 */
public enum ImportField {
    REPORT_REFERENCE("Report reference", true, "Matches an imported report again on re-import, e.g. SR(25/26)01",
            "reference", "ref", "report reference", "report ref", "scrutiny reference", "scrutiny ref", "review ref",
            "review reference", "report no", "report number", "sr ref", "sr no"),
    REPORT_TITLE("Report title", false, "The report's or review's title; the reference is used when there is none",
            "report", "report title", "title", "review", "review title", "topic", "subject", "report name",
            "scrutiny report", "scrutiny review"),
    COMMITTEE("Committee", true, "Matched by name, ignoring case",
            "committee", "origin committee", "originating committee", "scrutiny committee", "committee name",
            "o&s committee", "overview and scrutiny committee", "panel", "scrutiny panel", "board", "origin"),
    MUNICIPAL_YEAR("Municipal year", false, "Used when the reference does not say, e.g. 2025/26; else taken from the "
            + "date agreed", "municipal year", "year", "council year"),
    DATE_AGREED("Date agreed", true, "The date the committee agreed the report",
            "date agreed", "agreed", "agreed on", "date", "committee date", "meeting date", "date of meeting",
            "date of committee", "date of recommendation", "date recommended", "recommendation date", "date made"),
    NUMBER("Recommendation number", true, "The recommendation's number within its report",
            "no", "no.", "number", "rec no", "rec number", "recommendation no", "recommendation number",
            "recommendation ref", "rec ref", "item", "item no", "#"),
    TEXT("Recommendation", true, "The text of the recommendation",
            "recommendation", "recommendations", "recommendation text", "rec", "text", "wording",
            "recommendation wording", "details of recommendation", "recommendation details"),
    PORTFOLIO("Addressed to / portfolio", false, "Matched by portfolio title (or a cabinet member's name)",
            "portfolio", "cabinet portfolio", "portfolio area", "addressed to", "recommendation to", "to", "for",
            "responsible portfolio", "executive portfolio"),
    RESPONSE_DUE("Response due / executive date", false, "When the executive's response was due",
            "response due", "response due date", "date response due", "executive date", "exec date",
            "cabinet date", "executive meeting", "response deadline", "due to executive", "executive response due"),
    RESPONSE_DATE("Response date", false, "When the executive responded; a report with one is recorded as responded",
            "response date", "response given", "date of response", "executive response date", "date responded",
            "responded", "responded on", "date of executive response", "response received"),
    DECISION("Decision", false, "Accepted, partially accepted, rejected or deferred",
            "decision", "executive response", "executive decision", "response", "accepted", "accepted rejected",
            "accepted / rejected", "accepted/rejected", "outcome", "executive decision on recommendation",
            "cabinet response", "cabinet decision"),
    REASONS("Reasons", false, "The executive's reasons for its decision",
            "reasons", "reason", "rationale", "reasons for decision", "executive comments", "cabinet comments",
            "response comments", "comments"),
    PROPOSED_ACTION("Proposed action / action taken", false, "What the executive will do or has done",
            "proposed action", "action taken", "action", "actions", "action plan", "planned action",
            "actions taken", "action proposed", "agreed action", "proposed actions"),
    CABINET_MEMBER("Cabinet member / lead member", false, "Matched by full name",
            "cabinet member", "lead member", "portfolio holder", "lead cabinet member", "executive member",
            "responsible cabinet member", "cabinet lead", "member responsible"),
    LEAD_OFFICER("Lead officer", false, "Matched by full name",
            "lead officer", "officer", "responsible officer", "officer responsible", "lead", "action owner",
            "owner", "contact officer"),
    TARGET_DATE("Target date", false, "When the action is to be done",
            "target date", "target", "target completion date", "completion date", "due date", "deadline",
            "timescale", "implementation date", "date for completion"),
    PROGRESS("Progress / RAG status", false, "On track, slipped, not achieved, achieved, or a RAG colour",
            "progress", "rag", "rag status", "rag rating", "status", "progress status", "current status",
            "implementation status", "progress rating", "red amber green"),
    LAST_UPDATE("Last update date", false, "The date of the latest progress update",
            "last update", "last updated", "last update date", "date of last update", "update date",
            "date updated", "progress date", "date of update", "latest update date"),
    SIGNED_OFF("Signed off", false, "The date the committee signed it off as implemented",
            "signed off", "signed off on", "date signed off", "sign off date", "closed", "date closed",
            "closed on", "sign-off date"),
    IMPACT("Impact", false, "The difference it made, recorded at sign-off",
            "impact", "impact note", "outcome achieved", "impact of recommendation", "difference made");

    private final String label;
    private final boolean required;
    private final String hint;
    private final List<String> headers;

    ImportField(String label, boolean required, String hint, String... headers) {
        this.label = label;
        this.required = required;
        this.hint = hint;
        this.headers = List.of(headers);
    }

    public String label() {
        return label;
    }

    /** Whether a column must be chosen for it. */
    public boolean required() {
        return required;
    }

    /** What the field holds and how its values are matched. */
    public String hint() {
        return hint;
    }

    /** Header names that mean this field, most likely first (compared ignoring case, spaces and punctuation). */
    public List<String> headers() {
        return headers;
    }
}
