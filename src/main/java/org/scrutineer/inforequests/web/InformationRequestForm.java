package org.scrutineer.inforequests.web;

import java.time.LocalDate;

import org.scrutineer.inforequests.RequestDetails;
import org.scrutineer.inforequests.RequestedAs;
import org.springframework.format.annotation.DateTimeFormat;

/** The form to make (or, for a scrutiny officer, record) a request for information. */
public class InformationRequestForm {

    private Long committeeId;
    private RequestedAs requestedAs;
    private Long requestedById;
    private Long agendaItemId;
    private String relatesTo;
    private String what;
    private String why;
    private Long directorateId;
    private Long responsibleOfficerId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    RequestDetails details() {
        return new RequestDetails(committeeId, requestedById, requestedAs, agendaItemId, relatesTo, what, why,
                directorateId, responsibleOfficerId, receivedOn);
    }

    public Long getCommitteeId() { return committeeId; }
    public void setCommitteeId(Long committeeId) { this.committeeId = committeeId; }
    public RequestedAs getRequestedAs() { return requestedAs; }
    public void setRequestedAs(RequestedAs requestedAs) { this.requestedAs = requestedAs; }
    public Long getRequestedById() { return requestedById; }
    public void setRequestedById(Long requestedById) { this.requestedById = requestedById; }
    public Long getAgendaItemId() { return agendaItemId; }
    public void setAgendaItemId(Long agendaItemId) { this.agendaItemId = agendaItemId; }
    public String getRelatesTo() { return relatesTo; }
    public void setRelatesTo(String relatesTo) { this.relatesTo = relatesTo; }
    public String getWhat() { return what; }
    public void setWhat(String what) { this.what = what; }
    public String getWhy() { return why; }
    public void setWhy(String why) { this.why = why; }
    public Long getDirectorateId() { return directorateId; }
    public void setDirectorateId(Long directorateId) { this.directorateId = directorateId; }
    public Long getResponsibleOfficerId() { return responsibleOfficerId; }
    public void setResponsibleOfficerId(Long responsibleOfficerId) { this.responsibleOfficerId = responsibleOfficerId; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
}
