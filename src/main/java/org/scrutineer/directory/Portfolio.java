package org.scrutineer.directory;

/**
 * A cabinet portfolio.
 *
 * @param id its id
 * @param title e.g. "Children and Young People's Services"
 * @param responsibilities what it covers
 * @param holder the cabinet member who holds it
 * @param leadOfficer the lead chief officer
 * @param directorate the directorate that delivers it
 * @param active whether it exists now
 * @param version for optimistic locking
 */
public record Portfolio(long id, String title, String responsibilities, Reference holder, Reference leadOfficer,
        Reference directorate, boolean active, int version) {

    /** The fields an administrator edits. */
    public PortfolioDetails details() {
        return new PortfolioDetails(title, responsibilities, holder == null ? null : holder.id(),
                leadOfficer == null ? null : leadOfficer.id(), directorate == null ? null : directorate.id(), active);
    }
}
