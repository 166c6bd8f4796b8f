package org.scrutineer.directory.web;

import org.scrutineer.directory.Portfolio;
import org.scrutineer.directory.PortfolioDetails;

/** The add/edit portfolio form. */
public class PortfolioForm {

    private String title;
    private String responsibilities;
    private Long holderId;
    private Long leadOfficerId;
    private Long directorateId;
    private boolean active = true;
    private int version;

    static PortfolioForm of(Portfolio p) {
        PortfolioForm f = new PortfolioForm();
        f.title = p.title();
        f.responsibilities = p.responsibilities();
        f.holderId = p.holder() == null ? null : p.holder().id();
        f.leadOfficerId = p.leadOfficer() == null ? null : p.leadOfficer().id();
        f.directorateId = p.directorate() == null ? null : p.directorate().id();
        f.active = p.active();
        f.version = p.version();
        return f;
    }

    PortfolioDetails details() {
        return new PortfolioDetails(title, responsibilities, holderId, leadOfficerId, directorateId, active);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getResponsibilities() { return responsibilities; }
    public void setResponsibilities(String responsibilities) { this.responsibilities = responsibilities; }
    public Long getHolderId() { return holderId; }
    public void setHolderId(Long holderId) { this.holderId = holderId; }
    public Long getLeadOfficerId() { return leadOfficerId; }
    public void setLeadOfficerId(Long leadOfficerId) { this.leadOfficerId = leadOfficerId; }
    public Long getDirectorateId() { return directorateId; }
    public void setDirectorateId(Long directorateId) { this.directorateId = directorateId; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
