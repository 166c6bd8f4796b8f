package org.scrutineer.meetings;

/**
 * An item was put on an agenda. The cabinet member for its portfolio is invited by default.
 *
 * @param item the item
 * @param meeting its meeting
 * @param portfolioHolderId the cabinet member holding the item's portfolio, if it has one with a holder
 */
public record AgendaItemAdded(AgendaItemId item, MeetingId meeting, Long portfolioHolderId) {
}
