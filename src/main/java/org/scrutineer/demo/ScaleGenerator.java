package org.scrutineer.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.RuleCatalogue;
import org.scrutineer.deadlines.TrackDeadline;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.CommitteeDetails;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.directory.PersonDetails;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Reference;
import org.scrutineer.directory.Seniority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar scrutineer.jar generate --scale N}: adds a council's worth of records per unit of scale, N=1
 * being the demo council's size and N=10 about a large council's decade (DESIGN.md): per unit 45 councillors,
 * 30 officers, 15 external witnesses, 6 committees with a full membership in each of ten municipal years,
 * 100 tracked deadlines of information requests across the decade, and 200 scrutiny reports with about 1,500
 * recommendations, their responses, updates and reviews ({@link GeneratedReports}), and about 600 meetings with
 * 6,000 agenda items, their registers of members and declarations of interest ({@link GeneratedMeetings}).
 * People, committees and deadlines go through the modules' faces, so they are validated and audited like any other
 * change; the recommendations and meetings are batch-inserted, as the facades would leave them, because going
 * through them would take minutes. Later modules add their own records here.
 */
@Component
@Order(10)
class ScaleGenerator implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(ScaleGenerator.class);
    static final int FIRST_YEAR = 2017;
    static final int YEARS = 10;
    static final int DEADLINES_PER_UNIT = 100;

    private final DirectoryManagement directory;
    private final DeadlineManagement deadlines;
    private final DemoCouncil demo;
    private final TransactionTemplate transactions;
    private final GeneratedReports reports;
    private final GeneratedDecisions decisions;
    private final GeneratedMeetings meetings;
    private int exitCode;

    ScaleGenerator(DirectoryManagement directory, DeadlineManagement deadlines, DemoCouncil demo,
            TransactionTemplate transactions, GeneratedReports reports, GeneratedDecisions decisions,
            GeneratedMeetings meetings) {
        this.decisions = decisions;
        this.reports = reports;
        this.meetings = meetings;
        this.directory = directory;
        this.deadlines = deadlines;
        this.demo = demo;
        this.transactions = transactions;
    }

    /** What one run created. */
    record Generated(int people, int committees, int memberships, int deadlines, int reports, int recommendations,
            int updates, int meetings, int agendaItems, int registerEntries, int declarations, long millis) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.getNonOptionArgs().isEmpty() || !"generate".equals(args.getNonOptionArgs().get(0))) {
            return;
        }
        int scale;
        try {
            scale = scaleOf(args.getSourceArgs());
            if (scale < 1 || scale > 100) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            System.err.println("--scale must be a whole number from 1 to 100");
            exitCode = 2;
            return;
        }
        Generated g = generate(scale);
        System.out.printf("Generated scale %d: %d people, %d committees, %d memberships, %d deadlines, %d scrutiny "
                + "reports, %d recommendations, %d implementation updates, %d meetings, %d agenda items, %d register "
                + "entries, %d declarations in %.1f s%n", scale, g.people(), g.committees(), g.memberships(),
                g.deadlines(), g.reports(), g.recommendations(), g.updates(), g.meetings(), g.agendaItems(),
                g.registerEntries(), g.declarations(), g.millis() / 1000.0);
    }

    /** Reads {@code --scale N} or {@code --scale=N}; 1 when absent. */
    static int scaleOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--scale=")) {
                return Integer.parseInt(args[i].substring("--scale=".length()));
            }
            if (args[i].equals("--scale") && i + 1 < args.length) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Adds {@code scale} units of records; creates the demo council first if the directory is empty. */
    Generated generate(int scale) {
        long started = System.currentTimeMillis();
        if (directory.council().isEmpty()) {
            transactions.executeWithoutResult(s -> demo.load());
        }
        int[] counts = new int[11];
        String run = Long.toString(System.currentTimeMillis() % 100_000, 36).toUpperCase();
        for (int unit = 0; unit < scale; unit++) {
            int u = unit;
            transactions.executeWithoutResult(s -> generateUnit(run, u, counts));
            log.info("Generated unit {} of {}", unit + 1, scale);
        }
        return new Generated(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7],
                counts[8], counts[9], counts[10], System.currentTimeMillis() - started);
    }

    /**
     * A decade of information requests' deadlines: one every five weeks or so, each met (one in seven late),
     * except those from the last fortnight, which are still open.
     */
    private void generateDeadlines(String run, int unit, List<PersonId> officers, int[] counts) {
        LocalDate today = LocalDate.now();
        LocalDate trigger = LocalDate.of(FIRST_YEAR, 5, 2).plusDays(unit);
        for (int k = 0; k < DEADLINES_PER_UNIT; k++) {
            TrackedDeadline d = deadlines.track(new TrackDeadline("generated-request", run + "-" + unit + "-" + k,
                    "Provide the information requested (generated " + run + "-" + unit + "-" + k + ")", null,
                    RuleCatalogue.INFORMATION_REQUEST_RESPONSE, trigger,
                    List.of(officers.get(k % officers.size()))));
            if (trigger.isBefore(today.minusDays(14))) {
                deadlines.met(d.id(), k % 7 == 0 ? d.due().plusDays(3) : d.due().minusDays(k % 5));
            }
            counts[3]++;
            trigger = trigger.plusDays(YEARS * 365L / DEADLINES_PER_UNIT);
        }
    }

    private void generateUnit(String run, int unit, int[] counts) {
        List<Reference> wards = directory.wards();
        List<Reference> parties = directory.parties();
        List<Reference> directorates = directory.directorates();
        int base = 1000 + unit * 100;
        List<PersonId> councillors = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            int n = base + i;
            boolean current = i < 15;
            councillors.add(directory.addPerson(new PersonDetails(PersonKind.COUNCILLOR, "Cllr", Names.given(n),
                    Names.family(n) + "-" + run + unit, null, null, parties.get(i % parties.size()).id(),
                    wards.get(i % wards.size()).id(), null, null, null, Set.of(), false, null, current)));
            counts[0]++;
        }
        List<PersonId> officers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int n = base + 50 + i;
            Seniority seniority = i == 0 ? Seniority.CHIEF_OFFICER : i < 8 ? Seniority.HEAD_OF_SERVICE
                    : Seniority.OTHER_OFFICER;
            officers.add(directory.addPerson(new PersonDetails(PersonKind.OFFICER, null, Names.given(n),
                    Names.family(n) + "-" + run + unit, null, null, null, null, "Officer " + (i + 1),
                    directorates.get(i % directorates.size()).id(), seniority, Set.of(), false, null, i % 3 != 0)));
            counts[0]++;
        }
        List<PersonId> witnesses = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            int n = base + 80 + i;
            witnesses.add(directory.addPerson(new PersonDetails(PersonKind.WITNESS, null, Names.given(n),
                    Names.family(n) + "-" + run + unit, null, null, null, null, null, null, null, Set.of(), false,
                    "Partner organisation " + (i + 1), true)));
            counts[0]++;
        }
        generateDeadlines(run, unit, officers, counts);
        List<CommitteeId> committees = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            committees.add(directory.addCommittee(new CommitteeDetails("Scrutiny Panel " + run + "-" + unit + "-" + c,
                    CommitteeKind.OVERVIEW_AND_SCRUTINY, null, "Generated panel for scale testing.",
                    LocalDate.of(FIRST_YEAR, 5, 1), null)));
            counts[1]++;
        }
        LocalDate reviewFrom = LocalDate.of(FIRST_YEAR, 9, 1);
        LocalDate reviewTo = LocalDate.of(FIRST_YEAR + YEARS - 1, 3, 31);
        committees.add(directory.addCommittee(new CommitteeDetails("Review Group " + run + "-" + unit,
                CommitteeKind.TASK_AND_FINISH, committees.get(0).value(), "Generated task-and-finish group.",
                reviewFrom, reviewTo)));
        counts[1]++;
        for (int year = 0; year < YEARS; year++) {
            LocalDate start = LocalDate.of(FIRST_YEAR + year, 5, 20);
            LocalDate end = year == YEARS - 1 ? null : start.plusYears(1).minusDays(1);
            for (int c = 0; c < committees.size(); c++) {
                int seats = c == 5 ? 5 : 8;
                if (c == 5 && (year == YEARS - 1)) {
                    continue; // the review group ended before the last year
                }
                LocalDate until = c == 5 && year == YEARS - 2 ? LocalDate.of(FIRST_YEAR + YEARS - 1, 3, 31) : end;
                for (int s = 0; s < seats; s++) {
                    PersonId member = councillors.get((c * 7 + s + year * 3) % councillors.size());
                    MembershipRole role = s == 0 ? MembershipRole.CHAIR : s == 1 ? MembershipRole.VICE_CHAIR
                            : MembershipRole.MEMBER;
                    directory.addMembership(committees.get(c), member, role, start, until);
                    counts[2]++;
                }
                if (c < 2) {
                    directory.addMembership(committees.get(c), witnesses.get((c + year) % witnesses.size()),
                            MembershipRole.CO_OPTED_MEMBER, start, until);
                    counts[2]++;
                }
            }
        }
        GeneratedReports.Counts added = reports.generate(unit, committees, reviewFrom, reviewTo);
        counts[4] += added.reports();
        counts[5] += added.recommendations();
        counts[6] += added.updates();
        GeneratedMeetings.Counts met = meetings.generate(unit, committees, councillors);
        counts[7] += met.meetings();
        counts[8] += met.items();
        counts[9] += met.registerEntries();
        counts[10] += met.declarations();
        decisions.generate(unit, committees.subList(0, 5), councillors);
    }
}
