package org.scrutineer.meetings.web;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingDetails;
import org.scrutineer.platform.FieldProblem;

/** The form to schedule or change a meeting. */
public class MeetingForm {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.]?(\\d{2}))?\\s*(am|pm)?");

    private Long committeeId;
    private DateParts date = new DateParts();
    private String startsAt;
    private String place;
    private String notes;
    private int version;

    static MeetingForm of(Meeting m) {
        MeetingForm f = new MeetingForm();
        f.committeeId = m.committeeId().value();
        f.date = DateParts.of(m.date());
        f.startsAt = m.startsAt() == null ? null : m.startsAt().toString();
        f.place = m.place();
        f.notes = m.notes();
        f.version = m.version();
        return f;
    }

    MeetingDetails details() {
        return new MeetingDetails(committeeId, date.toDate(), time(startsAt), place, notes);
    }

    /** What was typed but cannot be read. */
    List<FieldProblem> mistyped() {
        List<FieldProblem> p = new ArrayList<>();
        if (date.isInvalid()) {
            p.add(new FieldProblem("date", "The date of the meeting must be a real date, for example 12 11 2026"));
        }
        if (startsAt != null && !startsAt.isBlank() && time(startsAt) == null) {
            p.add(new FieldProblem("startsAt", "Enter the start time in hours and minutes, for example 18:30 or 6:30pm"));
        }
        return p;
    }

    /** A time of day as people type it: 18:30, 18.30, 1830, 6:30pm, 6pm, 10am; null when it is none of those. */
    static LocalTime time(String typed) {
        if (typed == null) {
            return null;
        }
        Matcher m = TIME.matcher(typed.strip().toLowerCase().replace(" ", ""));
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (m.group(3).equals("pm") ? 12 : 0);
        } else if (m.group(2) == null) {
            // a bare number is ambiguous (is 6 morning or evening?): ask for minutes or am/pm
            return null;
        }
        return hour > 23 || minute > 59 ? null : LocalTime.of(hour, minute);
    }

    public Long getCommitteeId() { return committeeId; }
    public void setCommitteeId(Long committeeId) { this.committeeId = committeeId; }
    public DateParts getDate() { return date; }
    public void setDate(DateParts date) { this.date = date; }
    public String getStartsAt() { return startsAt; }
    public void setStartsAt(String startsAt) { this.startsAt = startsAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
