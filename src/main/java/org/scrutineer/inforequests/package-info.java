/**
 * Information requests: what a committee, its chair or a member asks the executive for (SI 2012/2089 reg 17), the
 * ten-working-day response deadline it starts, acknowledgement, provision with documents classified by the
 * documents module, refusal with a written statement of reasons, clarification with the clock stopped, escalation
 * to the chief officer when overdue, and the standing quarterly reports a committee receives.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Information requests")
package org.scrutineer.inforequests;
