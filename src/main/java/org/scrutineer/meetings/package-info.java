/**
 * Meetings: the meetings of every committee, their agendas (items with the session's aims and lines of questioning,
 * open or taken in private under Schedule 12A, with their reports and documents held by the documents module), the
 * agenda-publication deadline (LGA 1972 s100B), the register of members, declarations of interest, and the minutes
 * with the recommendations the committee made on the day.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package org.scrutineer.meetings;
