package org.scrutineer.attendance.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.scrutineer.attendance.AttendanceNotice;
import org.scrutineer.attendance.AttendanceRequest;
import org.scrutineer.attendance.NoticeSection;
import org.scrutineer.attendance.RequestKind;
import org.scrutineer.directory.Person;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.Meeting;

/**
 * Writes the notice to attend and the briefing note for witnesses from the request, its meeting and its item, as
 * the practice guide recommends: clear aims and objectives for the session, what to expect, how to prepare, and
 * that a witness need not answer a question they could refuse to answer in court (LGA 2000 s9FA).
 */
public final class Notices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a");

    private Notices() {
    }

    /**
     * The facts a notice is written from.
     *
     * @param request the request (with what the person is asked to address and the questions expected)
     * @param meeting its meeting
     * @param item its item, with its aims and lines of questioning (never masked: the notice goes to the witness)
     * @param councilName the council
     * @param councilEmail Democratic Services' address, for when no scrutiny officer is listed
     * @param chair the committee's chair on the day (null when there is none)
     * @param contacts the scrutiny officers to contact
     * @param dated the day the notice is dated
     * @param path where the person replies in Scrutineer
     */
    public record Facts(AttendanceRequest request, Meeting meeting, AgendaItem item, String councilName,
            String councilEmail, String chair, List<Person> contacts, LocalDate dated, String path) {
    }

    /** The last day to reply: a week before the meeting, or the day of the notice if that is later. */
    public static LocalDate replyBy(LocalDate dated, LocalDate meetingDate) {
        LocalDate weekBefore = meetingDate.minusDays(7);
        return weekBefore.isAfter(dated) ? weekBefore : dated;
    }

    /** The notice and its briefing note. */
    public static AttendanceNotice write(Facts f) {
        AttendanceRequest r = f.request();
        Meeting m = f.meeting();
        AgendaItem item = f.item();
        LocalDate replyBy = replyBy(f.dated(), m.date());
        String when = m.date().format(DAY) + " at " + m.startsAt().format(TIME).toLowerCase() + ", " + m.place();
        String about = "item " + item.number() + ", " + item.title();
        String heading = r.nominee() ? "Nominated to attend" : r.kind().label();
        String subject = heading + ": " + m.committeeName() + ", " + m.date().format(DateTimeFormatter
                .ofPattern("d MMMM yyyy")) + " – item " + item.number() + ": " + item.title();

        List<NoticeSection> sections = new ArrayList<>();
        List<String> asking = new ArrayList<>();
        if (r.nominee()) {
            asking.add((r.nominatedBy() == null ? "Your chief officer" : r.nominatedBy().name())
                    + " has nominated you to attend the meeting of the " + m.committeeName() + " of "
                    + f.councilName() + " on " + when + ", to help the committee with " + about + ".");
        } else if (r.kind() == RequestKind.REQUIREMENT) {
            asking.add("The " + m.committeeName() + " of " + f.councilName() + " requires you to attend its meeting on "
                    + when + ", to answer the committee's questions on " + about + ".");
            asking.add("Under section 9FA of the Local Government Act 2000 an overview and scrutiny committee may "
                    + "require members of the executive and officers of the authority to attend before it and answer "
                    + "questions, and it is their duty to comply.");
        } else {
            asking.add("The " + m.committeeName() + " of " + f.councilName() + " invites you to attend its meeting on "
                    + when + ", to help the committee with " + about + ".");
            asking.add("You are not obliged to attend, but the committee would value your contribution.");
        }
        if (r.address() != null) {
            asking.add("You are asked to address: " + r.address());
        }
        sections.add(new NoticeSection(heading, asking, List.of()));

        List<String> aims = new ArrayList<>();
        if (item.withheld()) {
            aims.add("The session's aims are exempt information (Local Government Act 1972, Schedule 12A) and are "
                    + "withheld from you.");
        } else if (item.aims() != null) {
            aims.add(item.aims());
            if (item.aimsAgreedOn() != null) {
                aims.add("These aims were agreed on " + item.aimsAgreedOn().format(DAY)
                        + (item.aimsAgreedWith() == null ? "" : " with " + item.aimsAgreedWith()) + ".");
            }
        } else {
            aims.add("The aims of the session have not yet been set. The scrutiny officer will send them to you once "
                    + "they are agreed with the cabinet member and officers concerned.");
        }
        sections.add(new NoticeSection("The session's aims and objectives", aims, List.of()));
        if (item.linesOfQuestioning() != null) {
            sections.add(new NoticeSection("Key lines of questioning", List.of(item.linesOfQuestioning()), List.of()));
        }
        if (r.questions() != null) {
            sections.add(new NoticeSection("Questions you can expect", List.of(r.questions()), List.of()));
        }
        List<String> reply = new ArrayList<>();
        reply.add("Please reply by " + replyBy.format(DAY) + ": confirm that you will attend, or tell us why you "
                + "cannot." + (r.kind() == RequestKind.REQUIREMENT && !r.nominee()
                ? " If you cannot attend you may propose someone to attend in your place, with your reasons; the "
                        + "chair of the committee decides whether to accept them." : ""));
        reply.add("You can reply in Scrutineer at " + f.path() + ", or to the scrutiny officer named below.");
        sections.add(new NoticeSection("Your reply", reply, List.of()));

        List<NoticeSection> briefing = new ArrayList<>();
        briefing.add(new NoticeSection("What scrutiny is", List.of(
                "Overview and scrutiny is how councillors who are not members of the cabinet hold the council's "
                        + "executive to account, review the council's policies and services and those of its "
                        + "partners, and make recommendations to improve them.",
                "Scrutiny works best as a constructive challenge. The committee wants to understand what is "
                        + "happening and why, so that its recommendations are well founded: it is not there to catch "
                        + "anyone out."), List.of()));
        List<String> expect = new ArrayList<>();
        expect.add("The meeting is on " + when + "." + (f.chair() == null ? "" : " It is chaired by " + f.chair() + "."));
        expect.add("The chair introduces the item and may invite you to make brief opening remarks. Members then ask "
                + "their questions through the chair, following the lines of questioning above; the chair may ask you "
                + "to respond to points made in the discussion. Address your answers to the chair.");
        expect.add(item.inPrivate()
                ? "This item is to be taken in private: the public will be asked to leave while it is discussed "
                        + "(Local Government Act 1972, Schedule 12A, paragraph " + item.exemptParagraph() + ")."
                : "The meeting is open to the public, and what you say forms part of the public record.");
        expect.add("At the end of the item the committee may agree recommendations to the executive. They are "
                + "recorded in the minutes, and the executive must respond to them within two months.");
        briefing.add(new NoticeSection("What to expect at the meeting", expect, List.of()));
        briefing.add(new NoticeSection("Answering questions", List.of(
                (r.kind() == RequestKind.REQUIREMENT ? "Although you are required to attend, you" : "You")
                        + " need not answer any question that you would be entitled to refuse to answer in, or for "
                        + "the purposes of, proceedings in a court in England and Wales (Local Government Act 2000 "
                        + "s9FA).",
                "If you do not know an answer, say so and offer to write to the committee afterwards: the scrutiny "
                        + "officer records what you undertake to provide."), List.of()));
        List<String> prepare = new ArrayList<>();
        prepare.add("Read the session's aims and the lines of questioning above, and the report for the item"
                + (item.purpose() == null ? "." : ": " + item.purpose()));
        prepare.add("Bring the figures and facts you expect to be asked about. A short written briefing sent to the "
                + "scrutiny officer a week before the meeting helps members to prepare.");
        prepare.add("Tell the scrutiny officer if you think someone else is better placed to answer the committee's "
                + "questions, if you plan to bring a colleague, or if you need any adjustments to take part.");
        briefing.add(new NoticeSection("How to prepare", List.of(), prepare));
        List<String> contacts = f.contacts().stream().map(p -> p.fullName()
                + (p.postTitle() == null ? "" : ", " + p.postTitle())
                + (p.email() == null ? "" : ", " + p.email()) + (p.phone() == null ? "" : ", " + p.phone())).toList();
        briefing.add(new NoticeSection("Who to contact", contacts.isEmpty()
                ? List.of("Democratic Services" + (f.councilEmail() == null ? "" : ", " + f.councilEmail()) + ".")
                : List.of("For anything about the meeting or this notice, contact the scrutiny team:"), contacts));
        return new AttendanceNotice(subject, r.person().name(), f.dated(), replyBy, sections, briefing);
    }
}
