package org.scrutineer.inforequests.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.scrutineer.deadlines.DeadlineMissed;
import org.scrutineer.deadlines.DeadlineRescheduled;
import org.scrutineer.inforequests.InformationRequestId;
import org.scrutineer.inforequests.InformationRequestManagement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows a request's tracked deadline: when the deadlines engine announces it missed, the request is escalated to
 * the directorate's chief officer; when its due date moves (an extension), the request's copy follows.
 */
@Component
class RequestDeadlineListener {

    private final InformationRequestManagement requests;
    private final Clock clock;

    RequestDeadlineListener(InformationRequestManagement requests, Optional<Clock> clock) {
        this.requests = requests;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @ApplicationModuleListener
    void on(DeadlineMissed event) {
        if (InformationRequestManagement.REQUEST.equals(event.recordType())) {
            requests.escalate(new InformationRequestId(Long.parseLong(event.recordId())), LocalDate.now(clock));
        }
    }

    @ApplicationModuleListener
    void on(DeadlineRescheduled event) {
        if (InformationRequestManagement.REQUEST.equals(event.recordType())) {
            requests.rescheduled(event.deadline(), event.due());
        }
    }
}
