package org.scrutineer.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.Role;
import org.scrutineer.directory.Committee;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Membership;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.directory.Reference;
import org.scrutineer.forwardplan.CallIn;
import org.scrutineer.forwardplan.CallInGround;
import org.scrutineer.forwardplan.CallInOutcome;
import org.scrutineer.forwardplan.CallInRequest;
import org.scrutineer.forwardplan.DecisionDetails;
import org.scrutineer.forwardplan.DecisionId;
import org.scrutineer.forwardplan.DecisionMaker;
import org.scrutineer.forwardplan.DecisionRecordDetails;
import org.scrutineer.forwardplan.ForwardPlanManagement;
import org.scrutineer.forwardplan.KeyReason;
import org.scrutineer.forwardplan.UrgencyAgreedAs;

/**
 * The demo council's forward plan: an executive decision in every state, dated relative to the forward plan's today
 * so that every demo day shows a decision open to call-in, one called in, one referred back and so on. Everything goes
 * through {@link ForwardPlanManagement} as {@link Actor#SYSTEM} (Democratic Services keeping the forward plan), except
 * what a committee does — a call-in, a pre-decision scrutiny flag, a reg 18 report — which its chair does.
 * <ul>
 *   <li>SEND sufficiency strategy (Children): planned, not yet published.</li>
 *   <li>Highways maintenance term contract (Transport): on the forward plan, key by expenditure.</li>
 *   <li>Home to school transport policy (Children): key by its effect on every ward, flagged for pre-decision
 *       scrutiny by the Children and Young People O&amp;S Committee.</li>
 *   <li>Library e-book contract (Leader's portfolio): on the forward plan, not key.</li>
 *   <li>Local Authority Housing Fund grant (Housing): general exception, the Place chair told.</li>
 *   <li>Harbour sea wall repairs (Environment): special urgency agreed by the Place chair, exempt from call-in,
 *       effective.</li>
 *   <li>Temporary accommodation purchase (Housing): in private (paragraph 3) with both notices, representations and
 *       the response; taken, record not yet published.</li>
 *   <li>Care home fees (Adult Social Care): published, within its call-in window.</li>
 *   <li>Leisure management contract (Regeneration): effective, its call-in window closed.</li>
 *   <li>Evening parking charges (Transport): called in by the Place chair and two members, awaiting the committee.</li>
 *   <li>Subsidised bus routes (Transport): called in and referred back to the cabinet member.</li>
 *   <li>Garden waste charges (Environment): referred back, reconsidered and effective.</li>
 *   <li>Kingsmead leisure centre site (Finance): called in and referred to full council.</li>
 *   <li>Oakwood library closure (Leader's portfolio): withdrawn after consultation.</li>
 *   <li>Waste collection contract variation (Environment): taken as not key; the Place committee requires a reg 18
 *       report to council.</li>
 * </ul>
 */
final class DemoDecisions {

    private static final Actor SYSTEM = Actor.SYSTEM;

    private final ForwardPlanManagement fp;
    private final DirectoryManagement directory;
    private final LocalDate today;
    private final Map<String, Portfolio> portfolios;
    private final Map<String, Long> wards;
    private final Committee children;
    private final Committee place;

    DemoDecisions(ForwardPlanManagement forwardPlan, DirectoryManagement directory) {
        this.fp = forwardPlan;
        this.directory = directory;
        this.today = forwardPlan.today();
        this.portfolios = directory.portfolios(false).stream()
                .collect(Collectors.toMap(Portfolio::title, Function.identity()));
        this.wards = directory.wards().stream().collect(Collectors.toMap(Reference::name, Reference::id));
        List<Committee> scrutiny = directory.committees(CommitteeKind.OVERVIEW_AND_SCRUTINY, false);
        this.children = named(scrutiny, "Children");
        this.place = named(scrutiny, "Place");
    }

    void load() {
        sendSufficiency();
        highwaysContract();
        homeToSchoolTransport();
        eBooks();
        housingFund();
        seaWall();
        temporaryAccommodation();
        careHomeFees();
        leisureContract();
        eveningParking();
        busRoutes();
        gardenWaste();
        kingsmeadSite();
        oakwoodLibrary();
        wasteContractVariation();
    }

    private void sendSufficiency() {
        fp.plan(SYSTEM, entry("Special educational needs and disabilities (SEND) sufficiency strategy 2027–2030",
                "A strategy for enough local specialist school places, including two new resourced provisions and the "
                        + "expansion of Greenhill special school.", "Children and Young People", DecisionMaker.CABINET,
                today.plusDays(84), true, Set.of(KeyReason.EXPENDITURE, KeyReason.WARDS), "6800000",
                List.of("Greenhill", "Northfield", "Millbrook"), "Scrutiny to be offered the draft strategy in the "
                        + "spring"));
    }

    private void highwaysContract() {
        DecisionId id = fp.plan(SYSTEM, entry("Award of the highways maintenance term contract 2027–2034",
                "Award of a seven-year contract for reactive repairs, resurfacing and winter maintenance, with an "
                        + "option to extend by three years.", "Transport and Highways", DecisionMaker.CABINET,
                today.plusDays(45), true, Set.of(KeyReason.EXPENDITURE), "24500000", List.of(),
                "The Place and Economy O&S Committee reviewed the specification in September"));
        fp.publishNotice(SYSTEM, id, today.minusDays(6));
    }

    private void homeToSchoolTransport() {
        DecisionId id = fp.plan(SYSTEM, entry("Home to school transport policy 2027/28",
                "Changes to discretionary transport for post-16 students and to the walking distance assessment, "
                        + "following public consultation.", "Children and Young People", DecisionMaker.CABINET,
                today.plusDays(52), true, Set.of(KeyReason.WARDS), null, List.copyOf(DemoCouncil.WARDS),
                "To be considered by the Children and Young People O&S Committee before cabinet"));
        fp.publishNotice(SYSTEM, id, today.minusDays(3));
        fp.flagForPreDecisionScrutiny(chair(children), id, children.id().value(), "The committee will consider the "
                + "consultation responses and the equality impact assessment at its next meeting, and report its "
                + "views to cabinet.");
    }

    private void eBooks() {
        DecisionId id = fp.plan(SYSTEM, entry("Renewal of the library service's e-book and e-audiobook contract",
                "A three-year renewal through the regional libraries consortium.",
                "Leader of the Council; Strategy and Partnerships", DecisionMaker.OFFICER, today.plusDays(30), false,
                Set.of(), "84000", List.of(), null));
        fp.publishNotice(SYSTEM, id, today.minusDays(2));
    }

    private void housingFund() {
        DecisionId id = fp.plan(SYSTEM, entry("Acceptance of Local Authority Housing Fund grant (round 4)",
                "Accepting £3.2m of Government grant, with £2.1m of council match funding, to buy homes for families "
                        + "resettled in Anytown.", "Housing", DecisionMaker.CABINET_MEMBER, today.plusDays(12), true,
                Set.of(KeyReason.EXPENDITURE), "5300000", List.of(), null));
        fp.useGeneralException(SYSTEM, id, chairOf(place).value(), today.minusDays(1), "The Government's grant offer "
                + "must be accepted by the end of the month or it lapses; the offer letter arrived after the forward "
                + "plan was published.");
    }

    private void seaWall() {
        DecisionId id = fp.plan(SYSTEM, entry("Emergency repairs to the Harbour sea wall",
                "Repairs to 120 metres of sea wall breached in the November storms, before the spring tides.",
                "Environment and Climate", DecisionMaker.CABINET_MEMBER, today.minusDays(8), true,
                Set.of(KeyReason.EXPENDITURE, KeyReason.WARDS), "1850000", List.of("Harbour", "Riverside"), null));
        fp.useSpecialUrgency(SYSTEM, id, chairOf(place).value(), UrgencyAgreedAs.SCRUTINY_CHAIR, today.minusDays(9),
                "The breached wall leaves 240 homes at risk of flooding at the next spring tide; the repair cannot "
                        + "wait 28 days.");
        decide(id, today.minusDays(8), "Appoint the council's civil engineering framework contractor to repair the "
                + "sea wall at a cost of up to £1.85m, funded from the flood defence reserve.", "The risk of flooding "
                + "to homes and businesses in Harbour and Riverside wards.", "Temporary flood barriers (rejected: "
                + "they would not withstand a spring tide); waiting for the Environment Agency's programme "
                + "(rejected: not before 2028).", "Urgent: the scrutiny chair agreed that the decision could not "
                + "wait and that call-in would harm the public interest (constitution, rule 16.10).");
        fp.publishRecord(SYSTEM, id, today.minusDays(7));
    }

    private void temporaryAccommodation() {
        DecisionDetails details = new DecisionDetails("Purchase of 40 homes for temporary accommodation",
                "Buying homes on the open market to reduce the use of bed and breakfast for homeless families.",
                DecisionMaker.CABINET, null, portfolio("Housing").id(), holder("Housing"), leadOfficer("Housing"),
                today.minusDays(1), true, Set.of(KeyReason.EXPENDITURE), new BigDecimal("9600000"), List.of(),
                "Cabinet report; exempt appendix with the purchase prices", "Housing Register applicants' forum",
                true, 3, "The exempt appendix sets out the prices the council is prepared to pay; disclosing them "
                        + "would prejudice its position in the negotiations.", null);
        DecisionId id = fp.plan(SYSTEM, details);
        fp.publishNotice(SYSTEM, id, today.minusDays(45));
        fp.recordPrivateNotices(SYSTEM, id, today.minusDays(45), today.minusDays(16), "Anytown Homes asked for the "
                + "whole item to be taken in public.", "The report is public; only the appendix with the prices is "
                + "exempt, and it will be considered in private.");
        decide(id, today.minusDays(1), "Buy up to 40 homes within the price limits in the exempt appendix, funded "
                + "by borrowing repaid from rents.", "Bed and breakfast costs £2.4m a year and is unsuitable for "
                + "families.", "Leasing homes from private landlords (rejected: costs more over ten years).", null);
    }

    private void careHomeFees() {
        DecisionId id = noticed(entry("Fees paid to care homes for older people from April 2027",
                "An increase in the fees paid to residential and nursing homes to reflect the National Living Wage.",
                "Adult Social Care and Health", DecisionMaker.CABINET_MEMBER, today.minusDays(2), true,
                Set.of(KeyReason.EXPENDITURE), "3400000", List.of(), null), 50);
        decide(id, today.minusDays(2), "Increase the fees paid to care homes by 6.2% from 7 April 2027.",
                "The increase covers providers' costs and keeps enough local places.", "A 4% increase (rejected: "
                        + "three providers said they would leave the market).", null);
        fp.publishRecord(SYSTEM, id, today.minusDays(1));
    }

    private void leisureContract() {
        DecisionId id = noticed(entry("Award of the leisure centres management contract",
                "A ten-year contract to run the council's four leisure centres.", "Regeneration and Economy",
                DecisionMaker.CABINET, today.minusDays(30), true, Set.of(KeyReason.EXPENDITURE, KeyReason.WARDS),
                "11200000", List.of("Kingsmead", "Eastgate", "Oakwood", "Abbey"), null), 70);
        decide(id, today.minusDays(30), "Award the contract to the highest-scoring bidder.", "Best value on quality "
                + "and price, with a guaranteed concession for residents on low incomes.", "Bringing the service in "
                + "house (rejected: higher cost and risk).", null);
        fp.publishRecord(SYSTEM, id, today.minusDays(29));
    }

    private void eveningParking() {
        DecisionId id = published(entry("Introduction of evening parking charges in Eastgate town centre",
                "Charging in council car parks from 6pm to 10pm.", "Transport and Highways",
                DecisionMaker.CABINET_MEMBER, today.minusDays(3), true, Set.of(KeyReason.SAVINGS, KeyReason.WARDS),
                "620000", List.of("Eastgate", "Castle"), null), "Charge £1.50 for parking in council car parks "
                + "between 6pm and 10pm from 1 February.");
        callIn(id, place, CallInGround.INADEQUATE_CONSULTATION, "Town centre traders and the night-time economy "
                + "were not consulted, and the effect on shift workers was not assessed.");
    }

    private void busRoutes() {
        DecisionId id = published(entry("Removal of the subsidy for bus routes 22 and 23",
                "Ending the council's subsidy for two evening and Sunday bus routes.", "Transport and Highways",
                DecisionMaker.CABINET_MEMBER, today.minusDays(4), true, Set.of(KeyReason.WARDS), null,
                List.of("Longmoor", "Millbrook", "Northfield"), null), "End the subsidy for routes 22 and 23 from "
                + "the April timetable change.");
        CallIn c = callIn(id, place, CallInGround.ALTERNATIVES_NOT_CONSIDERED, "Demand-responsive transport and a "
                + "reduced timetable were not considered.");
        fp.decideCallIn(chair(place), id, c.version(), CallInOutcome.REFERRED_BACK, today, "The committee asks the "
                + "cabinet member to consider a reduced evening timetable and demand-responsive transport before "
                + "ending the subsidy.", null);
    }

    private void gardenWaste() {
        DecisionId id = published(entry("Changes to garden waste collection charges",
                "Raising the annual charge and introducing a concession for residents on council tax support.",
                "Environment and Climate", DecisionMaker.CABINET, today.minusDays(5), true,
                Set.of(KeyReason.WARDS), null, List.copyOf(DemoCouncil.WARDS), null), "Raise the garden waste "
                + "charge to £58 a year from April.");
        CallIn c = callIn(id, place, CallInGround.DISPROPORTIONATE, "A 40% rise with no concession for residents "
                + "on low incomes.");
        fp.decideCallIn(chair(place), id, c.version(), CallInOutcome.REFERRED_BACK, today.minusDays(2),
                "Cabinet should consider a concession for residents receiving council tax support.", null);
        fp.reconsider(SYSTEM, id, today, "Raise the garden waste charge to £58 a year from April, with a 50% "
                + "concession for residents receiving council tax support.");
    }

    private void kingsmeadSite() {
        DecisionId id = published(entry("Disposal of the former Kingsmead leisure centre site",
                "Sale of the site for housing, with a share of affordable homes below the local plan's target.",
                "Deputy Leader; Finance and Resources", DecisionMaker.CABINET, today.minusDays(4), true,
                Set.of(KeyReason.SAVINGS), "4200000", List.of("Kingsmead"), null), "Sell the site to the "
                + "preferred bidder for £4.2m with 20% affordable housing.");
        CallIn c = callIn(id, place, CallInGround.OUTSIDE_POLICY_FRAMEWORK, "The local plan requires 30% "
                + "affordable housing on council land; the decision is contrary to the policy framework.");
        fp.decideCallIn(chair(place), id, c.version(), CallInOutcome.REFERRED_TO_COUNCIL, today.minusDays(1),
                "The committee believes the decision is contrary to the local plan's affordable housing policy.",
                today.plusDays(23));
    }

    private void oakwoodLibrary() {
        DecisionId id = fp.plan(SYSTEM, entry("Closure of Oakwood library", "Closing the branch library and "
                + "replacing it with a mobile library stop.", "Leader of the Council; Strategy and Partnerships",
                DecisionMaker.CABINET, today.plusDays(40), false, Set.of(), "95000", List.of("Oakwood"), null));
        fp.publishNotice(SYSTEM, id, today.minusDays(20));
        fp.withdraw(SYSTEM, id, fp.decision(SYSTEM, id).version(), "Withdrawn after the consultation: the parish "
                + "council has offered to run the library as a community library.");
    }

    private void wasteContractVariation() {
        DecisionId id = fp.plan(SYSTEM, entry("Variation of the waste collection contract for food waste",
                "Adding weekly food waste collections to the existing contract.", "Environment and Climate",
                DecisionMaker.OFFICER, today.minusDays(20), false, Set.of(), "450000",
                List.of("Abbey", "Brookside", "Castle", "Danesfield"), null));
        decide(id, today.minusDays(20), "Vary the contract to add weekly food waste collections from April.",
                "Food waste collections become a legal duty in April.", "A separate contract (rejected: more "
                        + "expensive).", null);
        fp.publishRecord(SYSTEM, id, today.minusDays(19));
        fp.requireKeyDecisionReport(chair(place), id, place.id().value(), "The variation costs £450,000 a year "
                + "for the contract's remaining seven years and affects every household: it should have been "
                + "treated as a key decision.", today.plusDays(35));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private DecisionDetails entry(String matter, String summary, String portfolio, DecisionMaker maker,
            LocalDate expectedOn, boolean key, Set<KeyReason> reasons, String amount, List<String> wardNames,
            String plannedScrutiny) {
        Portfolio p = portfolio(portfolio);
        Long makerId = switch (maker) {
            case CABINET -> null;
            case CABINET_MEMBER -> p.holder().id();
            case OFFICER -> p.leadOfficer().id();
        };
        String report = "Report of the " + directory.requirePerson(new PersonId(p.leadOfficer().id())).postTitle()
                + "; equality impact assessment";
        return new DecisionDetails(matter, summary, maker, makerId, p.id(), p.holder().id(), p.leadOfficer().id(),
                expectedOn, key, reasons, amount == null ? null : new BigDecimal(amount),
                wardNames.stream().map(wards::get).toList(), report,
                "Ward councillors; residents and businesses affected", false, null, null, plannedScrutiny);
    }

    /** A decision planned and put on the forward plan {@code noticeDays} before it is taken. */
    private DecisionId noticed(DecisionDetails details, int noticeDays) {
        DecisionId id = fp.plan(SYSTEM, details);
        fp.publishNotice(SYSTEM, id, details.expectedOn().minusDays(noticeDays));
        return id;
    }

    /** A decision noticed 60 days ahead, taken on its expected date and its record published the next day. */
    private DecisionId published(DecisionDetails details, String decision) {
        DecisionId id = noticed(details, 60);
        decide(id, details.expectedOn(), decision, "Set out in the report to the decision maker.",
                "Set out in the report: the options considered and why they were rejected.", null);
        fp.publishRecord(SYSTEM, id, details.expectedOn().plusDays(1));
        return id;
    }

    private void decide(DecisionId id, LocalDate on, String decision, String reasons, String alternatives,
            String exemptReason) {
        fp.recordDecision(SYSTEM, id, fp.decision(SYSTEM, id).version(), new DecisionRecordDetails(on, decision,
                reasons, alternatives, "None declared", null, exemptReason));
    }

    /** A call-in by a committee's chair and two of its members, heard by that committee. */
    private CallIn callIn(DecisionId id, Committee committee, CallInGround ground, String explanation) {
        List<Long> signatories = new ArrayList<>();
        signatories.add(chairOf(committee).value());
        directory.currentMembers(committee.id()).stream().filter(m -> m.role() == MembershipRole.MEMBER)
                .limit(2).forEach(m -> signatories.add(m.personId().value()));
        return fp.callIn(chair(committee), id, new CallInRequest(Set.of(ground), explanation, signatories,
                committee.id().value()));
    }

    private PersonId chairOf(Committee committee) {
        return directory.currentMembers(committee.id()).stream().filter(m -> m.role() == MembershipRole.CHAIR)
                .map(Membership::personId).findFirst()
                .orElseThrow(() -> new IllegalStateException(committee.name() + " has no chair"));
    }

    /** The committee's chair, acting for it. */
    private Actor chair(Committee committee) {
        PersonId id = chairOf(committee);
        return new Actor(id, directory.requirePerson(id).fullName(), Set.of(Role.SCRUTINY_CHAIR,
                Role.SCRUTINY_MEMBER, Role.COUNCILLOR), false);
    }

    private Portfolio portfolio(String title) {
        Portfolio p = portfolios.get(title);
        if (p == null) {
            throw new IllegalStateException("The demo council has no portfolio '" + title + "'");
        }
        return p;
    }

    private long holder(String title) {
        return portfolio(title).holder().id();
    }

    private long leadOfficer(String title) {
        return portfolio(title).leadOfficer().id();
    }

    private static Committee named(List<Committee> committees, String word) {
        return committees.stream().filter(c -> c.name().startsWith(word)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo council has no " + word + " committee"));
    }
}
