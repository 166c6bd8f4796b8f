package org.scrutineer.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock a test moves by hand, for beans that take an {@code Optional<Clock>}. Thread-safe. */
public final class SettableClock extends Clock {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private volatile Instant now;
    private final ZoneId zone;

    public SettableClock(LocalDate day) {
        this(day.atTime(LocalTime.of(9, 0)).atZone(LONDON).toInstant(), LONDON);
    }

    private SettableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Moves the clock to 09:00 London time on a day. */
    public void set(LocalDate day) {
        now = day.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
    }

    /** Moves the clock to a London time. */
    public void set(java.time.LocalDateTime londonTime) {
        now = londonTime.atZone(LONDON).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SettableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
