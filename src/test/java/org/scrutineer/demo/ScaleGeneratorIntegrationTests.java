package org.scrutineer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.forwardplan.DecisionState;
import org.scrutineer.forwardplan.ExecutiveDecision;
import org.scrutineer.forwardplan.ForwardPlanManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingFigures;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.meetings.MeetingStatus;
import org.scrutineer.recommendations.CommitteeFigures;
import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.RecommendationFigures;
import org.scrutineer.recommendations.RecommendationId;
import org.scrutineer.recommendations.RecommendationManagement;
import org.scrutineer.recommendations.TimelineEvent;
import org.scrutineer.recommendations.TrackerQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One unit generated into a database of its own (no demo data until the generator loads it). The meetings' checks
 * look at every meeting, the demo council's (made through the facade) and the generated ones alike: both must leave
 * the rows the facade would.
 */
@SpringBootTest(properties = "scrutineer.demo-data=never")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleGeneratorIntegrationTests {

    @Autowired
    ScaleGenerator generator;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    AuditHistory audit;

    @Autowired
    RecommendationManagement recommendations;

    @Autowired
    RecommendationFigures figures;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ForwardPlanManagement forwardPlan;

    ScaleGenerator.Generated generated;
    long peopleBefore;

    @BeforeAll
    void generateOneUnit() {
        peopleBefore = directory.countPeople();
        generated = generator.generate(1);
    }

    @Test
    void addsOneUnitOfRecordsOnTopOfTheDemoCouncil() {
        assertThat(directory.council()).isPresent();
        assertThat(generated.people()).isEqualTo(90);
        assertThat(generated.committees()).isEqualTo(6);
        assertThat(generated.memberships()).isGreaterThan(400);
        assertThat(generated.deadlines()).isEqualTo(ScaleGenerator.DEADLINES_PER_UNIT);
        assertThat(directory.countPeople()).isGreaterThanOrEqualTo(peopleBefore + 90);
        assertThat(audit.verify().breaks()).isEmpty();
    }

    @Test
    void addsAboutFifteenHundredRecommendationsInTwoHundredReports() {
        assertThat(generated.reports()).isEqualTo(GeneratedReports.REPORTS_PER_UNIT);
        assertThat(generated.recommendations()).isBetween(1_350, 1_650);
        assertThat(generated.updates()).isGreaterThan(1_000);
        assertThat(count("select count(*) from recommendation")).isGreaterThanOrEqualTo(generated.recommendations());
    }

    @Test
    void addsAboutFourHundredExecutiveDecisionsOverTheDecadeAsTheFacadeWouldLeaveThem() {
        assertThat(count("select count(*) from executive_decision")).isGreaterThanOrEqualTo(
                GeneratedDecisions.DECISIONS_PER_UNIT);
        assertThat(count("select count(distinct extract(year from expected_on)) from executive_decision"))
                .isGreaterThanOrEqualTo(ScaleGenerator.YEARS);
        List<String> states = jdbc.sql("select distinct state from executive_decision").query(String.class).list();
        assertThat(states).contains(DecisionState.PLANNED.name(), DecisionState.ON_FORWARD_PLAN.name(),
                DecisionState.RECORD_PUBLISHED.name(), DecisionState.EFFECTIVE.name(), DecisionState.WITHDRAWN.name());
        assertThat(count("select count(*) from call_in")).isPositive();
        assertThat(count("select count(*) from executive_decision where route = 'GENERAL_EXCEPTION'")).isPositive();
        assertThat(count("select count(*) from executive_decision where route = 'SPECIAL_URGENCY'")).isPositive();
        assertThat(count("select count(*) from executive_decision where in_private")).isPositive();
        assertThat(count("select count(*) from pre_decision_scrutiny")).isPositive();
        // references unique, in the facade's form; dates and states as the facade's rules leave them
        assertThat(count("select count(*) - count(distinct lower(reference)) from executive_decision")).isZero();
        assertThat(count("select count(*) from executive_decision where reference !~ '^FP/\\d{4}/\\d{3,}$'"))
                .isZero();
        assertThat(count("""
                select count(*) from executive_decision where key_decision and route = 'NOTICE'
                   and decided_on is not null and (notice_published_on is null or notice_published_on > notice_due)"""))
                .isZero();
        assertThat(count("""
                select count(*) from executive_decision where (decided_on is not null) <> (state in ('DECIDED',
                    'RECORD_PUBLISHED', 'CALLED_IN', 'REFERRED_BACK', 'REFERRED_TO_COUNCIL', 'EFFECTIVE'))
                   or record_published_on < decided_on or record_published_on > current_date
                   or (state = 'PLANNED' and notice_published_on is not null)
                   or (key_decision and cardinality(key_reasons) = 0)
                   or (not key_decision and financial_effect >= 500000)""")).isZero();
        assertThat(count("""
                select count(*) from executive_decision d left join call_in c on c.decision_id = d.id
                where (d.state = 'CALLED_IN') <> (c.state is not distinct from 'AWAITING_COMMITTEE')
                   or (c.id is not null and (c.submitted_at::date < d.record_published_on
                       or cardinality(c.signatory_ids) <> 3))""")).isZero();
        // a window still open has its tracked call-in-expiry deadline, due the day the window closes
        assertThat(count("""
                select count(*) from executive_decision d where d.state = 'RECORD_PUBLISHED'
                   and d.call_in_closes_on >= current_date and not exists (select 1 from tracked_deadline t
                       where t.id = d.call_in_deadline_id and t.due_date = d.call_in_closes_on
                       and t.rule_id = 'call-in-expiry')""")).isZero();
        List<ExecutiveDecision> page = forwardPlan.forwardPlan(null, null, LocalDate.of(ScaleGenerator.FIRST_YEAR,
                1, 1), null, null, null, null, null, 1, 50).items();
        assertThat(page).hasSize(50).noneMatch(d -> d.state() == DecisionState.PLANNED);
        assertThat(forwardPlan.publicDecision(page.get(0).id()).reference()).isEqualTo(page.get(0).reference());
    }

    @Test
    void numbersReportsPerMunicipalYearWithUniqueReferencesTheFacadeFinds() {
        assertThat(count("""
                select count(*) from scrutiny_report
                where reference !~ '^SR\\(\\d\\d/\\d\\d\\)\\d{2,4}$'
                   or substr(reference, 4, 2)::int <> municipal_year % 100
                   or substring(reference from '\\)(\\d+)$')::int <> sequence""")).isZero();
        assertThat(count("select count(*) - count(distinct lower(reference)) from scrutiny_report")).isZero();
        assertThat(count("select count(distinct municipal_year) from scrutiny_report")).isGreaterThanOrEqualTo(10);
        String reference = jdbc.sql("select reference from scrutiny_report order by id desc limit 1")
                .query(String.class).single();
        assertThat(recommendations.reportByReference(Actor.SYSTEM, reference)).isPresent();
    }

    @Test
    void keepsEachReportsFieldsConsistentWithItsState() {
        assertThat(count("select count(*) from scrutiny_report where state in ('DRAFT', 'SHARED') and "
                + "(agreed_on is not null or notice_served_on is not null)")).isZero();
        assertThat(count("select count(*) from scrutiny_report where state = 'SHARED' and (shared_on is null or "
                + "not exists (select 1 from draft_share s where s.report_id = scrutiny_report.id))")).isZero();
        assertThat(count("""
                select count(*) from scrutiny_report where state = 'RESPONDED' and (response_state <> 'APPROVED'
                    or response_given_on is null or response_given_on < notice_served_on
                    or response_days_late <> greatest(0, response_given_on - response_due)
                    or response_approved_via is null or required_fields = '{}')""")).isZero();
        assertThat(count("""
                select count(*) from scrutiny_report r where r.state = 'NOTICE_SERVED' and not exists (
                    select 1 from tracked_deadline d where d.id = r.response_deadline_id and d.due_date = r.response_due
                    and d.rule_id = 'executive-response')""")).isZero();
        assertThat(count("select count(*) from scrutiny_report where published_on < agreed_on or "
                + "(published_on is not null and agreed_on is null) or published_on > current_date")).isZero();
    }

    @Test
    void keepsEachRecommendationsStageProgressAndTargetAsTheFacadeWould() {
        assertThat(count("""
                select count(*) from recommendation x join scrutiny_report r on r.id = x.report_id
                where x.stage <> case r.state when 'DRAFT' then 'DRAFT' when 'SHARED' then 'DRAFT'
                    when 'AGREED' then 'AGREED' when 'NOTICE_SERVED' then 'AWAITING_RESPONSE'
                    else x.stage end
                   or (r.state = 'RESPONDED' and (x.decision is null or x.stage not in (case x.decision
                       when 'REJECTED' then 'REJECTED' when 'DEFERRED' then 'DEFERRED' else 'IN_PROGRESS' end,
                       'IMPLEMENTED')))""")).isZero();
        // progress and last update are the latest update's; the current target the last slip's new date, if any
        assertThat(count("""
                select count(*) from recommendation x
                left join lateral (select u.status, u.posted_on from implementation_update u
                    where u.recommendation_id = x.id order by u.posted_on desc, u.id desc limit 1) last on true
                left join lateral (select u.new_target from implementation_update u where u.recommendation_id = x.id
                    and u.status = 'SLIPPED' order by u.posted_on desc, u.id desc limit 1) slip on true
                where x.progress is distinct from last.status or x.last_update_on is distinct from last.posted_on
                   or (x.stage in ('IN_PROGRESS', 'DEFERRED', 'IMPLEMENTED')
                       and x.current_target is distinct from coalesce(slip.new_target, x.target_date))""")).isZero();
        assertThat(count("""
                select count(*) from recommendation x where x.stage = 'IMPLEMENTED' and (x.signed_off_on is null
                    or x.impact_note is null or x.next_review_on is not null or not exists (
                        select 1 from recommendation_review v where v.recommendation_id = x.id
                        and v.outcome = 'SIGNED_OFF' and v.reviewed_on = x.signed_off_on))""")).isZero();
        assertThat(count("""
                select count(*) from recommendation where decision in ('REJECTED', 'PARTIALLY_ACCEPTED', 'DEFERRED')
                and reasons is null""")).isZero();
        assertThat(count("select count(*) from implementation_update u join recommendation x on x.id = "
                + "u.recommendation_id join scrutiny_report r on r.id = x.report_id where u.posted_on < "
                + "r.response_given_on or u.posted_on > current_date")).isZero();
    }

    @Test
    void mixesStatesByAgeOldOnesMostlyClosedRecentOnesOpenSomeOverdueSomeSlipped() {
        Map<String, Object> old = jdbc.sql("""
                select count(*) as total, count(*) filter (where x.stage in ('IMPLEMENTED', 'REJECTED')) as closed
                from recommendation x join scrutiny_report r on r.id = x.report_id
                where r.agreed_on < current_date - interval '4 years'""").query().singleRow();
        assertThat(((Number) old.get("closed")).doubleValue() / ((Number) old.get("total")).doubleValue())
                .isGreaterThan(0.7);
        Map<String, Object> recent = jdbc.sql("""
                select count(*) as total, count(*) filter (where x.stage not in ('IMPLEMENTED', 'REJECTED')) as open
                from recommendation x join scrutiny_report r on r.id = x.report_id
                where r.agreed_on > current_date - interval '1 year' or r.agreed_on is null""").query().singleRow();
        assertThat(((Number) recent.get("open")).doubleValue() / ((Number) recent.get("total")).doubleValue())
                .isGreaterThan(0.6);
        assertThat(count("select count(*) from scrutiny_report where state = 'NOTICE_SERVED' and "
                + "response_due < current_date")).isPositive();
        assertThat(count("select count(*) from recommendation where stage in ('IN_PROGRESS', 'DEFERRED') and "
                + "progress in ('SLIPPED', 'NOT_ACHIEVED')")).isPositive();
        assertThat(count("select count(*) from scrutiny_report where state in ('DRAFT', 'SHARED', 'AGREED')"))
                .isPositive();
        assertThat(count("select count(*) from recommendation where exempt and public_summary is not null"))
                .isPositive();
    }

    @Test
    void letsTheFacadeAndTheFiguresReadWhatItWrote() {
        LocalDate today = recommendations.today();
        int stale = recommendations.settings().staleAfterDays();
        List<Recommendation> page = recommendations.tracker(Actor.SYSTEM, TrackerQuery.all()).items();
        List<Recommendation> next = recommendations.tracker(Actor.SYSTEM, TrackerQuery.all().atPage(2, 50)).items();
        assertThat(page).hasSize(50);
        assertThat(page.get(0).responseOverdueOn(today)).isTrue();
        List<Recommendation> both = new java.util.ArrayList<>(page);
        both.addAll(next);
        assertThat(both).extracting(r -> attention(r, today, stale)).isSorted();
        assertThat(both).extracting(Recommendation::id).doesNotHaveDuplicates();
        long signedOff = count("select min(id) from recommendation where stage = 'IMPLEMENTED'");
        List<TimelineEvent> timeline = recommendations.timeline(Actor.SYSTEM, new RecommendationId(signedOff));
        assertThat(timeline).extracting(TimelineEvent::title).anySatisfy(w -> assertThat(w).startsWith("Agreed by"))
                .anySatisfy(w -> assertThat(w).startsWith("Executive response"))
                .anySatisfy(w -> assertThat(w).startsWith("Committee review"));
        assertThat(figures.figures(ScaleGenerator.FIRST_YEAR + 2)).filteredOn(CommitteeFigures::councilWide)
                .singleElement().satisfies(f -> {
                    assertThat(f.reportsAgreed()).isPositive();
                    assertThat(f.onTimePercent()).isBetween(60.0, 100.0);
                    assertThat(f.implementationPercent()).isGreaterThan(50.0);
                });
    }

    @Test
    void addsAboutSixHundredMeetingsWithSixThousandItemsTheirRegistersAndDeclarations() {
        assertThat(generated.meetings()).isBetween(540, 660);
        assertThat(generated.agendaItems()).isBetween(5_400, 6_600);
        assertThat(generated.registerEntries()).isGreaterThan(4_000);
        assertThat(generated.declarations()).isBetween(250, 500);
        assertThat(count("select count(*) from meeting")).isGreaterThanOrEqualTo(generated.meetings());
        assertThat(count("select count(*) from register_entry where attendance = 'SUBSTITUTE'")).isPositive();
        assertThat(count("select count(*) from agenda_item where in_private")).isPositive();
        assertThat(count("select count(distinct extract(year from meeting_date)) from meeting"))
                .isGreaterThanOrEqualTo(ScaleGenerator.YEARS);
    }

    @Test
    void keepsEachMeetingsFieldsConsistentWithItsStatus() {
        assertThat(count("""
                select count(*) from meeting where status = 'HELD' and (held_on is distinct from meeting_date
                    or meeting_date > current_date or agenda_published_on is null or cancelled_reason is not null
                    or not exists (select 1 from register_entry r where r.meeting_id = meeting.id))""")).isZero();
        assertThat(count("""
                select count(*) from meeting where status = 'CANCELLED' and (cancelled_reason is null
                    or held_on is not null or exists (select 1 from register_entry r where r.meeting_id = meeting.id))
                """)).isZero();
        assertThat(count("""
                select count(*) from meeting m where m.status = 'SCHEDULED' and (m.meeting_date < current_date
                    or m.agenda_published_on is not null or not exists (select 1 from tracked_deadline d
                        where d.id = m.agenda_deadline_id and d.due_date = m.agenda_due
                        and d.rule_id = 'agenda-publication' and d.record_id = m.id::text))""")).isZero();
        assertThat(count("""
                select count(*) from meeting where status = 'AGENDA_PUBLISHED' and (agenda_published_on is null
                    or meeting_date < current_date)""")).isZero();
        assertThat(count("""
                select count(*) from meeting where agenda_published_on > meeting_date
                    or agenda_late is distinct from coalesce(agenda_published_on > agenda_due, false)
                    or agenda_due is null or agenda_due >= meeting_date
                    or (minutes_published_on is not null and (status <> 'HELD'
                        or minutes_published_on < meeting_date or minutes_published_on > current_date))""")).isZero();
        assertThat(count("""
                select count(*) from meeting m where (select count(*) from agenda_item i where i.meeting_id = m.id)
                    is distinct from (select max(position) from agenda_item i where i.meeting_id = m.id)""")).isZero();
        assertThat(count("""
                select count(*) from agenda_item i join meeting m on m.id = i.meeting_id
                where (m.status = 'HELD') <> (i.minutes is not null or i.resolutions is not null)
                   or (i.in_private and (i.exempt_paragraph is null or i.private_reason is null
                       or i.public_summary is null))
                   or (i.aims_agreed_on is not null and (i.aims is null or i.aims_agreed_with is null
                       or i.aims_agreed_on > current_date))""")).isZero();
    }

    @Test
    void registersTheMembersOnTheDayWithSubstitutesOnlyForMembersWhoSentApologies() {
        assertThat(count("""
                select count(*) from meeting m join membership s on s.committee_id = m.committee_id
                    and s.starts_on <= m.meeting_date and (s.ends_on is null or s.ends_on >= m.meeting_date)
                where m.status = 'HELD' and not exists (select 1 from register_entry r
                    where r.meeting_id = m.id and r.person_id = s.person_id and r.attendance <> 'SUBSTITUTE')""")
        ).isZero();
        assertThat(count("""
                select count(*) from register_entry r join meeting m on m.id = r.meeting_id
                where r.attendance = 'SUBSTITUTE' and (not exists (select 1 from register_entry a
                        where a.meeting_id = r.meeting_id and a.person_id = r.substitute_for
                        and a.attendance = 'APOLOGIES')
                    or exists (select 1 from membership s where s.committee_id = m.committee_id
                        and s.person_id = r.person_id and s.starts_on <= m.meeting_date
                        and (s.ends_on is null or s.ends_on >= m.meeting_date))
                    or exists (select 1 from person p where p.id = r.person_id and p.kind <> 'COUNCILLOR'))""")
        ).isZero();
        assertThat(count("""
                select count(*) from declaration d join agenda_item i on i.id = d.item_id
                    join meeting m on m.id = i.meeting_id join person p on p.id = d.person_id
                where m.status <> 'HELD' or p.kind <> 'COUNCILLOR'""")).isZero();
    }

    @Test
    void letsTheMeetingsFacadeReadWhatItWrote() {
        LocalDate today = meetings.today();
        List<Meeting> newest = meetings.meetings(null, null, null, null, false, 1, 20).items();
        assertThat(newest).hasSize(20);
        assertThat(newest).extracting(Meeting::date).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<Meeting> upcoming = meetings.meetings(null, null, null, null, true, 1, 20).items();
        assertThat(upcoming).isNotEmpty().allSatisfy(m -> assertThat(m.date()).isAfterOrEqualTo(today));
        assertThat(meetings.agendasDue(today.plusDays(14))).isNotEmpty();
        MeetingId held = new MeetingId(count("""
                select max(m.id) from meeting m where m.status = 'HELD' and exists (select 1 from declaration d
                    join agenda_item i on i.id = d.item_id where i.meeting_id = m.id)"""));
        Meeting meeting = meetings.meeting(held);
        List<AgendaItem> items = meetings.items(Actor.SYSTEM, held);
        assertThat(items).hasSize(meeting.itemCount()).extracting(AgendaItem::number)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, items.size()).boxed().toList());
        assertThat(meetings.register(held)).isNotEmpty();
        assertThat(meetings.declarations(held)).isNotEmpty();
        MeetingFigures decade = meetings.figures(null, LocalDate.of(ScaleGenerator.FIRST_YEAR, 1, 1), today);
        assertThat(decade.held()).isGreaterThan(400);
        assertThat(decade.cancelled()).isPositive();
        assertThat(decade.agendasLate()).isPositive();
        assertThat(decade.onTimePercent()).isBetween(80, 99);
        assertThat(meetings.meetings(null, MeetingStatus.CANCELLED, null, null, false, 1, 5).items())
                .allSatisfy(m -> assertThat(m.cancelledReason()).isNotBlank());
    }

    /** The tracker's priority order, as its Javadoc states it. */
    private static int attention(Recommendation r, LocalDate today, int staleAfterDays) {
        if (r.responseOverdueOn(today)) {
            return 0;
        }
        if (r.slipped() || r.pastTargetOn(today)) {
            return 1;
        }
        if (r.staleOn(today, staleAfterDays)) {
            return 2;
        }
        return switch (r.stage()) {
            case AWAITING_RESPONSE -> 3;
            case IN_PROGRESS, DEFERRED -> 4;
            case DRAFT, AGREED -> 5;
            default -> 6;
        };
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
