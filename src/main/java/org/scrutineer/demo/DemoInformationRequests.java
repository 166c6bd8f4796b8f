package org.scrutineer.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.Role;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonId;
import org.scrutineer.documents.DocumentUpload;
import org.scrutineer.inforequests.InformationRequest;
import org.scrutineer.inforequests.InformationRequestId;
import org.scrutineer.inforequests.InformationRequestManagement;
import org.scrutineer.inforequests.Outcome;
import org.scrutineer.inforequests.QuarterlyReport;
import org.scrutineer.inforequests.RefusalGround;
import org.scrutineer.inforequests.RequestDetails;
import org.scrutineer.inforequests.RequestedAs;
import org.scrutineer.inforequests.ResponseDetails;
import org.springframework.stereotype.Component;

/**
 * The demo council's information requests, one in each state, dated relative to today so that every demo day shows
 * one waiting, one overdue and escalated, one answered late; and the Children and Young People committee's two
 * standing quarterly reports, one quarter of which has not come. Everything goes through
 * {@link InformationRequestManagement} as the people who would do it (the member or chair asking, the Strategic
 * Director answering and attaching the documents provided, the scrutiny officer keeping the arrangements), so the
 * demo also exercises the permissions.
 * <ul>
 *   <li>Agency social workers (member): received two days ago.</li>
 *   <li>Placement sufficiency strategy (member): acknowledged.</li>
 *   <li>School exclusions (member): clarification sought, the clock stopped.</li>
 *   <li>Short breaks spend (committee, by the chair): provided on time, with a public spreadsheet.</li>
 *   <li>Foster carer recruitment (member): provided late, with public figures and exempt exit interview notes
 *       (Schedule 12A paragraph 1) that the public see as their summary.</li>
 *   <li>SEND transport contract (member): partly provided, the contract prices withheld with reasons.</li>
 *   <li>Legal advice on an academy transfer (member): refused, with the ground and written reasons.</li>
 *   <li>Children's centre footfall (member): overdue and escalated to the Strategic Director.</li>
 *   <li>Youth service staffing (member): withdrawn.</li>
 *   <li>Bus service subsidies (Place committee, by its chair): provided on time.</li>
 * </ul>
 */
@Component
class DemoInformationRequests {

    /** The two quarterly reports the Children and Young People committee receives. */
    static final String PERFORMANCE_REPORT = "Quarterly performance report: children's services";
    static final String BUDGET_REPORT = "Quarterly budget monitoring report: children's services";

    /** The committees and people the requests involve. */
    record Cast(CommitteeId children, CommitteeId place, PersonId childrenChair, PersonId childrenMember,
            PersonId placeChair, PersonId childrenDirector, PersonId placeDirector, PersonId scrutinyOfficer) {
    }

    private final InformationRequestManagement m;
    private final DirectoryManagement directory;

    DemoInformationRequests(InformationRequestManagement requests, DirectoryManagement directory) {
        this.m = requests;
        this.directory = directory;
    }

    void load(Cast cast) {
        LocalDate today = m.today();
        Actor member = person(cast.childrenMember(), Role.SCRUTINY_MEMBER, Role.COUNCILLOR);
        Actor chair = person(cast.childrenChair(), Role.SCRUTINY_CHAIR, Role.SCRUTINY_MEMBER, Role.COUNCILLOR);
        Actor director = person(cast.childrenDirector(), Role.CHIEF_OFFICER, Role.OFFICER);

        ask(member, cast, "To test the claim in the workforce report that agency use is falling.",
                "The number of agency social workers in each team at the end of each month this year, and what "
                        + "they cost compared with permanent staff.",
                "Item 5: workforce in children's social care", today.minusDays(2));

        InformationRequestId placements = ask(member, cast,
                "The review needs to see what the council plans before it recommends anything.",
                "The current placement sufficiency strategy and the action plan that goes with it.",
                "The review of children's social care placements", today.minusDays(5));
        m.acknowledge(director, placements, v(placements), today.minusDays(4));

        InformationRequestId exclusions = ask(member, cast,
                "Members have heard that exclusions are concentrated in a few schools.",
                "Figures for school exclusions by school.",
                "Item 7: inclusion and exclusions", today.minusDays(8));
        m.acknowledge(director, exclusions, v(exclusions), today.minusDays(7));
        m.seekClarification(director, exclusions, v(exclusions), "Do you want permanent exclusions only, or "
                + "suspensions too, and for which years? Figures for small schools may have to be combined to "
                + "protect pupils.",
                today.minusDays(6));

        InformationRequestId shortBreaks = ask(chair, RequestedAs.COMMITTEE, cast.children(), cast.childrenChair(),
                cast.childrenDirector(), "Parents told the review that breaks have been cut; the committee needs "
                        + "the figures.",
                "Spending on short breaks for disabled children in each of the last three years, by type of break.",
                "The review of short breaks for disabled children", today.minusDays(40));
        m.acknowledge(director, shortBreaks, v(shortBreaks), today.minusDays(39));
        provide(director, shortBreaks, "Short breaks spend by type of break, 2023/24 to 2025/26",
                "short-breaks-spend.csv", "Type of break,2023/24,2024/25,2025/26\nOvernight,812000,798000,765000\n"
                        + "Day care,455000,471000,468000\nDirect payments,390000,402000,436000\n",
                null, today.minusDays(33));
        m.respond(director, shortBreaks, v(shortBreaks), new ResponseDetails(Outcome.PROVIDED, "The spending table "
                + "is attached, with a note on the change in how overnight breaks were counted in 2024.", null, null,
                today.minusDays(33)));

        InformationRequestId fostering = ask(member, cast, "The annual report gives no figures for carers leaving.",
                "How many foster carers were approved and how many left in each of the last two years, and the "
                        + "reasons given for leaving.",
                "Item 4: fostering service annual report", today.minusDays(60));
        provide(director, fostering, "Foster carers approved and leaving, 2024/25 and 2025/26",
                "foster-carers.csv", "Year,Approved,Left\n2024/25,21,26\n2025/26,18,24\n", null, today.minusDays(30));
        provide(director, fostering, "Exit interview notes, foster carers who left in 2025/26", "exit-interviews.txt",
                "Notes of exit interviews with named foster carers.\n", new DocumentUpload(null, "EXEMPT", 1,
                        "The notes identify individual carers and what they said in confidence; the committee's "
                                + "members see them, and the public interest lies in the figures, which are public.",
                        "Notes of exit interviews with the foster carers who left in 2025/26, withheld because they "
                                + "identify individual carers. The figures for carers approved and leaving are "
                                + "public."), today.minusDays(30));
        m.respond(director, fostering, v(fostering), new ResponseDetails(Outcome.PROVIDED, "The figures are "
                + "attached. Reasons for leaving are from exit interviews, which 70% of carers gave.", null, null,
                today.minusDays(30)));

        InformationRequestId transport = ask(member, cast,
                "Parents have complained about journey times; the review wants to see what the contract requires.",
                "The contract for home to school transport for children with special educational needs, including "
                        + "the prices paid per route.",
                "The review of home to school transport", today.minusDays(25));
        m.acknowledge(director, transport, v(transport), today.minusDays(24));
        m.respond(director, transport, v(transport), new ResponseDetails(Outcome.PARTLY_PROVIDED, "The contract's "
                + "terms and service specification are attached.", RefusalGround.EXEMPT_NOT_RELEVANT,
                "The prices per route are commercially sensitive (Schedule 12A paragraph 3) and the review is "
                        + "about eligibility and journey times, not what routes cost, so they are not relevant to "
                        + "it. The total cost of the contract is in the annual budget.", today.minusDays(18)));

        InformationRequestId academy = ask(member, cast,
                "The transfer affects the number of school places in Northfield.",
                "The legal advice the council received on the transfer of Northfield Primary to an academy trust.",
                "Item 3: school place planning", today.minusDays(20));
        m.respond(director, academy, v(academy), new ResponseDetails(Outcome.REFUSED, null,
                RefusalGround.EXEMPT_NOT_RELEVANT, "The advice is legally privileged (Schedule 12A paragraph 5) "
                        + "and concerns a land transfer that is not an action or decision the committee is "
                        + "reviewing, nor part of a review in its work programme. The decision on the transfer is "
                        + "published in the forward plan.",
                today.minusDays(12)));

        InformationRequestId footfall = ask(member, cast,
                "To see which centres are used before the family hubs are set up.",
                "Visits to each children's centre in each month of the last year.",
                "Item 6: early help and family hubs", today.minusDays(30));
        InformationRequest overdue = m.request(Actor.SYSTEM, footfall);
        LocalDate escalatedOn = overdue.due().plusDays(1);
        m.escalate(footfall, escalatedOn.isAfter(today) ? today : escalatedOn);

        InformationRequestId youth = ask(member, cast, "To understand how many youth workers the service has.",
                "A structure chart of the youth service.", "Item 8: youth provision", today.minusDays(15));
        m.withdraw(member, youth, v(youth), "The structure chart is in the report for the next meeting.");

        Actor placeChair = person(cast.placeChair(), Role.SCRUTINY_CHAIR, Role.SCRUTINY_MEMBER, Role.COUNCILLOR);
        InformationRequestId buses = ask(placeChair, RequestedAs.CHAIR, cast.place(), cast.placeChair(),
                cast.placeDirector(), "The review is looking at which routes to protect.",
                "Which bus routes the council subsidises, what each costs and how many passengers each carries.",
                "The review of bus services", today.minusDays(35));
        m.respond(person(cast.placeDirector(), Role.CHIEF_OFFICER, Role.OFFICER), buses, 0, new ResponseDetails(
                Outcome.PROVIDED, "The table of subsidised routes is attached.", null, null, today.minusDays(29)));

        arrangements(cast, today);
    }

    /** Two standing reports from a year ago: every quarter's budget report came, the latest performance report not. */
    private void arrangements(Cast cast, LocalDate today) {
        Actor officer = person(cast.scrutinyOfficer(), Role.SCRUTINY_OFFICER, Role.OFFICER);
        Long directorate = directory.requirePerson(cast.childrenDirector()).directorate().id();
        long performance = m.addArrangement(officer, cast.children().value(), PERFORMANCE_REPORT, directorate,
                cast.childrenDirector().value(), 45, today.minusYears(1));
        long budget = m.addArrangement(officer, cast.children().value(), BUDGET_REPORT, directorate,
                cast.childrenDirector().value(), 30, today.minusYears(1));
        List<QuarterlyReport> due = m.quarterlyReports(cast.children().value()).stream()
                .filter(q -> q.expectedOn().isBefore(today)).toList();
        for (QuarterlyReport q : due) {
            if (q.arrangement().id() == budget) {
                m.recordReceipt(officer, budget, q.quarterStart(), q.expectedOn().minusDays(2), null);
            }
        }
        List<QuarterlyReport> performanceDue = due.stream().filter(q -> q.arrangement().id() == performance).toList();
        // newest first: the latest quarter's report has not come
        for (int i = 1; i < performanceDue.size(); i++) {
            QuarterlyReport q = performanceDue.get(i);
            m.recordReceipt(officer, performance, q.quarterStart(), q.expectedOn().plusDays(i == 1 ? 9 : 0),
                    i == 1 ? "Came late: the new performance system was being set up." : null);
        }
    }

    /** A member of the Children and Young People committee asks its Strategic Director, for themselves. */
    private InformationRequestId ask(Actor member, Cast cast, String why, String what, String relatesTo,
            LocalDate receivedOn) {
        return ask(member, RequestedAs.MEMBER, cast.children(), member.person(), cast.childrenDirector(), why, what,
                relatesTo, receivedOn);
    }

    private InformationRequestId ask(Actor who, RequestedAs as, CommitteeId committee, PersonId requestedBy,
            PersonId officer, String why, String what, String relatesTo, LocalDate receivedOn) {
        return m.create(who, new RequestDetails(committee.value(), requestedBy.value(), as, null, relatesTo, what,
                why, null, officer.value(), receivedOn));
    }

    /** The director attaches a document to the request on a day: public, or as the classification given. */
    private void provide(Actor director, InformationRequestId id, String title, String fileName, String text,
            DocumentUpload classification, LocalDate on) {
        DocumentUpload upload = classification == null ? new DocumentUpload(title, "PUBLIC", null, null, null)
                : new DocumentUpload(title, classification.classification(), classification.paragraph(),
                        classification.publicInterestReason(), classification.publicSummary());
        m.attach(director, id, upload, fileName, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), on);
    }

    private int v(InformationRequestId id) {
        return m.request(Actor.SYSTEM, id).version();
    }

    private Actor person(PersonId id, Role... roles) {
        return new Actor(id, directory.requirePerson(id).fullName(), Set.of(roles), false);
    }
}
