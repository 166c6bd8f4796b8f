package org.scrutineer.inforequests.web;

import java.time.LocalDate;

import org.scrutineer.inforequests.Outcome;
import org.scrutineer.inforequests.RefusalGround;
import org.scrutineer.inforequests.ResponseDetails;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The request page's action forms, one object each so that a form shown again with its errors keeps what was typed
 * in it and only it. Their fields have names of their own (no two dates on the page share an id); the controller
 * renames the facade's problems to them.
 */
public final class RequestActionForms {

    private RequestActionForms() {
    }

    /** The executive acknowledges the request. */
    public static class Acknowledge {
        private int version;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate acknowledgedOn;

        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
        public LocalDate getAcknowledgedOn() { return acknowledgedOn; }
        public void setAcknowledgedOn(LocalDate acknowledgedOn) { this.acknowledgedOn = acknowledgedOn; }
    }

    /** The executive asks what exactly is wanted (the clock stops). */
    public static class SeekClarification {
        private int version;
        private String question;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate soughtOn;

        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
        public String getQuestion() { return question; }
        public void setQuestion(String question) { this.question = question; }
        public LocalDate getSoughtOn() { return soughtOn; }
        public void setSoughtOn(LocalDate soughtOn) { this.soughtOn = soughtOn; }
    }

    /** Those who asked answer the clarification (the clock restarts). */
    public static class Clarify {
        private int version;
        private String answer;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate clarifiedOn;

        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
        public String getAnswer() { return answer; }
        public void setAnswer(String answer) { this.answer = answer; }
        public LocalDate getClarifiedOn() { return clarifiedOn; }
        public void setClarifiedOn(LocalDate clarifiedOn) { this.clarifiedOn = clarifiedOn; }
    }

    /** The executive's answer: provided, partly provided or refused with the reg 17 ground and reasons. */
    public static class Respond {
        private int version;
        private Outcome outcome;
        private String response;
        private RefusalGround refusalGround;
        private String refusalReasons;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate respondedOn;

        ResponseDetails details() {
            return new ResponseDetails(outcome, response, refusalGround, refusalReasons, respondedOn);
        }

        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
        public Outcome getOutcome() { return outcome; }
        public void setOutcome(Outcome outcome) { this.outcome = outcome; }
        public String getResponse() { return response; }
        public void setResponse(String response) { this.response = response; }
        public RefusalGround getRefusalGround() { return refusalGround; }
        public void setRefusalGround(RefusalGround refusalGround) { this.refusalGround = refusalGround; }
        public String getRefusalReasons() { return refusalReasons; }
        public void setRefusalReasons(String refusalReasons) { this.refusalReasons = refusalReasons; }
        public LocalDate getRespondedOn() { return respondedOn; }
        public void setRespondedOn(LocalDate respondedOn) { this.respondedOn = respondedOn; }
    }

    /** Those who asked withdraw the request. */
    public static class Withdraw {
        private int version;
        private String reason;

        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }
}
