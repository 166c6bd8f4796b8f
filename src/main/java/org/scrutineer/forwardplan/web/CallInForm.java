package org.scrutineer.forwardplan.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.scrutineer.forwardplan.CallInGround;
import org.scrutineer.forwardplan.CallInRequest;

/** A call-in as its signatories (or the scrutiny officer recording it) fill it in. */
public class CallInForm {

    private Set<CallInGround> grounds = EnumSet.noneOf(CallInGround.class);
    private String explanation;
    private List<Long> signatoryIds = new ArrayList<>();
    private Long committeeId;

    CallInRequest request() {
        return new CallInRequest(grounds, explanation, signatoryIds, committeeId);
    }

    /** The grounds ticked, by name, for the checkboxes. */
    public Set<String> chosenGrounds() {
        return grounds.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
    }

    public Set<CallInGround> getGrounds() { return grounds; }
    public void setGrounds(Set<CallInGround> grounds) { this.grounds = grounds == null ? EnumSet.noneOf(CallInGround.class) : grounds; }
    public String getExplanation() { return explanation; }
    public void setExplanation(String explanation) { this.explanation = explanation; }
    public List<Long> getSignatoryIds() { return signatoryIds; }
    public void setSignatoryIds(List<Long> signatoryIds) { this.signatoryIds = signatoryIds == null ? new ArrayList<>() : signatoryIds; }
    public Long getCommitteeId() { return committeeId; }
    public void setCommitteeId(Long committeeId) { this.committeeId = committeeId; }
}
