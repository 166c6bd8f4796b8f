package org.scrutineer.recommendations.internal;

import org.scrutineer.deadlines.DeadlineRescheduled;
import org.scrutineer.recommendations.RecommendationManagement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a report's response due date in step with its {@code executive-response} deadline when a scrutiny officer
 * extends it or restarts its stopped clock, so the tracker, the figures and the public pages show the date in force.
 */
@Component
class ResponseDeadlineListener {

    private final RecommendationManagement recommendations;

    ResponseDeadlineListener(RecommendationManagement recommendations) {
        this.recommendations = recommendations;
    }

    @ApplicationModuleListener
    void on(DeadlineRescheduled event) {
        if (RecommendationManagement.REPORT.equals(event.recordType())) {
            recommendations.responseRescheduled(event.deadline(), event.due());
        }
    }
}
