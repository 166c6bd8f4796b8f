package org.scrutineer.inforequests.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The standing arrangements page's forms: a new arrangement, and a quarter's report received. */
public final class ArrangementForms {

    private ArrangementForms() {
    }

    /** A report the committee receives every quarter. */
    public static class Arrangement {
        private Long committeeId;
        private String title;
        private Long directorateId;
        private Long officerId;
        private Integer daysAfterQuarter;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startsOn;

        public Long getCommitteeId() { return committeeId; }
        public void setCommitteeId(Long committeeId) { this.committeeId = committeeId; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public Long getDirectorateId() { return directorateId; }
        public void setDirectorateId(Long directorateId) { this.directorateId = directorateId; }
        public Long getOfficerId() { return officerId; }
        public void setOfficerId(Long officerId) { this.officerId = officerId; }
        public Integer getDaysAfterQuarter() { return daysAfterQuarter; }
        public void setDaysAfterQuarter(Integer daysAfterQuarter) { this.daysAfterQuarter = daysAfterQuarter; }
        public LocalDate getStartsOn() { return startsOn; }
        public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    }

    /** A quarter's report came. */
    public static class Receipt {
        private Long arrangementId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate quarterStart;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate receivedOn;
        private String note;

        public Long getArrangementId() { return arrangementId; }
        public void setArrangementId(Long arrangementId) { this.arrangementId = arrangementId; }
        public LocalDate getQuarterStart() { return quarterStart; }
        public void setQuarterStart(LocalDate quarterStart) { this.quarterStart = quarterStart; }
        public LocalDate getReceivedOn() { return receivedOn; }
        public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }
}
