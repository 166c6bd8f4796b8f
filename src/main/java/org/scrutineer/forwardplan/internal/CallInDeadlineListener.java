package org.scrutineer.forwardplan.internal;

import org.scrutineer.deadlines.DeadlineRescheduled;
import org.scrutineer.forwardplan.ForwardPlanManagement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps a decision's call-in closing date in step with its tracked deadline when that is extended. */
@Component
class CallInDeadlineListener {

    private final ForwardPlanManagement forwardPlan;

    CallInDeadlineListener(ForwardPlanManagement forwardPlan) {
        this.forwardPlan = forwardPlan;
    }

    @ApplicationModuleListener
    void on(DeadlineRescheduled event) {
        if (ForwardPlanManagement.DECISION.equals(event.recordType())) {
            forwardPlan.callInRescheduled(event.deadline(), event.due());
        }
    }
}
