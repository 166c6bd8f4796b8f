package org.scrutineer.attendance.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.scrutineer.attendance.AttendanceFigures;
import org.scrutineer.attendance.AttendanceResponse;
import org.scrutineer.attendance.Capacity;
import org.scrutineer.attendance.NewRequest;
import org.scrutineer.attendance.RequestKind;
import org.scrutineer.attendance.RequestState;
import org.scrutineer.attendance.ResponseKind;
import org.scrutineer.attendance.SpeakingState;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Reference;
import org.scrutineer.directory.Seniority;
import org.scrutineer.meetings.MeetingStatus;
import org.scrutineer.platform.FieldProblem;

/**
 * The rules of requests to attend, as pure functions so that tables of cases can test them: who may be required
 * (LGA 2000 s9FA: only members of the executive and officers), what a request, a reply, the chair's decision on a
 * substitute and a chief officer's nomination must contain and when each may be made, who the responsible chief
 * officer is, when an item is attended only by junior staff, and the municipal year the figures count in.
 * Each check returns every problem at once, named by field, so that a form shows them all in its error summary.
 */
public final class AttendanceRules {

    static final int MAX_TEXT = 5_000;
    static final int MAX_REASON = 2_000;

    /** The states in which a person may reply (again: a confirmed attendee may still decline or send someone). */
    private static final Set<RequestState> REPLYABLE = EnumSet.of(RequestState.NOTICE_SENT, RequestState.CONFIRMED);
    /** The states in which the responsible chief officer may nominate officers (or add more). */
    private static final Set<RequestState> NOMINABLE = EnumSet.of(RequestState.NOTICE_SENT, RequestState.CONFIRMED,
            RequestState.NOMINATED);

    private AttendanceRules() {
    }

    /** The capacity a person attends in: cabinet member, officer by seniority, other councillor or witness. */
    public static Capacity capacity(PersonKind kind, Seniority seniority, boolean cabinetMember) {
        return switch (kind) {
            case COUNCILLOR -> cabinetMember ? Capacity.CABINET_MEMBER : Capacity.COUNCILLOR;
            case WITNESS -> Capacity.WITNESS;
            case OFFICER -> seniority == null ? Capacity.OFFICER : switch (seniority) {
                case CHIEF_EXECUTIVE -> Capacity.CHIEF_EXECUTIVE;
                case CHIEF_OFFICER -> Capacity.CHIEF_OFFICER;
                case HEAD_OF_SERVICE -> Capacity.HEAD_OF_SERVICE;
                case OTHER_OFFICER -> Capacity.OFFICER;
            };
        };
    }

    /**
     * Problems with a new request to attend an item.
     *
     * @param capacity the person's capacity, or null when they are not a current person in the directory
     * @param status the meeting's status
     */
    public static List<FieldProblem> request(NewRequest r, Capacity capacity, MeetingStatus status) {
        List<FieldProblem> p = new ArrayList<>();
        meetingOpen(p, status);
        if (r.kind() == null || r.kind() == RequestKind.BY_RIGHT) {
            p.add(new FieldProblem("kind", "Select whether the person is required or invited to attend"));
        }
        if (r.personId() == null || capacity == null) {
            p.add(new FieldProblem("personId", "Select a current person from the directory"));
        } else if (r.kind() == RequestKind.REQUIREMENT && !capacity.executive()) {
            p.add(new FieldProblem("kind", "Only a cabinet member or an officer of the council can be required to "
                    + "attend (Local Government Act 2000 s9FA): invite a " + capacity.label().toLowerCase()
                    + " instead"));
        }
        if (blank(r.address())) {
            p.add(new FieldProblem("address", "Enter what they are asked to address"));
        } else if (r.address().length() > MAX_TEXT) {
            p.add(new FieldProblem("address", "What they are asked to address must be " + MAX_TEXT
                    + " characters or fewer"));
        }
        if (r.questions() != null && r.questions().length() > MAX_TEXT) {
            p.add(new FieldProblem("questions", "The questions must be " + MAX_TEXT + " characters or fewer"));
        }
        return p;
    }

    /** Problems with sending the notice on a day. */
    public static List<FieldProblem> notice(RequestState state, LocalDate on, LocalDate meetingDate, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        if (state != RequestState.REQUESTED) {
            p.add(new FieldProblem(null, state == RequestState.NOTICE_SENT || state.open()
                    ? "The notice has already been sent" : "The request is " + state.label().toLowerCase()));
            return p;
        }
        if (on == null) {
            p.add(new FieldProblem("sentOn", "Enter the date the notice was sent"));
        } else if (on.isAfter(today)) {
            p.add(new FieldProblem("sentOn", "The date the notice was sent cannot be in the future"));
        } else if (on.isAfter(meetingDate)) {
            p.add(new FieldProblem("sentOn", "The notice must be sent no later than the day of the meeting"));
        }
        return p;
    }

    /**
     * Problems with a reply.
     *
     * @param substitute the proposed substitute's capacity (null when not a current person in the directory)
     * @param substituteIsAsked whether the substitute proposed is the person asked
     */
    public static List<FieldProblem> response(RequestState state, RequestKind kind, AttendanceResponse r,
            Capacity substitute, boolean substituteIsAsked) {
        List<FieldProblem> p = new ArrayList<>();
        if (!REPLYABLE.contains(state)) {
            p.add(new FieldProblem(null, switch (state) {
                case REQUESTED -> "Send the notice before recording a reply";
                case SUBSTITUTE_PROPOSED -> "The chair has still to decide on the substitute proposed";
                case NOMINATED -> "Officers have been nominated to attend in answer to this request";
                default -> "The request is " + state.label().toLowerCase();
            }));
            return p;
        }
        if (r.kind() == null) {
            p.add(new FieldProblem("response", "Select the reply"));
            return p;
        }
        switch (r.kind()) {
            case CONFIRM -> {
                if (state == RequestState.CONFIRMED) {
                    p.add(new FieldProblem("response", "Attendance is already confirmed"));
                }
            }
            case DECLINE -> reason(p, r.reason(), "Enter why they cannot attend");
            case PROPOSE_SUBSTITUTE -> {
                if (r.substituteId() == null || substitute == null) {
                    p.add(new FieldProblem("substituteId", "Select a current person proposed to attend instead"));
                } else if (substituteIsAsked) {
                    p.add(new FieldProblem("substituteId", "Propose someone other than the person asked"));
                } else if (kind == RequestKind.REQUIREMENT && !substitute.executive()) {
                    p.add(new FieldProblem("substituteId", "A substitute for a requirement to attend must be a "
                            + "cabinet member or an officer of the council"));
                }
                reason(p, r.reason(), "Enter why someone else should attend");
            }
        }
        return p;
    }

    /** The state a reply leads to. */
    public static RequestState afterResponse(ResponseKind kind) {
        return switch (kind) {
            case CONFIRM -> RequestState.CONFIRMED;
            case DECLINE -> RequestState.DECLINED;
            case PROPOSE_SUBSTITUTE -> RequestState.SUBSTITUTE_PROPOSED;
        };
    }

    /**
     * Problems with the chair's decision on a substitute: a refusal needs reasons. A refused substitution goes back
     * to the person asked for their reply ({@link RequestState#NOTICE_SENT}).
     *
     * @param substituteAlreadyAsked whether the substitute already has an open request on the same item
     */
    public static List<FieldProblem> substitutionDecision(RequestState state, Boolean accept, String reason,
            boolean substituteAlreadyAsked) {
        List<FieldProblem> p = new ArrayList<>();
        if (state != RequestState.SUBSTITUTE_PROPOSED) {
            p.add(new FieldProblem(null, "No substitute is awaiting the chair's decision"));
            return p;
        }
        if (accept == null) {
            p.add(new FieldProblem("accept", "Select whether the substitute is accepted or refused"));
        } else if (!accept) {
            reason(p, reason, "Enter why the substitute is refused");
        } else {
            if (substituteAlreadyAsked) {
                p.add(new FieldProblem("accept", "The substitute is already asked to attend this item"));
            }
            if (reason != null && reason.length() > MAX_REASON) {
                p.add(new FieldProblem("reason", "The reasons must be " + MAX_REASON + " characters or fewer"));
            }
        }
        return p;
    }

    /**
     * Problems with a chief officer's nomination.
     *
     * @param addresseeIsOfficer whether the request is addressed to an officer
     * @param nominees the capacity of each person nominated, in order (null for one not a current officer)
     * @param includesAddressee whether the officer asked is among those nominated
     * @param alreadyAttending whether one of those nominated already attends the item
     */
    public static List<FieldProblem> nomination(RequestState state, boolean addresseeIsOfficer, List<Capacity> nominees,
            boolean includesAddressee, boolean alreadyAttending) {
        List<FieldProblem> p = new ArrayList<>();
        if (!addresseeIsOfficer) {
            p.add(new FieldProblem(null, "Officers are nominated only in answer to a request to an officer"));
            return p;
        }
        if (!NOMINABLE.contains(state)) {
            p.add(new FieldProblem(null, state == RequestState.REQUESTED ? "Send the notice before nominating officers"
                    : "The request is " + state.label().toLowerCase()));
            return p;
        }
        if (nominees.isEmpty()) {
            p.add(new FieldProblem("officerIds", "Select at least one officer to attend"));
        } else if (nominees.stream().anyMatch(c -> c == null || !isOfficer(c))) {
            p.add(new FieldProblem("officerIds", "Everyone nominated must be a current officer of the council"));
        } else if (includesAddressee) {
            p.add(new FieldProblem("officerIds", "The officer asked is not nominated: say whether they attend as well"));
        } else if (alreadyAttending) {
            p.add(new FieldProblem("officerIds", "Someone nominated already attends this item"));
        }
        return p;
    }

    /** The state of the request once officers are nominated: confirmed if the officer asked attends as well. */
    public static RequestState afterNomination(boolean addresseeAttends) {
        return addresseeAttends ? RequestState.CONFIRMED : RequestState.NOMINATED;
    }

    /**
     * Whether a person is the responsible chief officer for a request to an officer (Rotherham code 5.5): the officer
     * asked, if a chief officer or the chief executive; a chief officer of the officer's directorate; or the lead
     * officer of the item's portfolio.
     */
    public static boolean responsibleChiefOfficer(long person, Seniority seniority, Long directorate, long addressee,
            Seniority addresseeSeniority, Long addresseeDirectorate, Long portfolioLeadOfficer) {
        boolean chief = seniority == Seniority.CHIEF_OFFICER || seniority == Seniority.CHIEF_EXECUTIVE;
        if (person == addressee) {
            return addresseeSeniority == Seniority.CHIEF_OFFICER || addresseeSeniority == Seniority.CHIEF_EXECUTIVE;
        }
        if (portfolioLeadOfficer != null && portfolioLeadOfficer == person) {
            return true;
        }
        return chief && directorate != null && directorate.equals(addresseeDirectorate);
    }

    /**
     * Whether an item is attended only by junior staff: its confirmed attendees from the executive side (cabinet
     * members and officers, not external witnesses or other councillors) are all officers below head of service.
     */
    public static boolean juniorOnly(Collection<Capacity> attending) {
        List<Capacity> executive = attending.stream().filter(Capacity::executive).toList();
        return !executive.isEmpty() && executive.stream().allMatch(Capacity::junior);
    }

    /** Problems with withdrawing a request. */
    public static List<FieldProblem> withdrawal(RequestState state, String reason) {
        List<FieldProblem> p = new ArrayList<>();
        if (!state.open()) {
            p.add(new FieldProblem(null, "The request is already " + state.label().toLowerCase()));
            return p;
        }
        reason(p, reason, "Enter why the request is withdrawn");
        return p;
    }

    /** Problems with taking the witness register: after the meeting (its date today or past), not cancelled. */
    public static List<FieldProblem> register(MeetingStatus status, LocalDate meetingDate, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        if (status == MeetingStatus.CANCELLED) {
            p.add(new FieldProblem(null, "The meeting was cancelled"));
        } else if (meetingDate.isAfter(today)) {
            p.add(new FieldProblem(null, "The witness register is taken once the meeting has taken place, on "
                    + meetingDate.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))));
        }
        return p;
    }

    /** Problems with recording someone's attendance by right: only the leader and the chief executive have it. */
    public static List<FieldProblem> byRight(Capacity capacity, boolean leader, MeetingStatus status) {
        List<FieldProblem> p = new ArrayList<>();
        if (status == MeetingStatus.CANCELLED) {
            p.add(new FieldProblem(null, "The meeting was cancelled"));
        }
        if (capacity == null || !(leader || capacity == Capacity.CHIEF_EXECUTIVE)) {
            p.add(new FieldProblem("personId", "Only the leader of the council and the chief executive may attend "
                    + "any scrutiny meeting by right"));
        }
        return p;
    }

    /**
     * Problems with a request to speak on an item.
     *
     * @param kind the person's kind (null when not a current person in the directory)
     * @param member whether they sit on the committee (members speak as members)
     */
    public static List<FieldProblem> speaking(PersonKind kind, boolean member, String reason, MeetingStatus status) {
        List<FieldProblem> p = new ArrayList<>();
        meetingOpen(p, status);
        if (kind != PersonKind.COUNCILLOR) {
            p.add(new FieldProblem("personId", "Only a current councillor can ask to speak on an item"));
        } else if (member) {
            p.add(new FieldProblem("personId", "Members of the committee speak as members: no request is needed"));
        }
        reason(p, reason, "Enter why the councillor wishes to speak on the item");
        return p;
    }

    /** Problems with the chair's decision on a request to speak: a refusal needs reasons. */
    public static List<FieldProblem> speakingDecision(SpeakingState state, Boolean grant, String reason) {
        List<FieldProblem> p = new ArrayList<>();
        if (state != SpeakingState.REQUESTED) {
            p.add(new FieldProblem(null, "The request to speak has already been " + state.label().toLowerCase()));
            return p;
        }
        if (grant == null) {
            p.add(new FieldProblem("grant", "Select whether the request to speak is granted or refused"));
        } else if (!grant) {
            reason(p, reason, "Enter why the request to speak is refused");
        } else if (reason != null && reason.length() > MAX_REASON) {
            p.add(new FieldProblem("reason", "The reasons must be " + MAX_REASON + " characters or fewer"));
        }
        return p;
    }

    /**
     * Counts the requests of one kind made at the meetings the rows come from (nominations and attendance by right
     * are not requests; withdrawn and lapsed requests are not counted as made).
     */
    public static AttendanceFigures.Tally tally(List<FigureRow> rows, RequestKind kind) {
        int made = 0;
        int confirmed = 0;
        int declined = 0;
        int substituted = 0;
        int nominated = 0;
        int awaiting = 0;
        int shortNotice = 0;
        for (FigureRow r : rows) {
            if (r.nominee() || r.kind() != kind || r.state() == RequestState.WITHDRAWN
                    || r.state() == RequestState.LAPSED) {
                continue;
            }
            made++;
            switch (r.state()) {
                case CONFIRMED -> confirmed++;
                case NOMINATED -> {
                    confirmed++;
                    nominated++;
                }
                case DECLINED -> declined++;
                default -> awaiting++;
            }
            if (r.substituted()) {
                substituted++;
            }
            if (r.shortNotice()) {
                shortNotice++;
            }
        }
        return new AttendanceFigures.Tally(made, confirmed, declined, substituted, nominated, awaiting, shortNotice);
    }

    /**
     * The figures for each cabinet member, chief officer and the chief executive: requests addressed to them, and
     * what became of them, and how often the register shows them present (also when nominated or by right).
     */
    public static List<AttendanceFigures.PersonFigures> people(List<FigureRow> rows) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, Reference> names = new LinkedHashMap<>();
        Map<Long, Capacity> capacities = new LinkedHashMap<>();
        for (FigureRow r : rows) {
            boolean request = !r.nominee() && r.kind() != RequestKind.BY_RIGHT && r.state() != RequestState.WITHDRAWN
                    && r.state() != RequestState.LAPSED;
            long asked = r.originalId() != null ? r.originalId() : r.personId();
            Capacity askedAs = r.originalId() != null ? r.originalCapacity() : r.capacity();
            if (request && askedAs != null && askedAs.followed()) {
                int[] c = counts.computeIfAbsent(asked, k -> new int[4]);
                names.putIfAbsent(asked, new Reference(asked, r.originalId() != null ? r.originalName() : r.personName()));
                capacities.put(asked, askedAs);
                c[0]++;
                if (r.state() == RequestState.DECLINED) {
                    c[2]++;
                }
                if (r.substituted() || r.state() == RequestState.NOMINATED) {
                    c[3]++;
                }
            }
            if (Boolean.TRUE.equals(r.attended()) && r.state() == RequestState.CONFIRMED && r.capacity().followed()) {
                int[] c = counts.computeIfAbsent(r.personId(), k -> new int[4]);
                names.putIfAbsent(r.personId(), new Reference(r.personId(), r.personName()));
                capacities.putIfAbsent(r.personId(), r.capacity());
                c[1]++;
            }
        }
        return counts.entrySet().stream()
                .map(e -> new AttendanceFigures.PersonFigures(names.get(e.getKey()), capacities.get(e.getKey()),
                        e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .sorted(Comparator.comparing((AttendanceFigures.PersonFigures f) -> f.capacity().ordinal())
                        .thenComparing(f -> f.person().name()))
                .toList();
    }

    /** The items among the rows whose confirmed executive attendees were all officers below head of service. */
    public static List<AttendanceFigures.JuniorOnlyItem> juniorOnlyItems(List<FigureRow> rows) {
        Map<Long, List<FigureRow>> byItem = new LinkedHashMap<>();
        rows.stream().filter(r -> r.itemId() != null && r.attending())
                .forEach(r -> byItem.computeIfAbsent(r.itemId(), k -> new ArrayList<>()).add(r));
        return byItem.values().stream()
                .filter(list -> juniorOnly(list.stream().map(FigureRow::capacity).toList()))
                .map(list -> list.get(0))
                .map(r -> new AttendanceFigures.JuniorOnlyItem(r.meetingId(), r.itemId(), r.meetingDate(),
                        r.committeeName(), r.itemTitle()))
                .sorted(Comparator.comparing(AttendanceFigures.JuniorOnlyItem::meetingDate)
                        .thenComparing(AttendanceFigures.JuniorOnlyItem::itemId))
                .toList();
    }

    /** The first day of the municipal year (1 April to 31 March) containing a day. */
    public static LocalDate yearStart(LocalDate day) {
        return LocalDate.of(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1, 4, 1);
    }

    private static boolean isOfficer(Capacity c) {
        return c == Capacity.CHIEF_EXECUTIVE || c == Capacity.CHIEF_OFFICER || c == Capacity.HEAD_OF_SERVICE
                || c == Capacity.OFFICER;
    }

    private static void meetingOpen(List<FieldProblem> p, MeetingStatus status) {
        if (status == MeetingStatus.CANCELLED) {
            p.add(new FieldProblem(null, "The meeting was cancelled"));
        } else if (status == MeetingStatus.HELD) {
            p.add(new FieldProblem(null, "The meeting has been held"));
        }
    }

    private static void reason(List<FieldProblem> p, String reason, String missing) {
        if (blank(reason)) {
            p.add(new FieldProblem("reason", missing));
        } else if (reason.length() > MAX_REASON) {
            p.add(new FieldProblem("reason", "The reason must be " + MAX_REASON + " characters or fewer"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
