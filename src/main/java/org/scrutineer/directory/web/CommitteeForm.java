package org.scrutineer.directory.web;

import java.time.LocalDate;

import org.scrutineer.directory.Committee;
import org.scrutineer.directory.CommitteeDetails;
import org.scrutineer.directory.CommitteeKind;
import org.springframework.format.annotation.DateTimeFormat;

/** The add/edit committee form. */
public class CommitteeForm {

    private String name;
    private CommitteeKind kind;
    private Long parentId;
    private String termsOfReference;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate establishedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dissolvedOn;
    private int version;

    static CommitteeForm of(Committee c) {
        CommitteeForm f = new CommitteeForm();
        f.name = c.name();
        f.kind = c.kind();
        f.parentId = c.parent() == null ? null : c.parent().id();
        f.termsOfReference = c.termsOfReference();
        f.establishedOn = c.establishedOn();
        f.dissolvedOn = c.dissolvedOn();
        f.version = c.version();
        return f;
    }

    CommitteeDetails details() {
        return new CommitteeDetails(name, kind, parentId, termsOfReference, establishedOn, dissolvedOn);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public CommitteeKind getKind() { return kind; }
    public void setKind(CommitteeKind kind) { this.kind = kind; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getTermsOfReference() { return termsOfReference; }
    public void setTermsOfReference(String termsOfReference) { this.termsOfReference = termsOfReference; }
    public LocalDate getEstablishedOn() { return establishedOn; }
    public void setEstablishedOn(LocalDate establishedOn) { this.establishedOn = establishedOn; }
    public LocalDate getDissolvedOn() { return dissolvedOn; }
    public void setDissolvedOn(LocalDate dissolvedOn) { this.dissolvedOn = dissolvedOn; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
