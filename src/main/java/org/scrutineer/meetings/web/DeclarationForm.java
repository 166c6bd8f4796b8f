package org.scrutineer.meetings.web;

import org.scrutineer.meetings.InterestKind;

/** The form to record an interest declared on an agenda item. */
public class DeclarationForm {

    private Long personId;
    private InterestKind kind;
    private String nature;
    private boolean leftRoom;

    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public InterestKind getKind() { return kind; }
    public void setKind(InterestKind kind) { this.kind = kind; }
    public String getNature() { return nature; }
    public void setNature(String nature) { this.nature = nature; }
    public boolean isLeftRoom() { return leftRoom; }
    public void setLeftRoom(boolean leftRoom) { this.leftRoom = leftRoom; }
}
