package org.scrutineer.meetings.web;

import java.time.LocalDate;

/** The meeting page's small forms: publish the agenda or the minutes on a day, cancel with a reason. */
public class MeetingActionForm {

    private DateParts publishedOn = new DateParts();
    private String reason;

    static MeetingActionForm on(LocalDate day) {
        MeetingActionForm f = new MeetingActionForm();
        f.publishedOn = DateParts.of(day);
        return f;
    }

    public DateParts getPublishedOn() { return publishedOn; }
    public void setPublishedOn(DateParts publishedOn) { this.publishedOn = publishedOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
