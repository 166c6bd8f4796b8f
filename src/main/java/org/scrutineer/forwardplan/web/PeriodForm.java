package org.scrutineer.forwardplan.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** A period a report covers, from one day to another. */
public class PeriodForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
