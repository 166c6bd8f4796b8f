/**
 * Attendance: requirements (LGA 2000 s9FA) and invitations to attend a meeting's items, the notice with its
 * briefing note for witnesses and its tracked notice-to-attend deadline, responses and substitutions, officers
 * nominated by their chief officer, attendance by right, councillors' requests to speak, the witness register and
 * the attendance figures the chairs review.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance")
package org.scrutineer.attendance;
