package org.scrutineer.forwardplan.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.scrutineer.forwardplan.DecisionState;
import org.scrutineer.forwardplan.ExecutiveDecision;
import org.scrutineer.forwardplan.ForwardPlanManagement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decision dates as an iCalendar (RFC 5545) feed, written with ical4j. Each published decision is an all-day event
 * on the day it was taken (or is expected), with a UID stable across feeds and changes ({@code decision-<id>@<host>},
 * host from {@code scrutineer.public-base-url}), its SEQUENCE the decision's version, a SUMMARY of its reference and
 * matter, the URL of its public page, and STATUS:CANCELLED once withdrawn. Each call-in window still open adds an
 * event at the moment it closes (17:00 by default, in Europe/London with the VTIMEZONE that defines it), so that
 * councillors see the last moment to call the decision in.
 */
@Component
class DecisionCalendar {

    private final String baseUrl;
    private final String host;
    private final VTimeZone london;

    DecisionCalendar(@Value("${scrutineer.public-base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
        String h = URI.create(this.baseUrl).getHost();
        this.host = h == null || h.isBlank() ? "scrutineer.invalid" : h;
        this.london = TimeZoneRegistryFactory.getInstance().createRegistry()
                .getTimeZone(ForwardPlanManagement.LOCAL.getId()).getVTimeZone();
    }

    /** The UID of a decision's event: the same in every feed and after every change. */
    String uid(ExecutiveDecision d) {
        return "decision-" + d.id() + "@" + host;
    }

    /** The UID of the event at which a decision's call-in window closes. */
    String callInUid(ExecutiveDecision d) {
        return "call-in-" + d.id() + "@" + host;
    }

    /** The public page of a decision. */
    String page(ExecutiveDecision d) {
        return baseUrl + PublicForwardPlanController.path(d);
    }

    /**
     * The feed of the decisions under a calendar name, as text/calendar content; {@code now} decides which call-in
     * windows are still open.
     */
    String feed(String name, List<ExecutiveDecision> decisions, LocalDateTime now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Scrutineer//Forward plan//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", ForwardPlanManagement.LOCAL.getId()));
        calendar.add(london);
        for (ExecutiveDecision d : decisions) {
            if (!d.state().published()) {
                continue; // never a planned entry, whatever the caller passed
            }
            calendar.add(event(d));
            if (d.callInOpenAt(now)) {
                calendar.add(callInCloses(d));
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent event(ExecutiveDecision d) {
        LocalDate day = d.decidedOn() != null ? d.decidedOn() : d.expectedOn();
        boolean withdrawn = d.state() == DecisionState.WITHDRAWN;
        VEvent event = new VEvent(day, day.plusDays(1), (withdrawn ? "Withdrawn: " : "") + d.reference() + ": "
                + d.matter());
        event.add(new Uid(uid(d)));
        event.add(new Sequence(d.version()));
        event.add(new Url(URI.create(page(d))));
        event.add(withdrawn ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(ImmutableTransp.TRANSPARENT);
        event.add(new Categories(d.keyDecision() ? "Key decision" : "Decision"));
        StringBuilder description = new StringBuilder(d.maker().label());
        if (d.makerPerson() != null) {
            description.append(": ").append(d.makerPerson().name());
        }
        if (d.portfolio() != null) {
            description.append(" (").append(d.portfolio().name()).append(')');
        }
        description.append(d.decidedOn() != null ? ". Decided on " + d.decidedOn() : ". Expected on " + day)
                .append(". ").append(d.state().label()).append('.');
        if (withdrawn && d.withdrawnReason() != null) {
            description.append("\nWithdrawn: ").append(d.withdrawnReason());
        }
        description.append('\n').append(page(d));
        event.add(new Description(description.toString()));
        return event;
    }

    private VEvent callInCloses(ExecutiveDecision d) {
        ZonedDateTime closes = d.callInClosesAtTime().atZone(ForwardPlanManagement.LOCAL);
        VEvent event = new VEvent(closes, "Call-in closes: " + d.reference() + ": " + d.matter());
        event.add(new Uid(callInUid(d)));
        event.add(new Sequence(d.version()));
        event.add(new Url(URI.create(page(d))));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        event.add(ImmutableTransp.TRANSPARENT);
        event.add(new Categories("Call-in deadline"));
        event.add(new Description("The last moment to call in " + d.reference() + " (decided on " + d.decidedOn()
                + ").\n" + page(d)));
        return event;
    }
}
