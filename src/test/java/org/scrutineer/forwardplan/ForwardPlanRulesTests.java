package org.scrutineer.forwardplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.forwardplan.internal.ForwardPlanRules;
import org.scrutineer.platform.FieldProblem;

class ForwardPlanRulesTests {

    private static final ForwardPlanSettings SETTINGS = new ForwardPlanSettings("FP", new BigDecimal("500000"), 2, 3,
            true, 15, 10);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            key by spending above the threshold   | true  | EXPENDITURE | 600000 | 0 | -
            key by spending below the threshold   | true  | EXPENDITURE | 400000 | 0 | financialEffect
            key by wards in two wards             | true  | WARDS       | -      | 2 | -
            key by wards in one ward              | true  | WARDS       | -      | 1 | wardIds
            key without a reason                  | true  | -           | -      | 0 | keyReasons
            not key though above the threshold   | false | -           | 500000 | 0 | keyDecision
            not key below the threshold           | false | -           | 499999 | 3 | -
            negative saving                       | true  | SAVINGS     | -1     | 0 | financialEffect financialEffect
            """)
    void aDecisionIsKeyByTheCouncilsThresholds(String name, boolean key, String reasons, BigDecimal amount, int wards,
            String fields) {
        Set<KeyReason> r = reasons == null ? Set.of() : EnumSet.of(KeyReason.valueOf(reasons));
        List<Long> wardIds = java.util.stream.LongStream.rangeClosed(1, wards).boxed().toList();
        DecisionDetails d = new DecisionDetails("Matter", null, DecisionMaker.CABINET, null, null, null, null,
                LocalDate.of(2027, 3, 1), key, r, amount, wardIds, null, null, false, null, null, null);
        assertThat(ForwardPlanRules.details(d, SETTINGS)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder(fields == null ? new String[0] : fields.split(" "));
    }

    @ParameterizedTest(name = "{0} notice {1}, latest for the day {2}, exception from {3}, urgency {4}: ok={5}")
    @CsvSource(nullValues = "-", textBlock = """
            NOTICE,            2026-11-01, 2026-11-01, -,          -,          true
            NOTICE,            2026-11-02, 2026-11-01, -,          -,          false
            NOTICE,            -,          2026-11-01, -,          -,          false
            GENERAL_EXCEPTION, 2026-11-20, 2026-11-01, 2026-11-30, -,          true
            GENERAL_EXCEPTION, 2026-11-20, 2026-11-01, 2026-12-01, -,          false
            SPECIAL_URGENCY,   2026-11-29, 2026-11-01, -,          2026-11-29, true
            SPECIAL_URGENCY,   -,          2026-11-01, -,          2026-12-01, false
            """)
    void aKeyDecisionIsTakenOnlyOnADayItsRouteAllows(DecisionRoute route, LocalDate notice, LocalDate latest,
            LocalDate earliest, LocalDate urgency, boolean ok) {
        FieldProblem p = ForwardPlanRules.timing(route, notice, latest, earliest, urgency, LocalDate.of(2026, 11, 30),
                "expectedOn", "SI 2012/2089 reg 9");
        assertThat(p == null).isEqualTo(ok);
    }

    @ParameterizedTest(name = "signed by {0} (eligible {1}, chairs {2}), chair required {3}, {4} needed: ok={5}")
    @CsvSource(delimiter = '|', textBlock = """
            1 2 3     | 1 2 3     | 1 | true  | 3 | true
            2 3       | 2 3       | 1 | true  | 3 | false
            2 3 4     | 2 3 4     | 1 | true  | 3 | false
            1 2 3     | 1 2       | 1 | true  | 3 | false
            2 3 4 5 6 | 2 3 4 5 6 | 1 | false | 5 | true
            2 3 4 5   | 2 3 4 5   | 1 | false | 5 | false
            """)
    void aCallInMeetsTheConstitutionsSignatoryRule(String signed, String eligible, String chairs,
            boolean chairRequired, int needed, boolean ok) {
        ForwardPlanSettings s = new ForwardPlanSettings("FP", new BigDecimal("500000"), 2, needed, chairRequired, 15, 10);
        CallInRequest r = new CallInRequest(Set.of(CallInGround.PROCEDURE_NOT_FOLLOWED), "Why", ids(signed), 7L);
        List<FieldProblem> problems = ForwardPlanRules.callIn(r, Set.copyOf(ids(eligible)), Set.copyOf(ids(chairs)), s);
        assertThat(problems.isEmpty()).isEqualTo(ok);
        if (!ok) {
            assertThat(problems).extracting(FieldProblem::field).contains("signatoryIds");
            assertThat(problems).extracting(FieldProblem::message).anyMatch(m -> m.contains(s.callInRule()));
        }
    }

    private static List<Long> ids(String s) {
        return Arrays.stream(s.trim().split(" +")).map(Long::valueOf).collect(Collectors.toList());
    }
}
