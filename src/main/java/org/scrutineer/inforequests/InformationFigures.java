package org.scrutineer.inforequests;

/**
 * Requests made to one committee or directorate in a period.
 *
 * @param name the committee or directorate ("No directorate" when none was named)
 * @param requests requests received (withdrawn ones left out)
 * @param answered answered (provided, partly provided or refused)
 * @param onTime answered on or before the due date
 * @param refused refused outright
 * @param open still open
 * @param overdue open and past the due date
 * @param medianDaysToAnswer median calendar days from receipt to answer (null when none were answered)
 */
public record InformationFigures(String name, long requests, long answered, long onTime, long refused, long open,
        long overdue, Double medianDaysToAnswer) {

    /** Answered on time as a percentage of those answered (null when none were). */
    public Integer onTimePercent() {
        return answered == 0 ? null : (int) Math.round(100.0 * onTime / answered);
    }

    /** Refused as a percentage of those answered (null when none were). */
    public Integer refusedPercent() {
        return answered == 0 ? null : (int) Math.round(100.0 * refused / answered);
    }
}
