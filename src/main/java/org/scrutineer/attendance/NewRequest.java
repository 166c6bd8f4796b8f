package org.scrutineer.attendance;

/**
 * What a scrutiny officer or the committee's chair enters to ask someone to attend an item.
 *
 * @param kind a formal requirement or an invitation
 * @param personId the person asked, from the directory
 * @param address what they are asked to address
 * @param questions the questions the committee expects to ask them (optional)
 */
public record NewRequest(RequestKind kind, Long personId, String address, String questions) {
}
