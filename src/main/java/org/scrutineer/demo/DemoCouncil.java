package org.scrutineer.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.deadlines.Counting;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.Protocol;
import org.scrutineer.deadlines.ProtocolRuleChange;
import org.scrutineer.deadlines.RuleCatalogue;
import org.scrutineer.deadlines.RuleKind;
import org.scrutineer.deadlines.TrackDeadline;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.CommitteeDetails;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.Council;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.directory.PersonDetails;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.PortfolioDetails;
import org.scrutineer.directory.Seniority;
import org.scrutineer.directory.StatutoryRole;
import org.scrutineer.forwardplan.ForwardPlanManagement;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.platform.EmbeddedDatabase;
import org.scrutineer.recommendations.RecommendationManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads "Anytown Borough Council" — 45 councillors in three parties across 15 wards, a leader and cabinet of 8
 * with portfolios, the statutory officers, 6 chief officers and 20 heads of service, three overview and scrutiny
 * committees and a task-and-finish group — with a demo sign-in for each role (password {@code demo}), the council's
 * protocol and some deadlines, eight scrutiny reports in every state of the recommendations workflow
 * ({@link DemoReports}) and a year of meetings in every state ({@link DemoMeetings}), all dated relative to today.
 * Runs on first start of the embedded database ({@code scrutineer.demo-data=auto}), or whenever the council is
 * missing with {@code always}; never with {@code never}.
 */
@Component
@Order(0)
public class DemoCouncil implements ApplicationRunner {

    /** The password of every demo sign-in. It exists only in demo data. */
    public static final String DEMO_PASSWORD = "demo";
    /** The day the demo council's municipal year began (annual council). */
    static final LocalDate YEAR_START = LocalDate.of(2026, 5, 20);
    static final LocalDate LAST_YEAR_START = LocalDate.of(2025, 5, 21);

    /** Record type of the demo's stand-alone deadlines (until the modules that own such records exist). */
    static final String DEMO = "demo-item";

    private static final Logger log = LoggerFactory.getLogger(DemoCouncil.class);

    static final List<String> WARDS = List.of("Abbey", "Brookside", "Castle", "Danesfield", "Eastgate", "Fairfield",
            "Greenhill", "Harbour", "Ironbridge", "Kingsmead", "Longmoor", "Millbrook", "Northfield", "Oakwood",
            "Riverside");

    private final DirectoryManagement directory;
    private final AccountManagement accounts;
    private final Optional<EmbeddedDatabase> embedded;
    private final String mode;
    private final TransactionTemplate transactions;
    private final DeadlineManagement deadlines;
    private final RecommendationManagement recommendations;
    private final ForwardPlanManagement forwardPlan;
    private final MeetingManagement meetings;
    @org.springframework.beans.factory.annotation.Autowired
    private DemoInformationRequests informationRequests;

    DemoCouncil(DirectoryManagement directory, AccountManagement accounts, Optional<EmbeddedDatabase> embedded,
            @Value("${scrutineer.demo-data:auto}") String mode, TransactionTemplate transactions,
            DeadlineManagement deadlines, RecommendationManagement recommendations, ForwardPlanManagement forwardPlan,
            MeetingManagement meetings) {
        this.forwardPlan = forwardPlan;
        this.meetings = meetings;
        this.deadlines = deadlines;
        this.recommendations = recommendations;
        this.directory = directory;
        this.accounts = accounts;
        this.embedded = embedded;
        this.mode = mode;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean wanted = "always".equals(mode) || ("auto".equals(mode) && embedded.isPresent());
        if (wanted && directory.council().isEmpty()) {
            long started = System.currentTimeMillis();
            transactions.executeWithoutResult(status -> load());
            log.info("Loaded the demo council in {} ms", System.currentTimeMillis() - started);
        }
    }

    /** Loads the demo council into an empty directory, in one transaction. */
    public void load() {
        directory.saveCouncil(new Council("Anytown Borough Council", "england-and-wales",
                "https://www.anytown.example", "democratic.services@anytown.example", 5, 0));
        Map<String, Long> wards = new LinkedHashMap<>();
        WARDS.forEach(w -> wards.put(w, directory.addWard(w)));
        long progress = directory.addParty("Progress Party", "PP");
        long civic = directory.addParty("Civic Alliance", "CA");
        long independents = directory.addParty("Independent Group", "IND");
        Map<String, Long> dirs = new LinkedHashMap<>();
        for (String d : List.of("Chief Executive's Office", "Children and Young People's Services",
                "Adult Social Care and Health", "Place and Economy", "Environment and Housing", "Resources",
                "Law and Governance")) {
            dirs.put(d, directory.addDirectorate(d));
        }

        // Councillors: three per ward; 29 Progress Party, 12 Civic Alliance, 4 Independent Group.
        List<PersonId> councillors = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            long party = i % 15 < 8 ? progress : (i % 15 < 13 ? civic : independents);
            if (i >= 40) {
                party = progress;
            }
            String ward = WARDS.get(i % 15);
            councillors.add(councillor("Cllr", Names.given(i), Names.family(i), wards.get(ward), party, i));
        }

        // Officers
        PersonId chiefExecutive = officer("Helen", "Marsh", "Chief Executive", dirs.get("Chief Executive's Office"),
                Seniority.CHIEF_EXECUTIVE, Set.of(), false);
        PersonId childrenDirector = officer("Richard", "Okoye", "Strategic Director of Children and Young People's Services",
                dirs.get("Children and Young People's Services"), Seniority.CHIEF_OFFICER, Set.of(), false);
        PersonId adultsDirector = officer("Margaret", "Lindqvist", "Strategic Director of Adult Social Care and Health",
                dirs.get("Adult Social Care and Health"), Seniority.CHIEF_OFFICER, Set.of(), false);
        PersonId placeDirector = officer("Simon", "Achebe", "Strategic Director of Place and Economy",
                dirs.get("Place and Economy"), Seniority.CHIEF_OFFICER, Set.of(), false);
        PersonId environmentDirector = officer("Deborah", "Whitfield", "Director of Environment and Housing",
                dirs.get("Environment and Housing"), Seniority.CHIEF_OFFICER, Set.of(), false);
        PersonId financeDirector = officer("Paul", "Nakamura", "Director of Resources (Section 151 Officer)",
                dirs.get("Resources"), Seniority.CHIEF_OFFICER, Set.of(StatutoryRole.CHIEF_FINANCE_OFFICER), false);
        PersonId monitoringOfficer = officer("Catherine", "Adeyemi", "Director of Law and Governance (Monitoring Officer)",
                dirs.get("Law and Governance"), Seniority.CHIEF_OFFICER, Set.of(StatutoryRole.MONITORING_OFFICER), false);
        PersonId headOfDemocratic = officer("Jonathan", "Pryce", "Head of Democratic Services",
                dirs.get("Law and Governance"), Seniority.HEAD_OF_SERVICE,
                Set.of(StatutoryRole.STATUTORY_SCRUTINY_OFFICER), true);
        PersonId scrutinyOfficer = officer("Laura", "Kennedy", "Scrutiny and Policy Officer",
                dirs.get("Law and Governance"), Seniority.OTHER_OFFICER, Set.of(), true);
        officer("Ben", "Hollis", "Democratic Services Officer", dirs.get("Law and Governance"),
                Seniority.OTHER_OFFICER, Set.of(), true);

        String[][] heads = {
                {"Children and Young People's Services", "Head of Children's Social Care"},
                {"Children and Young People's Services", "Head of Education and Inclusion"},
                {"Children and Young People's Services", "Head of Early Help and Family Support"},
                {"Children and Young People's Services", "Head of SEND Services"},
                {"Adult Social Care and Health", "Head of Adult Social Care Operations"},
                {"Adult Social Care and Health", "Head of Commissioning"},
                {"Adult Social Care and Health", "Director of Public Health"},
                {"Place and Economy", "Head of Planning"},
                {"Place and Economy", "Head of Economic Development"},
                {"Place and Economy", "Head of Highways and Transport"},
                {"Place and Economy", "Head of Regeneration"},
                {"Environment and Housing", "Head of Housing"},
                {"Environment and Housing", "Head of Waste and Street Scene"},
                {"Environment and Housing", "Head of Regulatory Services"},
                {"Resources", "Head of Finance"},
                {"Resources", "Head of Human Resources"},
                {"Resources", "Head of Digital and ICT"},
                {"Resources", "Head of Revenues and Benefits"},
                {"Law and Governance", "Head of Legal Services"},
                {"Chief Executive's Office", "Head of Policy, Performance and Communications"},
        };
        List<PersonId> headsOfService = new ArrayList<>();
        for (int i = 0; i < heads.length; i++) {
            headsOfService.add(officer(Names.given(100 + i), Names.family(100 + i), heads[i][1], dirs.get(heads[i][0]),
                    Seniority.HEAD_OF_SERVICE, Set.of(), false));
        }
        officer("Kieran", "Moss", "Senior Social Worker", dirs.get("Children and Young People's Services"),
                Seniority.OTHER_OFFICER, Set.of(), false);
        officer("Rosa", "Delgado", "Performance Analyst", dirs.get("Chief Executive's Office"),
                Seniority.OTHER_OFFICER, Set.of(), false);

        // External witnesses and co-optees
        PersonId diocese = witness("Canon", "Mary", "Ashworth", "Diocesan Board of Education");
        PersonId parentGovernor = witness(null, "Tom", "Eriksen", "Parent governor representative");
        witness("Dr", "Nadia", "Farouk", "Anytown and District NHS Foundation Trust");
        witness(null, "Chief Superintendent Alan", "Price", "Shire Constabulary");
        witness(null, "Jo", "Whitaker", "Anytown Homes (housing association)");

        // Full council and cabinet
        CommitteeId council = directory.addCommittee(new CommitteeDetails("Full Council", CommitteeKind.FULL_COUNCIL,
                null, "All 45 councillors. Sets the budget and policy framework and appoints committees.", null, null));
        for (int i = 0; i < councillors.size(); i++) {
            directory.addMembership(council, councillors.get(i), i == 44 ? MembershipRole.CHAIR
                    : (i == 43 ? MembershipRole.VICE_CHAIR : MembershipRole.MEMBER), LocalDate.of(2023, 5, 4), null);
        }
        CommitteeId cabinet = directory.addCommittee(new CommitteeDetails("Cabinet", CommitteeKind.CABINET, null,
                "The executive: takes key decisions within the budget and policy framework.", null, null));
        // Leader and cabinet: Progress Party councillors 0..7 (indexes into a Progress-only list).
        List<PersonId> progressCouncillors = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            if (i % 15 < 8 || i >= 40) {
                progressCouncillors.add(councillors.get(i));
            }
        }
        PersonId leader = progressCouncillors.get(0);
        directory.addMembership(cabinet, leader, MembershipRole.CHAIR, YEAR_START, null);
        directory.addMembership(cabinet, progressCouncillors.get(1), MembershipRole.VICE_CHAIR, YEAR_START, null);
        for (int i = 2; i < 8; i++) {
            directory.addMembership(cabinet, progressCouncillors.get(i), MembershipRole.MEMBER, YEAR_START, null);
        }
        Object[][] portfolios = {
                {"Leader of the Council; Strategy and Partnerships", 0, chiefExecutive, "Chief Executive's Office"},
                {"Deputy Leader; Finance and Resources", 1, financeDirector, "Resources"},
                {"Children and Young People", 2, childrenDirector, "Children and Young People's Services"},
                {"Adult Social Care and Health", 3, adultsDirector, "Adult Social Care and Health"},
                {"Housing", 4, environmentDirector, "Environment and Housing"},
                {"Environment and Climate", 5, environmentDirector, "Environment and Housing"},
                {"Regeneration and Economy", 6, placeDirector, "Place and Economy"},
                {"Transport and Highways", 7, placeDirector, "Place and Economy"},
        };
        Map<String, Long> portfolioIds = new LinkedHashMap<>();
        for (Object[] p : portfolios) {
            String title = (String) p[0];
            portfolioIds.put(title, directory.addPortfolio(new PortfolioDetails(title, "Cabinet member responsible for "
                    + title.toLowerCase() + ".", progressCouncillors.get((Integer) p[1]).value(),
                    ((PersonId) p[2]).value(), dirs.get((String) p[3]), true)));
        }

        // Overview and scrutiny: members from outside the cabinet, chairs shared across groups.
        List<PersonId> backbench = new ArrayList<>(councillors);
        backbench.removeAll(progressCouncillors.subList(0, 8));
        CommitteeId children = directory.addCommittee(new CommitteeDetails(
                "Children and Young People Overview and Scrutiny Committee", CommitteeKind.OVERVIEW_AND_SCRUTINY, null,
                "Scrutiny of children's social care, education, SEND, early help and youth services, and of the "
                        + "cabinet members for those services.", LocalDate.of(2012, 5, 17), null));
        CommitteeId health = directory.addCommittee(new CommitteeDetails(
                "Health and Adult Social Care Overview and Scrutiny Committee", CommitteeKind.OVERVIEW_AND_SCRUTINY,
                null, "Scrutiny of adult social care and public health, and the council's health scrutiny functions "
                        + "for NHS bodies serving Anytown.", LocalDate.of(2012, 5, 17), null));
        CommitteeId place = directory.addCommittee(new CommitteeDetails(
                "Place and Economy Overview and Scrutiny Committee", CommitteeKind.OVERVIEW_AND_SCRUTINY, null,
                "Scrutiny of regeneration, planning policy, housing, transport, environment and the local economy.",
                LocalDate.of(2012, 5, 17), null));
        seat(children, backbench, 0, 9);
        directory.addMembership(children, diocese, MembershipRole.CO_OPTED_MEMBER, YEAR_START, null);
        directory.addMembership(children, parentGovernor, MembershipRole.CO_OPTED_MEMBER, YEAR_START, null);
        seat(health, backbench, 9, 9);
        seat(place, backbench, 18, 9);
        CommitteeId discharge = directory.addCommittee(new CommitteeDetails(
                "Hospital Discharge Task and Finish Group", CommitteeKind.TASK_AND_FINISH, health.value(),
                "A review of delayed transfers of care from Anytown General Hospital, reporting to the Health and "
                        + "Adult Social Care Overview and Scrutiny Committee by March 2027.",
                LocalDate.of(2026, 9, 1), null));
        directory.addMembership(discharge, backbench.get(10), MembershipRole.CHAIR, LocalDate.of(2026, 9, 1), null);
        for (int i = 11; i < 15; i++) {
            directory.addMembership(discharge, backbench.get(i), MembershipRole.MEMBER, LocalDate.of(2026, 9, 1), null);
        }
        // Last municipal year's chair of Place, since stood down: the history shows past members.
        directory.addMembership(place, backbench.get(30), MembershipRole.MEMBER, LAST_YEAR_START,
                YEAR_START.minusDays(1));

        timescales(scrutinyOfficer, childrenDirector, placeDirector);
        // Reports from each committee; the chairs of Children (scrutiny.chair) and Place sign recommendations off.
        new DemoReports(recommendations, directory, new DemoReports.Cast(children, health, place, discharge,
                backbench.get(0), backbench.get(18), portfolioIds)).load();
        // A year of meetings; substitutes come from the backbenchers on no scrutiny committee ("councillor" excepted).
        List<PersonId> substitutes = new ArrayList<>(backbench.subList(27, backbench.size()));
        substitutes.remove(backbench.get(35));
        new DemoMeetings(meetings, directory, deadlines.calendar(), new DemoMeetings.Cast(children, health, place,
                discharge, substitutes, portfolioIds)).load();
        informationRequests.load(new DemoInformationRequests.Cast(children, place, backbench.get(0), backbench.get(2),
                backbench.get(18), childrenDirector, placeDirector, scrutinyOfficer));
        new DemoDecisions(forwardPlan, directory).load();

        // Demo sign-ins. "councillor" sits on no scrutiny committee and holds no portfolio.
        accounts.createAccount("scrutiny.officer", DEMO_PASSWORD, scrutinyOfficer, false);
        accounts.createAccount("scrutiny.chair", DEMO_PASSWORD, backbench.get(0), false);
        accounts.createAccount("scrutiny.member", DEMO_PASSWORD, backbench.get(2), false);
        accounts.createAccount("councillor", DEMO_PASSWORD, backbench.get(35), false);
        accounts.createAccount("cabinet.member", DEMO_PASSWORD, progressCouncillors.get(2), false);
        accounts.createAccount("leader", DEMO_PASSWORD, leader, false);
        accounts.createAccount("chief.officer", DEMO_PASSWORD, childrenDirector, false);
        accounts.createAccount("monitoring.officer", DEMO_PASSWORD, monitoringOfficer, false);
        accounts.createAccount("chief.executive", DEMO_PASSWORD, chiefExecutive, false);
        accounts.createAccount("admin", DEMO_PASSWORD, null, true);
        accounts.createAccount("statutory.scrutiny.officer", DEMO_PASSWORD, headOfDemocratic, false);
    }

    /**
     * The council's protocol (adopted 2019 and overdue for review, as many are) with an eight-week response
     * period, and deadlines relative to today so that every demo day shows some met, some due soon and some overdue.
     */
    private void timescales(PersonId scrutinyOfficer, PersonId childrenDirector, PersonId placeDirector) {
        deadlines.saveProtocol(new Protocol("Anytown Executive–Scrutiny Protocol", LocalDate.of(2019, 7, 18),
                LocalDate.of(2019, 7, 18), LocalDate.of(2022, 7, 31),
                "https://www.anytown.example/constitution/part-5-executive-scrutiny-protocol", 0));
        deadlines.changeRule(new ProtocolRuleChange(RuleCatalogue.EXECUTIVE_RESPONSE, LocalDate.of(2024, 6, 1),
                RuleKind.AFTER, 56, Counting.CALENDAR, null, "Protocol para 6.3: a response within eight weeks"));
        LocalDate today = LocalDate.now();
        deadlines.track(new TrackDeadline(DEMO, "1",
                "Provide the home-to-school transport cost breakdown asked for by the Children and Young People O&S "
                        + "Committee", null, RuleCatalogue.INFORMATION_REQUEST_RESPONSE, today.minusDays(21),
                List.of(childrenDirector)));
        // The executive-response deadlines are the demo reports' own (DemoReports).
        deadlines.track(new TrackDeadline(DEMO, "3",
                "Publish the agenda for the next Children and Young People O&S Committee", null,
                RuleCatalogue.AGENDA_PUBLICATION, today.plusDays(14), List.of(scrutinyOfficer)));
        TrackedDeadline answered = deadlines.track(new TrackDeadline(DEMO, "4",
                "Provide the SEND transport contract monitoring reports", null,
                RuleCatalogue.INFORMATION_REQUEST_RESPONSE, today.minusDays(30), List.of(childrenDirector)));
        deadlines.met(answered.id(), today.minusDays(23));
        TrackedDeadline notice = deadlines.track(new TrackDeadline(DEMO, "5",
                "Give notice to the Strategic Director of Place and Economy to attend on bus services", null,
                "notice-to-attend", today.plusDays(20), List.of(scrutinyOfficer, placeDirector)));
        deadlines.met(notice.id(), today.minusDays(1));
    }

    /** Seats {@code count} backbenchers from {@code from}: the first is chair, the second vice-chair. */
    private void seat(CommitteeId committee, List<PersonId> backbench, int from, int count) {
        for (int i = 0; i < count; i++) {
            MembershipRole role = i == 0 ? MembershipRole.CHAIR : i == 1 ? MembershipRole.VICE_CHAIR : MembershipRole.MEMBER;
            directory.addMembership(committee, backbench.get(from + i), role, YEAR_START, null);
        }
    }

    private PersonId councillor(String honorific, String given, String family, long ward, long party, int i) {
        return directory.addPerson(new PersonDetails(PersonKind.COUNCILLOR, honorific, given, family,
                (given + "." + family).toLowerCase().replace("'", "") + "@councillors.anytown.example",
                "01632 96" + String.format("%04d", 1000 + i), party, ward, null, null, null, Set.of(), false, null,
                true));
    }

    private PersonId officer(String given, String family, String post, long directorate, Seniority seniority,
            Set<StatutoryRole> roles, boolean scrutiny) {
        return directory.addPerson(new PersonDetails(PersonKind.OFFICER, null, given, family,
                (given + "." + family).toLowerCase().replace("'", "") + "@anytown.example", null, null, null, post,
                directorate, seniority, roles.isEmpty() ? EnumSet.noneOf(StatutoryRole.class) : EnumSet.copyOf(roles),
                scrutiny, null, true));
    }

    private PersonId witness(String honorific, String given, String family, String organisation) {
        return directory.addPerson(new PersonDetails(PersonKind.WITNESS, honorific, given, family, null, null, null,
                null, null, null, null, Set.of(), false, organisation, true));
    }
}
