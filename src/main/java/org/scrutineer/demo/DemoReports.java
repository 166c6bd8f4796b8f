package org.scrutineer.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.scrutineer.accounts.Role;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.directory.PersonId;
import org.scrutineer.accounts.Actor;
import org.scrutineer.recommendations.Addressee;
import org.scrutineer.recommendations.Approval;
import org.scrutineer.recommendations.CommentKind;
import org.scrutineer.recommendations.Progress;
import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.RecommendationDetails;
import org.scrutineer.recommendations.RecommendationId;
import org.scrutineer.recommendations.RecommendationManagement;
import org.scrutineer.recommendations.ReportDetails;
import org.scrutineer.recommendations.ReportId;
import org.scrutineer.recommendations.ResponseDecision;
import org.scrutineer.recommendations.ResponseDetails;
import org.scrutineer.recommendations.ResponseField;
import org.scrutineer.recommendations.ReviewOutcome;
import org.scrutineer.recommendations.SharePurpose;
import org.scrutineer.recommendations.UpdateDetails;

/**
 * The demo council's scrutiny reports, one in each state of the workflow, dated relative to today so that every
 * demo day shows a response overdue, one coming up, a slipped action and one awaiting sign-off. Everything goes
 * through {@link RecommendationManagement}: the scrutiny officer's steps as the system, and the comments,
 * responses, updates and reviews as the people who would make them, so the demo also exercises the permissions.
 * <ul>
 *   <li>Fly-tipping enforcement (Place): a draft.</li>
 *   <li>Children's social care placements (Children): shared in draft with the cabinet member and chief officer,
 *       who have each commented.</li>
 *   <li>Hospital discharge delays (the task-and-finish group): agreed, notice not yet served.</li>
 *   <li>Home to school transport (Children, to the transport and finance portfolios): notice served more than two
 *       months ago, no response: overdue.</li>
 *   <li>Support for young carers (Children): notice served, not yet due, response drafted by the chief officer
 *       and awaiting the cabinet member's approval.</li>
 *   <li>Waiting times for education, health and care plans (Children): responded on time (accepted, partially
 *       accepted, rejected, deferred); one action slipped, one achieved awaiting sign-off, one signed off.</li>
 *   <li>Damp and mould in council homes (Place): responded late, by cabinet; one action slipped.</li>
 *   <li>Town centre regeneration (Place): responded on time, with an exempt recommendation (Schedule 12A
 *       paragraph 3) whose public summary is shown instead; one recommendation signed off.</li>
 * </ul>
 */
final class DemoReports {

    private static final DateTimeFormatter MEETING = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The committees and people the reports involve. */
    record Cast(CommitteeId children, CommitteeId health, CommitteeId place, CommitteeId discharge,
            PersonId childrenChair, PersonId placeChair, Map<String, Long> portfolios) {
    }

    private final RecommendationManagement m;
    private final DirectoryManagement directory;
    private final Cast cast;
    private final LocalDate today;

    DemoReports(RecommendationManagement recommendations, DirectoryManagement directory, Cast cast) {
        this.m = recommendations;
        this.directory = directory;
        this.cast = cast;
        this.today = recommendations.today();
    }

    void load() {
        flyTipping();
        placements();
        hospitalDischarge();
        homeToSchoolTransport();
        youngCarers();
        educationHealthAndCarePlans();
        dampAndMould();
        townCentre();
    }

    // --- the reports ---------------------------------------------------------------------------------------------

    private void flyTipping() {
        ReportId id = report(cast.place(), "Fly-tipping enforcement",
                "How the council prevents, investigates and prosecutes fly-tipping, after reported incidents rose by "
                        + "28% in two years.",
                "The committee heard from the Head of Waste and Street Scene, the Head of Regulatory Services, Anytown "
                        + "Homes and two parish councils, and visited the five wards with the most incidents.");
        String environment = "Environment and Climate";
        recommend(id, environment, "Set the fixed penalty for fly-tipping at the £1,000 maximum, with a reduction "
                + "for payment within ten days, and publish the number of penalties issued each quarter.");
        recommend(id, environment, "Move the six redeployable CCTV cameras between the ten hotspots identified in "
                + "this review every quarter, and report the prosecutions that follow.");
        partner(id, "Anytown Homes (housing association)", "Hold a bulky waste amnesty day each quarter on the five "
                + "estates with the most fly-tipping, publicised to every tenant.");
        recommend(id, environment, "Review the charge for collecting bulky waste, including a free collection each "
                + "year for households receiving council tax support.");
    }

    private void placements() {
        ReportId id = report(cast.children(), "Children's social care placements",
                "Why more children are placed outside Anytown, why residential placements cost more each year, and "
                        + "what the council can do about both.",
                "One in three children in care is placed more than 20 miles from Anytown. The average weekly cost of "
                        + "an external residential placement has risen from £4,900 to £6,300 in three years.");
        String children = "Children and Young People";
        RecommendationId fostering = recommend(id, children, "Recruit 40 more of the council's own foster carers over "
                + "three years, with a campaign aimed at Anytown's own communities.");
        RecommendationId home = recommend(id, children, "Open a second council-run children's home in Anytown.");
        recommend(id, children, "Report to the committee twice a year the number of children placed more than 20 "
                + "miles from Anytown, with the reason for each.");
        recommend(id, "Deputy Leader; Finance and Resources", "Join the regional commissioning framework for "
                + "residential placements to improve their price and quality.");
        recommend(id, children, "Make sure every child placed outside Anytown is visited by their social worker at "
                + "least every six weeks.");
        Portfolio portfolio = portfolio(children);
        m.shareDraft(Actor.SYSTEM, id, List.of(portfolio.holder().id(), portfolio.leadOfficer().id()),
                SharePurpose.COMMENT);
        m.comment(chiefOfficer(portfolio), id, fostering, CommentKind.FACTUAL_ACCURACY, "Paragraph 3.2 says the "
                + "council has 62 fostering households. At 31 March it had 71, including 9 connected carers.");
        m.comment(cabinetMember(portfolio), id, home, CommentKind.FEASIBILITY, "A second home needs about £1.8m of "
                + "capital that is not in the capital programme. I suggest the committee asks for a business case "
                + "to cabinet by September rather than a commitment to open one.");
    }

    private void hospitalDischarge() {
        ReportId id = report(cast.discharge(), "Hospital discharge delays",
                "Why people medically fit to leave Anytown General Hospital wait there, and what the council and the "
                        + "NHS can do together to bring them home sooner.",
                "On an average day in the review period 46 people at Anytown General Hospital were medically fit for "
                        + "discharge but still in hospital; 60% of them were waiting for home care or a care home place.");
        String adults = "Adult Social Care and Health";
        recommend(id, adults, "Commission 20 more step-down beds for people leaving hospital who cannot yet go home.");
        partner(id, "Anytown and District NHS Foundation Trust", "Set up a joint discharge team with the council, "
                + "working seven days a week.");
        recommend(id, adults, "Publish each week the number of people medically fit for discharge and the reasons "
                + "they are waiting.");
        recommend(id, "Deputy Leader; Finance and Resources", "Raise the hourly rate paid for home care to the "
                + "regional average, to recruit and keep care workers.");
        recommend(id, adults, "Offer every unpaid carer a carer's assessment before the person they care for "
                + "leaves hospital.");
        LocalDate agreed = today.minusDays(5);
        m.agree(Actor.SYSTEM, id, agreed, "Health and Adult Social Care Overview and Scrutiny Committee, "
                + agreed.format(MEETING), requiredFields());
    }

    private void homeToSchoolTransport() {
        ReportId id = report(cast.children(), "Home to school transport",
                "The cost and reliability of transport to school for children with special educational needs, "
                        + "after the budget was overspent by £2.1m.",
                "The council spends £9.4m a year taking 1,150 children to school, 640 of them with SEND. Parents told "
                        + "the committee about missed pick-ups and changes of driver without notice.");
        String transport = "Transport and Highways";
        recommend(id, transport, "Publish the home to school transport policy by 31 May each year, in time for "
                + "parents choosing schools.");
        recommend(id, transport, "Retender the SEND taxi contracts in smaller lots so that local operators can bid, "
                + "with quality standards for passenger assistants.");
        recommend(id, transport, "Offer independent travel training to every young person with SEND aged 14 or over "
                + "for whom it is suitable.");
        recommend(id, "Deputy Leader; Finance and Resources", "Report the cost of home to school transport to the "
                + "committee each quarter against its budget.");
        LocalDate agreed = today.minusDays(70);
        m.agree(Actor.SYSTEM, id, agreed, meeting("Children and Young People Overview and Scrutiny Committee", agreed),
                requiredFields());
        m.serveNotice(Actor.SYSTEM, id, today.minusDays(66));
        m.publish(Actor.SYSTEM, id, today.minusDays(65));
    }

    private void youngCarers() {
        ReportId id = report(cast.children(), "Support for young carers",
                "How schools, the council and health services find and support children who care for a family "
                        + "member.",
                "The 2021 census counted 410 young carers in Anytown; the council's young carers service knows 160.");
        String children = "Children and Young People";
        recommend(id, children, "Ask every school to name a young carers lead and to record young carers on its "
                + "pupil records.");
        recommend(id, children, "Give every young carer known to the council a young carer's card recognised by "
                + "schools, GP surgeries and pharmacies.");
        recommend(id, "Adult Social Care and Health", "Include the needs of any young carer in every adult social "
                + "care assessment of the person they care for.");
        recommend(id, children, "Fund two more young carers' support workers from the public health grant.");
        LocalDate agreed = today.minusDays(28);
        m.agree(Actor.SYSTEM, id, agreed, meeting("Children and Young People Overview and Scrutiny Committee", agreed),
                requiredFields());
        m.serveNotice(Actor.SYSTEM, id, today.minusDays(25));
        List<Recommendation> recs = m.recommendationsOf(Actor.SYSTEM, id);
        Portfolio portfolio = portfolio(children);
        m.saveResponse(chiefOfficer(portfolio), id, "The executive welcomes the committee's work and accepts most of "
                + "its recommendations.", List.of(
                        accepted(recs.get(0), "Write to every head teacher and add a young carers lead to the schools' "
                                + "safeguarding checklist.", today.plusMonths(4)),
                        accepted(recs.get(1), "Launch the card with the young carers' forum.", today.plusMonths(6)),
                        partly(recs.get(2), "Young carers' needs will be recorded, but a full assessment for every "
                                + "child would need 1.5 more social workers.", "Add a young carers question to "
                                + "the adult social care assessment form.", today.plusMonths(3)),
                        decision(recs.get(3), ResponseDecision.DEFERRED, "The public health grant for next year is "
                                + "not yet known; the cabinet member will decide in the budget in February.")));
    }

    private void educationHealthAndCarePlans() {
        ReportId id = report(cast.children(), "Waiting times for education, health and care plans",
                "Why only 38% of new education, health and care plans are issued within the 20 weeks the law allows, "
                        + "and how the council will catch up.",
                "The committee met parents, two special schools and the SEND team, and compared Anytown with its "
                        + "statistical neighbours, where on average 52% of plans are issued within 20 weeks.");
        String children = "Children and Young People";
        recommend(id, children, "Recruit four more educational psychologists, using a market supplement if needed.");
        recommend(id, children, "Bring the backlog of overdue needs assessments down to none within a year.");
        recommend(id, children, "Give every family a single named caseworker from the request for an assessment to "
                + "the final plan.");
        recommend(id, "Deputy Leader; Finance and Resources", "Stop charging schools for the SEND advisory service.");
        recommend(id, children, "Open a SEND information centre in the town centre library.");
        LocalDate agreed = today.minusDays(170);
        m.agree(Actor.SYSTEM, id, agreed, meeting("Children and Young People Overview and Scrutiny Committee", agreed),
                requiredFields());
        m.serveNotice(Actor.SYSTEM, id, today.minusDays(167));
        m.publish(Actor.SYSTEM, id, today.minusDays(165));
        List<Recommendation> recs = m.recommendationsOf(Actor.SYSTEM, id);
        Portfolio portfolio = portfolio(children);
        Actor officer = chiefOfficer(portfolio);
        LocalDate given = today.minusDays(118);
        m.saveResponse(officer, id, "The executive accepts the committee's diagnosis and most of its remedies.",
                List.of(accepted(recs.get(0), "Advertise four posts with a market supplement of up to £5,000.",
                                given.plusDays(80)),
                        accepted(recs.get(1), "A recovery plan with an extra assessment team for nine months.",
                                given.plusDays(150)),
                        partly(recs.get(2), "A named caseworker for every family would need seven more posts; "
                                + "families of children with the most complex needs will have one.",
                                "Named caseworkers for the 150 families with the most complex needs.",
                                given.plusDays(100)),
                        decision(recs.get(3), ResponseDecision.REJECTED, "The service is paid for from the schools "
                                + "block; ending the charge would cut £240,000 from other support to schools."),
                        decision(recs.get(4), ResponseDecision.DEFERRED, "The library building is being surveyed; the "
                                + "cabinet member will decide when the survey reports in the spring.")));
        m.approveResponse(recordedFor(cabinetMember(portfolio)), id, Approval.CABINET_MEMBER, null, given);

        // Recruited: achieved and signed off by the committee, with the difference it made.
        m.postUpdate(officer, recs.get(0).id(), new UpdateDetails(today.minusDays(60), Progress.ACHIEVED, null, null,
                "Four educational psychologists started in September.", "Appointment letters; the SEND team's "
                        + "establishment list"));
        Actor chair = chair(cast.childrenChair());
        m.review(chair, recs.get(0).id(), today.minusDays(20), ReviewOutcome.SIGNED_OFF, "Assessments waiting for "
                + "psychological advice fell from 140 to 35, and plans issued within 20 weeks rose from 38% to 51%.");
        // The backlog: on track, then slipped with a new date and the reason.
        m.postUpdate(officer, recs.get(1).id(), new UpdateDetails(today.minusDays(75), Progress.ON_TRACK, null, null,
                "The extra assessment team started in August; the backlog fell from 210 to 160.", null));
        m.postUpdate(officer, recs.get(1).id(), new UpdateDetails(today.minusDays(15), Progress.SLIPPED,
                given.plusDays(240), "Requests for assessment rose by 30% in the autumn term, and two of the "
                        + "agency assessors left.", "The backlog is 120, down from 210.", null));
        m.review(chair, recs.get(1).id(), today.minusDays(12), ReviewOutcome.KEPT_OPEN, "The committee asked for a "
                + "monthly figure for the backlog until it is cleared.");
        // Named caseworkers: achieved, awaiting the committee's sign-off.
        m.postUpdate(officer, recs.get(2).id(), new UpdateDetails(today.minusDays(10), Progress.ACHIEVED, null, null,
                "All 150 families have a named caseworker.", "Caseworker allocation report for November"));
    }

    private void dampAndMould() {
        ReportId id = report(cast.place(), "Damp and mould in council homes",
                "How quickly the council finds and fixes damp and mould in its 6,800 homes, after the death of "
                        + "Awaab Ishak in Rochdale and the new legal timescales for landlords.",
                "Tenants reported 1,240 cases of damp and mould last year. The committee found that 1 in 5 repairs "
                        + "was not finished within the timescale the council had promised.");
        String housing = "Housing";
        recommend(id, housing, "Inspect every reported case of damp and mould within ten working days, and start "
                + "the repair within the timescale the law will require.");
        recommend(id, housing, "Survey the 900 homes built before 1950 for damp and mould by the end of the year.");
        recommend(id, housing, "Tell tenants in writing what will be done and when, after every inspection.");
        recommend(id, housing, "Give every tenant with a damp or mould problem a free dehumidifier.");
        LocalDate agreed = today.minusDays(150);
        m.agree(Actor.SYSTEM, id, agreed, meeting("Place and Economy Overview and Scrutiny Committee", agreed),
                requiredFields());
        m.serveNotice(Actor.SYSTEM, id, today.minusDays(148));
        m.publish(Actor.SYSTEM, id, today.minusDays(146));
        List<Recommendation> recs = m.recommendationsOf(Actor.SYSTEM, id);
        Portfolio portfolio = portfolio(housing);
        Actor officer = chiefOfficer(portfolio);
        LocalDate cabinet = today.minusDays(80);
        m.saveResponse(officer, id, "Cabinet accepted three of the four recommendations.", List.of(
                accepted(recs.get(0), "New damp and mould procedure with a dedicated inspection team.",
                        cabinet.plusDays(120)),
                accepted(recs.get(1), "Commission a stock condition survey of the pre-1950 homes.",
                        cabinet.plusDays(100)),
                accepted(recs.get(2), "New letter templates and a text message after each inspection.",
                        cabinet.plusDays(60)),
                decision(recs.get(3), ResponseDecision.REJECTED, "A dehumidifier treats the symptom, not the cause, "
                        + "and costs tenants about £200 a year to run; the money is better spent on ventilation and "
                        + "insulation.")));
        // Given by cabinet twelve days after the eight weeks: recorded as late.
        m.approveResponse(Actor.SYSTEM, id, Approval.CABINET, cabinet, null);
        m.postUpdate(officer, recs.get(0).id(), new UpdateDetails(today.minusDays(30), Progress.ON_TRACK, null, null,
                "The inspection team is recruited; 82% of inspections are now within ten working days.", null));
        m.postUpdate(officer, recs.get(1).id(), new UpdateDetails(today.minusDays(25), Progress.SLIPPED,
                cabinet.plusDays(220), "The survey contractor could not start until January.",
                "320 of the 900 homes surveyed.", null));
        m.postUpdate(officer, recs.get(2).id(), new UpdateDetails(today.minusDays(5), Progress.ACHIEVED, null, null,
                "Every inspection since September has been followed by a letter.", "Sample of 50 letters checked by "
                        + "the tenants' panel"));
    }

    private void townCentre() {
        ReportId id = m.createReport(Actor.SYSTEM, new ReportDetails(cast.place().value(), "Town centre regeneration",
                "Progress on the £23m town centre regeneration programme, three years in.",
                "The committee reviewed the programme's spending, the vacant units on the High Street and the "
                        + "council's negotiations to buy the Market Hall site from Castlegate Properties Ltd for no "
                        + "more than £4.2m.", 3,
                "The report includes the price the council is prepared to pay for the Market Hall site while "
                        + "negotiations continue. Disclosing it would prejudice the council's position, and the "
                        + "public interest in keeping it confidential until contracts are exchanged outweighs the "
                        + "public interest in disclosing it.",
                "Progress on the £23m town centre regeneration programme, three years in. Part of the report, about "
                        + "the proposed purchase of a town centre site, is exempt under paragraph 3 of Schedule 12A "
                        + "while negotiations continue."));
        String regeneration = "Regeneration and Economy";
        recommend(id, regeneration, "Offer six months' free rent on vacant council-owned units on the High Street to "
                + "independent businesses.");
        recommend(id, regeneration, "Publish a quarterly report on the programme's spending against its budget.");
        m.addRecommendation(Actor.SYSTEM, id, new RecommendationDetails("Complete the purchase of the Market Hall site "
                + "from Castlegate Properties Ltd for no more than £4.2m, and walk away if the price rises above it.",
                Addressee.EXECUTIVE, null, null, portfolio(regeneration).id(), true, "A recommendation on the price "
                        + "for a proposed purchase of a town centre site (exempt: Schedule 12A paragraph 3)."));
        recommend(id, "Transport and Highways", "Extend free parking after 3pm in the council's town centre car parks "
                + "to every weekday.");
        LocalDate agreed = today.minusDays(130);
        m.agree(Actor.SYSTEM, id, agreed, meeting("Place and Economy Overview and Scrutiny Committee", agreed),
                requiredFields());
        m.serveNotice(Actor.SYSTEM, id, today.minusDays(127));
        m.publish(Actor.SYSTEM, id, today.minusDays(126));
        List<Recommendation> recs = m.recommendationsOf(Actor.SYSTEM, id);
        Portfolio portfolio = portfolio(regeneration);
        Actor officer = chiefOfficer(portfolio);
        LocalDate given = today.minusDays(75);
        m.saveResponse(officer, id, "The executive accepts the committee's recommendations, one of them in part.",
                List.of(accepted(recs.get(0), "A free-rent offer for up to eight units, advertised with the Chamber "
                                + "of Commerce.", given.plusDays(30)),
                        accepted(recs.get(1), "A quarterly spending report to cabinet and the committee.",
                                given.plusDays(200)),
                        accepted(recs.get(2), "Negotiate within the limit the committee set.", given.plusDays(150)),
                        partly(recs.get(3), "Free parking every weekday would cost £310,000 a year in lost income; "
                                + "it will be offered on Fridays as a trial.", "A six-month trial of free parking "
                                + "after 3pm on Fridays.", given.plusDays(190))));
        m.approveResponse(recordedFor(cabinetMember(portfolio)), id, Approval.CABINET_MEMBER, null, given);
        m.postUpdate(officer, recs.get(0).id(), new UpdateDetails(today.minusDays(45), Progress.ACHIEVED, null, null,
                "Five independent businesses have taken units.", "Lease register"));
        m.review(chair(cast.placeChair()), recs.get(0).id(), today.minusDays(30), ReviewOutcome.SIGNED_OFF, "Five of "
                + "the eight vacant council units on the High Street are open, with 14 new jobs.");
        m.postUpdate(officer, recs.get(1).id(), new UpdateDetails(today.minusDays(20), Progress.ON_TRACK, null, null,
                "The first quarterly report went to cabinet in October.", null));
        m.postUpdate(officer, recs.get(2).id(), new UpdateDetails(today.minusDays(20), Progress.ON_TRACK, null, null,
                "Heads of terms agreed within the limit; contracts expected in the new year.", null));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private ReportId report(CommitteeId committee, String title, String summary, String body) {
        return m.createReport(Actor.SYSTEM, new ReportDetails(committee.value(), title, summary, body, null, null,
                null));
    }

    /** A recommendation to the executive, under the portfolio with this title. */
    private RecommendationId recommend(ReportId report, String portfolioTitle, String text) {
        return m.addRecommendation(Actor.SYSTEM, report, new RecommendationDetails(text, Addressee.EXECUTIVE, null, null,
                portfolio(portfolioTitle).id(), false, null));
    }

    private RecommendationId partner(ReportId report, String body, String text) {
        return m.addRecommendation(Actor.SYSTEM, report, new RecommendationDetails(text, Addressee.PARTNER, null, body,
                null, false, null));
    }

    private Portfolio portfolio(String title) {
        Long id = cast.portfolios().get(title);
        if (id == null) {
            throw new IllegalStateException("No demo portfolio " + title);
        }
        return directory.requirePortfolio(id);
    }

    private Set<ResponseField> requiredFields() {
        List<ResponseField> fields = m.settings().defaultRequiredFields();
        return fields.isEmpty() ? EnumSet.noneOf(ResponseField.class) : EnumSet.copyOf(fields);
    }

    private static String meeting(String committee, LocalDate on) {
        return committee + ", " + on.format(MEETING);
    }

    /** The response to a recommendation accepted in full, owned by its portfolio's holder and lead officer. */
    private ResponseDetails accepted(Recommendation r, String action, LocalDate target) {
        return owned(r, ResponseDecision.ACCEPTED, null, action, target);
    }

    private ResponseDetails partly(Recommendation r, String reasons, String action, LocalDate target) {
        return owned(r, ResponseDecision.PARTIALLY_ACCEPTED, reasons, action, target);
    }

    private ResponseDetails owned(Recommendation r, ResponseDecision decision, String reasons, String action,
            LocalDate target) {
        Portfolio p = portfolio(r.portfolio().name());
        return new ResponseDetails(r.id().value(), decision, reasons, action, p.holder().id(), p.leadOfficer().id(),
                target, "Reported to the committee at its six-monthly review");
    }

    private static ResponseDetails decision(Recommendation r, ResponseDecision decision, String reasons) {
        return new ResponseDetails(r.id().value(), decision, reasons, null, null, null, null, null);
    }

    private Actor cabinetMember(Portfolio p) {
        return person(new PersonId(p.holder().id()), Role.CABINET_MEMBER, Role.COUNCILLOR);
    }

    private Actor chiefOfficer(Portfolio p) {
        return person(new PersonId(p.leadOfficer().id()), Role.CHIEF_OFFICER, Role.OFFICER);
    }

    private Actor chair(PersonId chair) {
        return person(chair, Role.SCRUTINY_CHAIR, Role.SCRUTINY_MEMBER, Role.COUNCILLOR);
    }

    private Actor person(PersonId id, Role... roles) {
        return new Actor(id, directory.requirePerson(id).fullName(), Set.of(roles), false);
    }

    /**
     * The application recording, for the demo's history, what a person did on an earlier day: a cabinet member's
     * own approval is dated the day they give it, so a past approval can only be entered on their behalf.
     */
    private static Actor recordedFor(Actor person) {
        return new Actor(person.person(), person.name(), person.roles(), true);
    }
}
