package org.scrutineer.meetings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scrutineer.meetings.AgendaItemDetails;
import org.scrutineer.meetings.Attendance;
import org.scrutineer.meetings.MeetingDetails;
import org.scrutineer.meetings.MeetingStatus;
import org.scrutineer.meetings.RegisterLine;
import org.scrutineer.platform.FieldProblem;

/** The rules for meetings, agendas and registers, as pure functions so that tables of cases can test them. */
public final class MeetingRules {

    static final int MAX_TEXT = 20_000;
    static final int MAX_TITLE = 300;

    private MeetingRules() {
    }

    /** Problems with a meeting's details. */
    public static List<FieldProblem> meeting(MeetingDetails d) {
        List<FieldProblem> p = new ArrayList<>();
        if (d.committeeId() == null) {
            p.add(new FieldProblem("committeeId", "Select the committee"));
        }
        if (d.date() == null) {
            p.add(new FieldProblem("date", "Enter the date of the meeting"));
        } else if (d.date().getYear() < 1990 || d.date().getYear() > 2199) {
            p.add(new FieldProblem("date", "The date of the meeting must be between 1990 and 2199"));
        }
        if (d.startsAt() == null) {
            p.add(new FieldProblem("startsAt", "Enter the time the meeting starts, for example 18:30"));
        }
        if (blank(d.place())) {
            p.add(new FieldProblem("place", "Enter where the meeting is held"));
        } else if (d.place().length() > MAX_TITLE) {
            p.add(new FieldProblem("place", "The place must be " + MAX_TITLE + " characters or fewer"));
        }
        tooLong(p, "notes", d.notes());
        return p;
    }

    /** Problems with an agenda item's details. */
    public static List<FieldProblem> item(AgendaItemDetails d) {
        List<FieldProblem> p = new ArrayList<>();
        if (blank(d.title())) {
            p.add(new FieldProblem("title", "Enter the item's title"));
        } else if (d.title().length() > MAX_TITLE) {
            p.add(new FieldProblem("title", "The title must be " + MAX_TITLE + " characters or fewer"));
        }
        if (d.aimsAgreedOn() != null && blank(d.aims())) {
            p.add(new FieldProblem("aims", "Enter the aims that were agreed"));
        }
        if (d.aimsAgreedOn() != null && blank(d.aimsAgreedWith())) {
            p.add(new FieldProblem("aimsAgreedWith", "Enter who the aims were agreed with, for example the cabinet member and director"));
        }
        if (d.aimsAgreedOn() == null && !blank(d.aimsAgreedWith())) {
            p.add(new FieldProblem("aimsAgreedOn", "Enter the date the aims were agreed"));
        }
        if (d.inPrivate()) {
            if (d.exemptParagraph() == null || d.exemptParagraph() < 1 || d.exemptParagraph() > 7) {
                p.add(new FieldProblem("exemptParagraph",
                        "Select the paragraph of Schedule 12A (1 to 7) that allows the public to be excluded"));
            }
            if (blank(d.privateReason())) {
                p.add(new FieldProblem("privateReason",
                        "Enter why the public interest in keeping the information exempt outweighs disclosing it"));
            }
            if (blank(d.publicSummary())) {
                p.add(new FieldProblem("publicSummary", "Enter a summary of the item the public can be told"));
            }
        }
        tooLong(p, "purpose", d.purpose());
        tooLong(p, "aims", d.aims());
        tooLong(p, "linesOfQuestioning", d.linesOfQuestioning());
        tooLong(p, "reportText", d.reportText());
        tooLong(p, "privateReason", d.privateReason());
        tooLong(p, "publicSummary", d.publicSummary());
        return p;
    }

    /** Whether the agenda can still change: items are added and edited until the meeting is held or cancelled. */
    public static boolean agendaOpen(MeetingStatus status) {
        return status == MeetingStatus.SCHEDULED || status == MeetingStatus.AGENDA_PUBLISHED;
    }

    /** Problems with publishing an agenda on a day. */
    public static List<FieldProblem> publication(MeetingStatus status, int items, LocalDate meetingDate,
            LocalDate on, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        if (status != MeetingStatus.SCHEDULED) {
            p.add(new FieldProblem(null, "The agenda can only be published once, for a scheduled meeting (this one is "
                    + status.label().toLowerCase() + ")"));
            return p;
        }
        if (items == 0) {
            p.add(new FieldProblem(null, "Add at least one item before publishing the agenda"));
        }
        if (on == null) {
            p.add(new FieldProblem("publishedOn", "Enter the date the agenda was published"));
        } else if (on.isAfter(today)) {
            p.add(new FieldProblem("publishedOn", "The publication date cannot be in the future"));
        } else if (on.isAfter(meetingDate)) {
            p.add(new FieldProblem("publishedOn", "An agenda cannot be published after the meeting (" + meetingDate + ")"));
        }
        return p;
    }

    /**
     * Problems with a register. Members are the committee's members on the day; a substitute is a councillor who
     * is not a member, standing in for a member who sent apologies (each member once).
     */
    public static List<FieldProblem> register(List<RegisterLine> lines, Set<Long> members, Set<Long> councillors) {
        List<FieldProblem> p = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Set<Long> substituted = new HashSet<>();
        Map<Long, Attendance> byPerson = new java.util.HashMap<>();
        for (RegisterLine l : lines) {
            if (l.personId() != null && l.attendance() != null) {
                byPerson.put(l.personId(), l.attendance());
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            RegisterLine l = lines.get(i);
            String field = "lines[" + i + "]";
            if (l.personId() == null || l.attendance() == null) {
                p.add(new FieldProblem(field + ".attendance", "Select present, apologies, absent or substitute"));
                continue;
            }
            if (!seen.add(l.personId())) {
                p.add(new FieldProblem(field + ".personId", "Each person appears on the register once"));
                continue;
            }
            boolean member = members.contains(l.personId());
            if (l.attendance() == Attendance.SUBSTITUTE) {
                if (member) {
                    p.add(new FieldProblem(field + ".attendance", "A member of the committee cannot be their own substitute"));
                } else if (!councillors.contains(l.personId())) {
                    p.add(new FieldProblem(field + ".personId", "A substitute must be a serving councillor"));
                }
                if (l.substituteForId() == null || !members.contains(l.substituteForId())) {
                    p.add(new FieldProblem(field + ".substituteForId", "Select the member whose place the substitute takes"));
                } else if (byPerson.get(l.substituteForId()) != Attendance.APOLOGIES) {
                    p.add(new FieldProblem(field + ".substituteForId",
                            "A substitute can only take the place of a member who sent apologies"));
                } else if (!substituted.add(l.substituteForId())) {
                    p.add(new FieldProblem(field + ".substituteForId", "That member already has a substitute"));
                }
            } else if (!member) {
                p.add(new FieldProblem(field + ".personId",
                        "Only the committee's members are registered as present, apologies or absent; others attend as substitutes"));
            }
        }
        return p;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void tooLong(List<FieldProblem> p, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            p.add(new FieldProblem(field, "This must be " + MAX_TEXT + " characters or fewer"));
        }
    }
}
