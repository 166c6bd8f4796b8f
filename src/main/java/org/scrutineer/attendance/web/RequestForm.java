package org.scrutineer.attendance.web;

import org.scrutineer.attendance.NewRequest;
import org.scrutineer.attendance.RequestKind;

/** The form to require or invite a person to attend an item. */
public class RequestForm {

    private RequestKind kind;
    private Long personId;
    private String address;
    private String questions;

    NewRequest request() {
        return new NewRequest(kind, personId, address, questions);
    }

    public RequestKind getKind() { return kind; }
    public void setKind(RequestKind kind) { this.kind = kind; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getQuestions() { return questions; }
    public void setQuestions(String questions) { this.questions = questions; }
}
