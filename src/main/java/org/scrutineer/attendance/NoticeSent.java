package org.scrutineer.attendance;

/**
 * The outcome of sending a notice to attend.
 *
 * @param request the request after the notice was recorded
 * @param emailed whether it was e-mailed to the person
 * @param delivery what happened to the e-mail, in words ("E-mailed to ...", "No e-mail address: send it by post")
 */
public record NoticeSent(AttendanceRequest request, boolean emailed, String delivery) {
}
