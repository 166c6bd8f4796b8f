package org.scrutineer.attendance.internal;

import java.time.LocalDate;

import org.scrutineer.attendance.Capacity;
import org.scrutineer.attendance.RequestKind;
import org.scrutineer.attendance.RequestState;

/**
 * What the figures need of one request, nomination or attendance by right.
 *
 * @param meetingId the meeting
 * @param itemId the item (null for attendance by right)
 * @param meetingDate the meeting's day
 * @param committeeName its committee
 * @param itemTitle the item's title
 * @param kind requirement, invitation or by right
 * @param state where it stands
 * @param nominee whether an officer nominated by their chief officer
 * @param personId who attends
 * @param personName their name
 * @param capacity their capacity
 * @param originalId who was asked, once a substitute took their place
 * @param originalName their name
 * @param originalCapacity their capacity
 * @param substituted whether an accepted substitute attends
 * @param shortNotice whether the notice was sent after its deadline
 * @param attended the register: present, absent or not recorded
 */
public record FigureRow(long meetingId, Long itemId, LocalDate meetingDate, String committeeName, String itemTitle,
        RequestKind kind, RequestState state, boolean nominee, long personId, String personName, Capacity capacity,
        Long originalId, String originalName, Capacity originalCapacity, boolean substituted, boolean shortNotice,
        Boolean attended) {

    /** Whether this person attends (or attended): confirmed and not recorded absent. */
    public boolean attending() {
        return state == RequestState.CONFIRMED && !Boolean.FALSE.equals(attended);
    }
}
