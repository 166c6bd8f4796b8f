package org.scrutineer.meetings.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Meetings as an iCalendar (RFC 5545) feed, written with ical4j: one VEVENT per meeting, its UID stable across
 * feeds and changes ({@code meeting-<id>@<host>}, host from {@code scrutineer.public-base-url}), its SEQUENCE the
 * meeting's version so that calendars take up a change of time or place, its times in Europe/London with the
 * VTIMEZONE that defines them, and STATUS:CANCELLED for a cancelled meeting. A meeting has a start time but no
 * recorded end, so an event lasts a nominal {@link #NOMINAL_LENGTH}.
 */
@Component
class MeetingCalendar {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** How long a meeting is shown to last in a calendar. */
    static final Duration NOMINAL_LENGTH = Duration.ofHours(2);

    private final String baseUrl;
    private final String host;
    private final VTimeZone london;

    MeetingCalendar(@Value("${scrutineer.public-base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
        String h = URI.create(this.baseUrl).getHost();
        this.host = h == null || h.isBlank() ? "scrutineer.invalid" : h;
        this.london = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(LONDON.getId())
                .getVTimeZone();
    }

    /** The UID of a meeting's event: the same in every feed and after every change. */
    String uid(Meeting m) {
        return "meeting-" + m.id() + "@" + host;
    }

    /** The feed of the meetings under a calendar name, as text/calendar content. */
    String feed(String name, List<Meeting> meetings) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Scrutineer//Meetings//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", LONDON.getId()));
        calendar.add(london);
        for (Meeting m : meetings) {
            calendar.add(event(m));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent event(Meeting m) {
        ZonedDateTime start = ZonedDateTime.of(m.date(), m.startsAt(), LONDON);
        boolean cancelled = m.status() == MeetingStatus.CANCELLED;
        VEvent event = new VEvent(start, start.plus(NOMINAL_LENGTH), (cancelled ? "Cancelled: " : "")
                + m.committeeName());
        event.add(new Uid(uid(m)));
        event.add(new Sequence(m.version()));
        event.add(new Location(m.place()));
        String page = baseUrl + "/public/meetings/" + m.id();
        event.add(new Url(URI.create(page)));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        StringBuilder description = new StringBuilder(m.title()).append('.');
        if (cancelled && m.cancelledReason() != null) {
            description.append("\nCancelled: ").append(m.cancelledReason());
        } else if (m.agendaPublic()) {
            description.append("\nThe agenda is published: ").append(page);
        } else {
            description.append("\nThe agenda will be published at ").append(page);
        }
        if (m.notes() != null) {
            description.append("\n").append(m.notes());
        }
        event.add(new Description(description.toString()));
        return event;
    }
}
