package org.scrutineer.directory.web;

import java.util.EnumSet;
import java.util.Set;

import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonDetails;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Seniority;
import org.scrutineer.directory.StatutoryRole;

/** The add/edit person form. */
public class PersonForm {

    private PersonKind kind;
    private String honorific;
    private String givenName;
    private String familyName;
    private String email;
    private String phone;
    private Long partyId;
    private Long wardId;
    private String postTitle;
    private Long directorateId;
    private Seniority seniority;
    private Set<StatutoryRole> statutoryRoles = EnumSet.noneOf(StatutoryRole.class);
    private boolean supportsScrutiny;
    private String organisation;
    private boolean active = true;
    private int version;

    static PersonForm of(Person p) {
        PersonForm f = new PersonForm();
        f.kind = p.kind();
        f.honorific = p.honorific();
        f.givenName = p.givenName();
        f.familyName = p.familyName();
        f.email = p.email();
        f.phone = p.phone();
        f.partyId = p.party() == null ? null : p.party().id();
        f.wardId = p.ward() == null ? null : p.ward().id();
        f.postTitle = p.postTitle();
        f.directorateId = p.directorate() == null ? null : p.directorate().id();
        f.seniority = p.seniority();
        f.statutoryRoles = p.statutoryRoles().isEmpty() ? EnumSet.noneOf(StatutoryRole.class)
                : EnumSet.copyOf(p.statutoryRoles());
        f.supportsScrutiny = p.supportsScrutiny();
        f.organisation = p.organisation();
        f.active = p.active();
        f.version = p.version();
        return f;
    }

    PersonDetails details() {
        return new PersonDetails(kind, honorific, givenName, familyName, email, phone, partyId, wardId, postTitle,
                directorateId, seniority, statutoryRoles, supportsScrutiny, organisation, active);
    }

    public PersonKind getKind() { return kind; }
    public void setKind(PersonKind kind) { this.kind = kind; }
    public String getHonorific() { return honorific; }
    public void setHonorific(String honorific) { this.honorific = honorific; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Long getPartyId() { return partyId; }
    public void setPartyId(Long partyId) { this.partyId = partyId; }
    public Long getWardId() { return wardId; }
    public void setWardId(Long wardId) { this.wardId = wardId; }
    public String getPostTitle() { return postTitle; }
    public void setPostTitle(String postTitle) { this.postTitle = postTitle; }
    public Long getDirectorateId() { return directorateId; }
    public void setDirectorateId(Long directorateId) { this.directorateId = directorateId; }
    public Seniority getSeniority() { return seniority; }
    public void setSeniority(Seniority seniority) { this.seniority = seniority; }
    public Set<StatutoryRole> getStatutoryRoles() { return statutoryRoles; }
    public void setStatutoryRoles(Set<StatutoryRole> statutoryRoles) {
        this.statutoryRoles = statutoryRoles == null ? EnumSet.noneOf(StatutoryRole.class) : statutoryRoles;
    }
    public boolean isSupportsScrutiny() { return supportsScrutiny; }
    public void setSupportsScrutiny(boolean supportsScrutiny) { this.supportsScrutiny = supportsScrutiny; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
