package org.lungang.solver.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.TestData;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.Exchange;
import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.Tier;

import com.fasterxml.jackson.databind.ObjectMapper;

class KpiCalculatorTest {

    /**
     * Three primary schools; PE teachers: three at U (plus a PE-trained principal, who never counts), one at T, none
     * at V. U's backbone PE teacher moves to V (support, 20 km). T's only eligible teacher, a math teacher beyond
     * T's posts who could fill V's open math post, stays, so T misses its quota.
     */
    private static RotationPlan threeSchools() {
        School u = TestData.school("U").kind(SchoolKind.URBAN).tier(Tier.STRONG).students(500)
                .subject(Subject.PE, 2, 0).build();
        School t = TestData.school("T").kind(SchoolKind.TOWN).students(400).kmNorth(10)
                .subject(Subject.PE, 1, 0).subject(Subject.MATH, 0, 0).build();
        School v = TestData.school("V").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).students(200).kmNorth(20)
                .subject(Subject.PE, 1, 0).subject(Subject.MATH, 2, 0).build();
        List<Teacher> teachers = new ArrayList<>();
        teachers.add(TestData.teacher("UP", u).role(Role.PRINCIPAL).subject(Subject.PE).build());
        teachers.add(TestData.teacher("UPE1", u).subject(Subject.PE).backbone(BackboneLevel.COUNTY).build());
        teachers.add(TestData.teacher("UPE2", u).subject(Subject.PE).build());
        teachers.add(TestData.teacher("UPE3", u).subject(Subject.PE).build());
        teachers.add(TestData.teacher("TPE", t).subject(Subject.PE).years(2).build());
        teachers.add(TestData.teacher("TM", t).subject(Subject.MATH).build());
        teachers.add(TestData.teacher("VM", v).subject(Subject.MATH).years(1).build());
        RotationPlan plan = RotationPlan.of(RotationPolicy.defaults(), List.of(u, t, v), teachers, Map.of());
        plan.rotationOf("UPE1").setDestination(v);
        return plan;
    }

    private static IndicatorKpis indicator(PlanKpis kpis, IndicatorGroup group, Indicator indicator) {
        return kpis.indicators().stream()
                .filter(i -> i.group() == group && i.indicator() == indicator)
                .findFirst().orElseThrow();
    }

    private static SchoolKpis school(PlanKpis kpis, String id) {
        return kpis.schools().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theOfficialCoefficientOfPeAndArtsTeachersMatchesTheHandArithmetic() {
        // Student-weighted (教督〔2017〕6号): P = 500 + 400 + 200 = 1,100 students.
        // Before, per 100 students: U 3×100/500 = 0.60, T 1×100/400 = 0.25, V 0/200 = 0; X = 400/1,100 = 0.363636.
        //   S² = 500/1100 × 0.236364² + 400/1100 × 0.113636² + 200/1100 × 0.363636²
        //      = 0.025394 + 0.004696 + 0.024042 = 0.054132; S = 0.232663; CV = 0.639824 (> 0.50: not met).
        // After (one PE teacher U → V): U 0.40, T 0.25, V 0.50; X unchanged.
        //   S² = 0.000601 + 0.004696 + 0.003381 = 0.008678; S = 0.093154; CV = 0.256174 (≤ 0.50: met).
        IndicatorKpis pe = indicator(KpiCalculator.calculate(threeSchools()), IndicatorGroup.PRIMARY,
                Indicator.PE_AND_ARTS);

        assertThat(pe.coefficientBefore()).isCloseTo(0.639824, within(1e-5));
        assertThat(pe.coefficientAfter()).isCloseTo(0.256174, within(1e-5));
        assertThat(pe.threshold()).isEqualTo(0.50);
        assertThat(pe.metBefore()).isFalse();
        assertThat(pe.metAfter()).isTrue();
        assertThat(pe.schools()).extracting(SchoolIndicator::schoolId, SchoolIndicator::countBefore,
                SchoolIndicator::countAfter)
                .containsExactly(tuple("U", 3, 2), tuple("T", 1, 1), tuple("V", 0, 1));
    }

    @Test
    void aNineYearSchoolIsComparedWithTheJuniorSchoolsAndAPrimarySchoolApart() {
        // Junior group: J (400 students, 2 backbone) and the nine-year N (200, none); P = 600, X = 200/600 = 0.3333.
        //   S² = 400/600 × (0.5 − 0.3333)² + 200/600 × (0 − 0.3333)² = 0.018519 + 0.037037 = 0.055556;
        //   S = 0.235702; CV = 0.707107. The primary school is alone in its group: CV 0.
        School j = TestData.school("J").stage(Stage.JUNIOR).students(400).build();
        School n = TestData.school("N").stage(Stage.NINE_YEAR).kind(SchoolKind.VILLAGE).students(200).build();
        School p = TestData.school("P").stage(Stage.PRIMARY).students(500).build();
        RotationPlan plan = RotationPlan.of(RotationPolicy.defaults(), List.of(j, n, p), List.of(
                TestData.teacher("J1", j).backbone(BackboneLevel.COUNTY).build(),
                TestData.teacher("J2", j).backbone(BackboneLevel.CITY).build(),
                TestData.teacher("N1", n).build(),
                TestData.teacher("P1", p).backbone(BackboneLevel.COUNTY).build()), Map.of());

        PlanKpis kpis = KpiCalculator.calculate(plan);

        IndicatorKpis junior = indicator(kpis, IndicatorGroup.JUNIOR, Indicator.BACKBONE);
        assertThat(junior.schools()).extracting(SchoolIndicator::schoolId).containsExactly("J", "N");
        assertThat(junior.coefficientBefore()).isCloseTo(0.707107, within(1e-6));
        assertThat(junior.threshold()).isEqualTo(0.45);
        assertThat(indicator(kpis, IndicatorGroup.PRIMARY, Indicator.BACKBONE).coefficientBefore()).isZero();
    }

    @Test
    void aGroupWithoutSchoolsHasNoIndicatorRows() {
        PlanKpis kpis = KpiCalculator.calculate(threeSchools());

        assertThat(kpis.indicators()).extracting(IndicatorKpis::group).containsOnly(IndicatorGroup.PRIMARY);
        assertThat(kpis.indicators()).hasSize(Indicator.values().length);
    }

    @Test
    void aSupportMoveIntoAnOpenPostFillsItsShortage() {
        // PE open before: U max(0, 2−3) = 0, T 1−1 = 0, V 1−0 = 1 → 1. After: U 2−2 = 0, T 0, V 1−1 = 0 → 0.
        // MATH open before and after: T max(0, 0−1) = 0, V 2−1 = 1 → 1.
        PlanKpis kpis = KpiCalculator.calculate(threeSchools());

        assertThat(kpis.shortages()).containsExactly(
                new SubjectShortage(Subject.MATH, 1, 1, 0),
                new SubjectShortage(Subject.PE, 1, 0, 1));
    }

    @Test
    void aSecondeeLeavesTheSenderButTakesNoPostAtTheHost() {
        RotationPlan plan = threeSchools();
        plan.rotationOf("UPE1").setDestination(null);
        plan.rotationOf("TM").setDestination(plan.schoolOf("U"));
        PlanKpis kpis = KpiCalculator.calculate(plan);

        assertThat(school(kpis, "T").staffAfter()).isEqualTo(school(kpis, "T").staffBefore() - 1);
        assertThat(school(kpis, "U").staffAfter()).isEqualTo(school(kpis, "U").staffBefore());
        assertThat(school(kpis, "U").secondeesHosted()).isEqualTo(1);
        assertThat(school(kpis, "U").arrived()).isZero();
        assertThat(kpis.county().rotatedByKind()).containsEntry(RotationKind.SECONDMENT, 1);
    }

    @Test
    void aSchoolThatRotatesEnoughMeetsItsQuotaAndOneThatDoesNotIsAShortfall() {
        PlanKpis kpis = KpiCalculator.calculate(threeSchools());

        // U: 3 eligible, ceil(10% × 3) = 1 required, 1 rotated. T: 1 eligible (TM), 1 required, 0 rotated.
        assertThat(school(kpis, "U").requiredByQuota()).isEqualTo(1);
        assertThat(school(kpis, "U").quotaMet()).isTrue();
        assertThat(school(kpis, "T").eligible()).isEqualTo(1);
        assertThat(school(kpis, "T").quotaMet()).isFalse();
        assertThat(school(kpis, "V").requiredByQuota()).isZero();
        assertThat(kpis.county().quotaSchools()).isEqualTo(2);
        assertThat(kpis.county().quotaSchoolsMet()).isEqualTo(1);
        assertThat(kpis.county().quotaMet()).isFalse();
        assertThat(kpis.shortfalls()).filteredOn(s -> s.rule().equals(ConstraintNames.SCHOOL_ROTATION_QUOTA))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.scope()).isEqualTo("T");
                    assertThat(s.required()).isEqualTo(1);
                    assertThat(s.achieved()).isZero();
                    assertThat(s.shortfall()).isEqualTo(1);
                    assertThat(s.impossible()).isFalse();
                    assertThat(s.kind()).isEqualTo(ShortfallKind.MISSED);
                });
    }

    @Test
    void countyTotalsCountPrincipalsAsTeachersButNotAsRotatedTeachers() {
        PlanKpis kpis = KpiCalculator.calculate(threeSchools());

        // Roster 7; eligible: UP (8 years ≥ 2 terms of 3), UPE1–3, TM; TPE and VM have too few years.
        assertThat(kpis.county().teachers()).isEqualTo(7);
        assertThat(kpis.county().eligible()).isEqualTo(5);
        assertThat(kpis.county().rotated()).isEqualTo(1);
        assertThat(kpis.county().rotatedByKind()).containsEntry(RotationKind.SUPPORT, 1);
        assertThat(school(kpis, "U").staffBefore()).isEqualTo(3);
        assertThat(school(kpis, "U").staffAfter()).isEqualTo(2);
        assertThat(school(kpis, "V").arrived()).isEqualTo(1);
    }

    @Test
    void commuteAndPreferencesCoverOnlyTheMovers() {
        PlanKpis kpis = KpiCalculator.calculate(threeSchools());

        // 20 km along the meridian × road factor 1.3 = 26 km, within the 30 km limit.
        assertThat(kpis.commute().movers()).isEqualTo(1);
        assertThat(kpis.commute().meanKm()).isCloseTo(26.0, within(0.01));
        assertThat(kpis.commute().maxKm()).isCloseTo(26.0, within(0.01));
        assertThat(kpis.commute().beyondLimit()).isZero();
        assertThat(kpis.preferences()).isEqualTo(new PreferenceKpis(0, 0));
    }

    @Test
    void aBackboneShareThatTooFewBackboneTeachersCanFillIsReportedImpossible() {
        // Quota 50% of U's 10 eligible = 5 rotated; 20% of 5 = 1 backbone needed; U has no backbone teacher, and
        // V's only backbone teacher has too few years. Moves stay legal: V has 10 math posts, the cap allows 5.
        RotationPolicy policy = RotationPolicy.builder().rotationQuota(0.5).maxStaffLossShare(0.5).build();
        School u = TestData.school("U").subject(Subject.MATH, 0, 0).build();
        School v = TestData.school("V").kind(SchoolKind.VILLAGE).kmNorth(20).subject(Subject.MATH, 10, 0).build();
        List<Teacher> teachers = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            teachers.add(TestData.teacher("U" + i, u).build());
        }
        teachers.add(TestData.teacher("VB", v).years(1).backbone(BackboneLevel.CITY).build());
        RotationPlan plan = RotationPlan.of(policy, List.of(u, v), teachers, Map.of());

        List<Shortfall> impossible = KpiCalculator.calculate(plan).shortfalls().stream()
                .filter(Shortfall::impossible).toList();

        assertThat(impossible).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo(ConstraintNames.COUNTY_BACKBONE_SHARE);
            assertThat(s.scope()).isEqualTo("county");
            assertThat(s.required()).isEqualTo(1);
            assertThat(s.achieved()).isZero();
            assertThat(s.en()).contains("needs 1", "only 0 eligible backbone teachers");
            assertThat(s.zh()).startsWith(Shortfall.IMPOSSIBLE_ZH);
            assertThat(s.kind()).isEqualTo(ShortfallKind.IMPOSSIBLE);
        });
    }

    @Test
    void aQuotaBeyondTheStabilityCapIsReportedImpossible() {
        // Quota 50% of 10 eligible = 5, but the default cap lets floor(15% × 10) = 1 of the 10 staff leave.
        RotationPolicy policy = RotationPolicy.builder().rotationQuota(0.5).backboneShare(0.0).build();
        School u = TestData.school("U").subject(Subject.MATH, 0, 0).build();
        School v = TestData.school("V").kind(SchoolKind.VILLAGE).subject(Subject.MATH, 10, 0).build();
        List<Teacher> teachers = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            teachers.add(TestData.teacher("U" + i, u).build());
        }
        RotationPlan plan = RotationPlan.of(policy, List.of(u, v), teachers, Map.of());

        assertThat(KpiCalculator.calculate(plan).shortfalls()).filteredOn(Shortfall::impossible)
                .singleElement().satisfies(s -> {
                    assertThat(s.rule()).isEqualTo(ConstraintNames.SCHOOL_ROTATION_QUOTA);
                    assertThat(s.scope()).isEqualTo("U");
                    assertThat(s.required()).isEqualTo(5);
                    assertThat(s.achieved()).isEqualTo(1);
                    assertThat(s.en()).contains("stability cap");
                });
    }

    @Test
    void aQuotaWhoseTeachersHaveNoPostToGoToIsReportedImpossible() {
        // U's math teacher is eligible, but no more rural or weaker school has a math post, and a plain teacher may
        // not go on secondment.
        School u = TestData.school("U").subject(Subject.MATH, 1, 0).build();
        School v = TestData.school("V").kind(SchoolKind.VILLAGE).subject(Subject.PE, 1, 0).build();
        RotationPolicy policy = RotationPolicy.builder().backboneShare(0.0).build();
        RotationPlan plan = RotationPlan.of(policy, List.of(u, v), List.of(TestData.teacher("UM", u).build()),
                Map.of());

        assertThat(KpiCalculator.calculate(plan).shortfalls()).filteredOn(Shortfall::impossible)
                .singleElement().satisfies(s -> {
                    assertThat(s.rule()).isEqualTo(ConstraintNames.SCHOOL_ROTATION_QUOTA);
                    assertThat(s.achieved()).isZero();
                    assertThat(s.en()).contains("only 0 eligible teachers have a legal destination");
                });
    }

    @Test
    void aFeasibleProblemReportsNothingImpossible() {
        assertThat(KpiCalculator.calculate(threeSchools()).shortfalls()).noneMatch(Shortfall::impossible);
    }

    @Test
    void theQuotasThePlanMissesAddUpToTheMediumScore() {
        // The KPIs are computed without the score; the medium constraints penalise exactly the same shortfalls.
        RotationPlan plan = threeSchools();
        plan.rotationOf("UPE1").setDestination(null);

        long missed = KpiCalculator.calculate(plan).shortfalls().stream()
                .filter(s -> !s.impossible()).mapToLong(Shortfall::shortfall).sum();

        assertThat(missed).isPositive();
        assertThat(new RotationSolver().score(plan).mediumScore()).isEqualTo(-missed);
    }

    @Test
    void aSchoolWhoseBackboneTeachersCannotLeaveCannotMeetItsBackboneShare() {
        // U: 10 eligible, quota 10% → 1 rotated, 20% of 1 → 1 backbone; its one backbone teacher is pinned to stay.
        School u = TestData.school("U").subject(Subject.MATH, 0, 0).build();
        School v = TestData.school("V").kind(SchoolKind.VILLAGE).subject(Subject.MATH, 10, 0).build();
        List<Teacher> teachers = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            teachers.add(TestData.teacher("U" + i, u).build());
        }
        teachers.add(TestData.teacher("UB", u).backbone(BackboneLevel.COUNTY).build());
        RotationPlan plan = RotationPlan.of(RotationPolicy.defaults(), List.of(u, v), teachers, Map.of());
        plan.rotationOf("UB").setPinnedByPlanner(true);

        assertThat(KpiCalculator.calculate(plan).shortfalls()).filteredOn(Shortfall::impossible)
                .extracting(Shortfall::rule, Shortfall::scope, Shortfall::required, Shortfall::achieved)
                .containsExactlyInAnyOrder(
                        tuple(ConstraintNames.SCHOOL_BACKBONE_SHARE, "U", 1L, 0L),
                        tuple(ConstraintNames.COUNTY_BACKBONE_SHARE, "county", 1L, 0L),
                        tuple(ConstraintNames.CADRE_BACKBONE_EXCHANGE, "county", 1L,
                                0L));
    }

    @Test
    void theCadreAndBackboneExchangeIsImpossibleWhenTheOnlyHostIsFullOfOngoingSecondees() {
        // W's backbone teacher can only be seconded to S, whose cap of 2 the secondees sent in 2025 fill.
        School s = TestData.school("S").kind(SchoolKind.URBAN).tier(Tier.STRONG).subject(Subject.MATH, 1, 0).build();
        School w = TestData.school("W").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).subject(Subject.MATH, 1, 0).build();
        List<Teacher> teachers = new ArrayList<>();
        teachers.add(TestData.teacher("WB", w).backbone(BackboneLevel.COUNTY).build());
        teachers.add(TestData.teacher("W2", w).years(2).build());
        for (int i = 1; i <= 2; i++) {
            teachers.add(TestData.teacher("A" + i, w).backbone(BackboneLevel.COUNTY)
                    .exchange(new Exchange(s, RotationKind.SECONDMENT, 2025, 2, false, false)).build());
        }
        RotationPlan plan = RotationPlan.of(RotationPolicy.defaults(), List.of(s, w), teachers, Map.of(), 2026,
                Map.of());

        assertThat(KpiCalculator.calculate(plan).shortfalls()).filteredOn(Shortfall::impossible)
                .extracting(Shortfall::rule, Shortfall::scope, Shortfall::required, Shortfall::achieved)
                .containsExactly(tuple(ConstraintNames.CADRE_BACKBONE_EXCHANGE, "county", 1L, 0L));
    }

    @Test
    void theKpisSerialiseToJsonAndBack() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        PlanKpis kpis = KpiCalculator.calculate(threeSchools());

        String json = mapper.writeValueAsString(kpis);

        assertThat(mapper.readValue(json, PlanKpis.class)).isEqualTo(kpis);
    }
}
