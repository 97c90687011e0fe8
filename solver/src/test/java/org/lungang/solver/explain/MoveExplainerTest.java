package org.lungang.solver.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lungang.solver.TestData;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Degree;
import org.lungang.solver.domain.Exchange;
import org.lungang.solver.domain.Exemption;
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
import org.lungang.solver.kpi.Indicator;
import org.lungang.solver.kpi.KpiCalculator;

class MoveExplainerTest {

    /**
     * U (urban, strong, alliance A) has 3 English teachers for 2 posts; V (village, weak, alliance A, 20 km north,
     * road factor 1.3 → 26 km) lacks one. E1, a county backbone teacher with 9 years who asked for V, moves there.
     */
    private static RotationPlan supportPlan() {
        School u = TestData.school("U").tier(Tier.STRONG).alliance("A").subject(Subject.ENGLISH, 2, 0)
                .subject(Subject.MATH, 1, 0).build();
        School v = TestData.school("V").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).alliance("A").kmNorth(20)
                .subject(Subject.ENGLISH, 1, 0).build();
        RotationPlan plan = RotationPlan.of(RotationPolicy.defaults(), List.of(u, v), List.of(
                TestData.teacher("E1", u).subject(Subject.ENGLISH).years(9).backbone(BackboneLevel.COUNTY)
                        .prefers("V").build(),
                TestData.teacher("E2", u).subject(Subject.ENGLISH).years(7).build(),
                TestData.teacher("E3", u).subject(Subject.ENGLISH).years(2).build(),
                TestData.teacher("M1", u).subject(Subject.MATH).years(10).build(),
                TestData.teacher("M2", u).subject(Subject.MATH).age(57).gender(
                        org.lungang.solver.domain.Gender.MALE).build(),
                TestData.teacher("N1", u).subject(Subject.MATH).exemptions(Exemption.PREGNANT_OR_NURSING).build()),
                Map.of());
        plan.rotationOf("E1").setDestination(v);
        return plan;
    }

    @Test
    void aSupportMoveIsExplainedByItsEligibilityDirectionPostAndGoals() {
        RotationPlan plan = supportPlan();

        MoveExplanation explanation = MoveExplainer.explain(plan, plan.rotationOf("E1"));

        assertThat(explanation.teacherId()).isEqualTo("E1");
        assertThat(explanation.fromSchoolId()).isEqualTo("U");
        assertThat(explanation.toSchoolId()).isEqualTo("V");
        assertThat(explanation.kind()).isEqualTo(RotationKind.SUPPORT);
        assertThat(explanation.en()).containsExactly(
                "Eligible: 9 years at U, the policy requires 6 years.",
                "Support: U (urban, strong) → V (village, weak), towards a more rural or weaker school.",
                "Fills an open English post at V (a scarce subject, weight 3): open English posts there 1 → 0.",
                "At U, English staff 3 → 2 for 2 posts: not below the 2 the sender keeps, so no hole is opened.",
                "Stays within one alliance: the alliance led by U (2 schools).",
                "Commute 26.0 km, within the 30.0 km limit: no housing needed.",
                "Honours the teacher's preference: choice 1 of 1.",
                // Eligible at U: E1, E2, M1 (E3 too few years, M2 near retirement, N1 exempt).
                "Counts towards U's rotation quota: 10% of 3 eligible requires 1, 1 rotated.",
                "A county-level backbone teacher, counted in the 20% backbone share: county 1 of 1 rotated "
                        + "(requires 1), U 1 of 1 (requires 1).",
                "Counts towards the 15% exchange of cadres and backbone teachers: 1 of 1 eligible exchanged "
                        + "(requires 1).",
                // Degree (all bachelors): 6 and 0 at two schools of 500 without the move, CV 1.0; 5 and 1 with it,
                // CV √(1000 × 26/500 / 36 − 1) = 0.667. Backbone: 1 and 0 become 0 and 1 at equal schools, no change.
                "Coefficient of variation of teachers above the required degree (primary schools) 1.000 → 0.667.");
        assertThat(explanation.zh()).hasSameSizeAs(explanation.en());
        assertThat(explanation.zh().get(2)).isEqualTo("填补 V 的英语空编（紧缺学科，权重 3）：该校英语缺编 1 → 0。");
    }

    @Test
    void anAllianceIsNamedAfterTheSchoolThatLeadsItNeverByItsId() {
        School u = TestData.school("U").tier(Tier.STRONG).alliance("G1").students(800).build();
        School v = TestData.school("V").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).alliance("G1").kmNorth(20).build();
        School town = TestData.school("T").kind(SchoolKind.TOWN).alliance("G7").kmNorth(10).build();
        School village = TestData.school("W").kind(SchoolKind.VILLAGE).alliance("G7").kmNorth(15).build();
        RotationPlan plan = RotationPlan.of(RotationPolicy.defaults(), List.of(u, v, town, village), List.of(
                TestData.teacher("E1", v).years(9).build()), Map.of());
        plan.rotationOf("E1").setDestination(village);

        MoveExplanation explanation = MoveExplainer.explain(plan, plan.rotationOf("E1"));

        assertThat(explanation.en()).contains("Leaves the alliance led by U (2 schools): W is in the alliance led "
                + "by T (2 schools).");
        assertThat(explanation.zh()).contains("离开U牵头的联盟（共 2 所学校）：W属于T牵头的联盟（共 2 所学校）。");
        assertThat(String.join(" ", explanation.en()) + String.join(" ", explanation.zh()))
                .doesNotContain("G1", "G7");
    }

    /**
     * Two junior schools of 400 students: J1 has three county backbone teachers of secondary degree (not above the
     * junior requirement), J2 one; B1 moves from J1 to J2.
     */
    private static RotationPlan juniorBackbonePlan() {
        School j1 = TestData.school("J1").stage(Stage.JUNIOR).students(400).subject(Subject.MATH, 2, 0).build();
        School j2 = TestData.school("J2").stage(Stage.JUNIOR).kind(SchoolKind.VILLAGE).tier(Tier.WEAK).students(400)
                .kmNorth(10).subject(Subject.MATH, 2, 0).build();
        List<Teacher> teachers = new ArrayList<>();
        for (String id : List.of("B1", "B2", "B3")) {
            teachers.add(TestData.teacher(id, j1).backbone(BackboneLevel.COUNTY).degree(Degree.SECONDARY).build());
        }
        teachers.add(TestData.teacher("B4", j2).backbone(BackboneLevel.COUNTY).degree(Degree.SECONDARY).build());
        teachers.add(TestData.teacher("PJ", j1).role(Role.PRINCIPAL).backbone(BackboneLevel.COUNTY).build());
        RotationPlan plan = RotationPlan.of(RotationPolicy.defaults(), List.of(j1, j2), teachers, Map.of());
        plan.rotationOf("B1").setDestination(j2);
        return plan;
    }

    @Test
    void aMoveStatesItsEffectOnTheOfficialCoefficientOfEachIndicatorItChanges() {
        // Without the move 3 and 1 for 400 students each: CV² = 800 × (9 + 1)/400 / 16 − 1 = 0.25, CV 0.5.
        // With it 2 and 2: CV 0.
        RotationPlan plan = juniorBackbonePlan();

        MoveExplanation explanation = MoveExplainer.explain(plan, plan.rotationOf("B1"));

        assertThat(explanation.zh()).contains("初中县级及以上骨干教师差异系数 0.500 → 0.000。")
                .noneMatch(line -> line.contains("高于规定学历教师"));
        assertThat(explanation.en()).contains(
                "Coefficient of variation of backbone teachers of county level or higher (junior secondary schools) "
                        + "0.500 → 0.000.");
    }

    @Test
    void theCoefficientWithAMoveIsThePlansCoefficientInTheKpis() {
        // B2 follows B1: without B2's move 2 and 2 (CV 0), with it 1 and 3 (CV 0.5), the plan's own figure.
        RotationPlan plan = juniorBackbonePlan();
        plan.rotationOf("B2").setDestination(plan.schoolOf("J2"));
        double kpi = KpiCalculator.calculate(plan).indicators().stream()
                .filter(i -> i.group() == IndicatorGroup.JUNIOR && i.indicator() == Indicator.BACKBONE)
                .findFirst().orElseThrow().coefficientAfter();

        assertThat(MoveExplainer.explain(plan, plan.rotationOf("B2")).en())
                .contains("Coefficient of variation of backbone teachers of county level or higher (junior secondary "
                        + "schools) 0.000 → " + String.format(Locale.ROOT, "%.3f", kpi) + ".");
        assertThat(kpi).isEqualTo(0.5, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aPrincipalsMoveAndAStayChangeNoIndicator() {
        RotationPlan plan = juniorBackbonePlan();
        plan.rotationOf("PJ").setDestination(plan.schoolOf("J2"));

        assertThat(MoveExplainer.explain(plan, plan.rotationOf("PJ")).en())
                .noneMatch(line -> line.startsWith("Coefficient of variation"));
        assertThat(MoveExplainer.explain(plan, plan.rotationOf("B3")).en())
                .noneMatch(line -> line.startsWith("Coefficient of variation"));
    }

    @Test
    void aTeacherWithTooFewYearsStaysBecauseNotEligible() {
        RotationPlan plan = supportPlan();

        MoveExplanation explanation = MoveExplainer.explain(plan, plan.rotationOf("E3"));

        assertThat(explanation.toSchoolId()).isNull();
        assertThat(explanation.kind()).isNull();
        assertThat(explanation.en()).containsExactly(
                "Not eligible: 2 years at U, fewer than the 6 years required, and not a volunteer.",
                "Therefore stays at U.");
        assertThat(explanation.zh()).containsExactly(
                "不符合交流条件：在 U 任教 2 年，不足政策要求的 6 年，且未申请自愿交流。",
                "因此留任 U。");
    }

    @Test
    void aTeacherNearRetirementIsNotEligible() {
        RotationPlan plan = supportPlan();

        assertThat(MoveExplainer.explain(plan, plan.rotationOf("M2")).en()).first()
                .isEqualTo("Not eligible: aged 57, within 5 years of the retirement age of 60.");
    }

    @Test
    void anExemptTeacherIsNotEligible() {
        RotationPlan plan = supportPlan();

        assertThat(MoveExplainer.explain(plan, plan.rotationOf("N1")).en()).first()
                .isEqualTo("Not eligible: exempt (pregnant or nursing).");
    }

    @Test
    void anEligibleTeacherWhoseDepartureWouldOpenAHoleIsKeptForTheSendersStaffing() {
        RotationPlan plan = supportPlan();

        // Once E1 has left, U has 2 English teachers for 2 posts; the sender keeps min(2, 100% × 2) = 2.
        // U's staff is 6, so the stability cap is max(1, floor(15% × 6)) = 1, already reached by E1.
        assertThat(MoveExplainer.explain(plan, plan.rotationOf("E2")).en()).containsExactly(
                "Eligible: 7 years at U, the policy requires 6 years.",
                "Eligible, but stays at U:",
                "U's rotation quota is met without this teacher (requires 1, 1 rotated).",
                "Kept for U's staffing: leaving would open a hole in English (staff 2 for 2 posts; the sender keeps 2).",
                "U already rotates out 1, the most the stability cap allows (15% of 6 staff, at most 1).");
    }

    @Test
    void anEligibleTeacherOfAnOverstaffedSubjectIsNotSaidToBeKeptForStaffing() {
        RotationPlan plan = supportPlan();

        // Math at U: M1, M2, N1 for 1 post, so the sender keeps min(3, 1) = 1 and M1 could leave.
        assertThat(MoveExplainer.explain(plan, plan.rotationOf("M1")).en())
                .contains("U's rotation quota is met without this teacher (requires 1, 1 rotated).")
                .noneMatch(line -> line.startsWith("Kept for"));
    }

    /** A secondment's host: urban, strong, one maths post. */
    private final School strong = TestData.school("S").tier(Tier.STRONG).subject(Subject.MATH, 1, 0).build();
    /** A secondment's sender: town, weak, two maths posts. */
    private final School weak = TestData.school("W").kind(SchoolKind.TOWN).tier(Tier.WEAK).subject(Subject.MATH, 2, 0)
            .build();

    @Test
    void aSecondeeIsExplainedAsTrainingThatTakesNoPost() {
        RotationPlan plan = RotationPlan.of(RotationPolicy.defaults(), List.of(strong, weak), List.of(
                TestData.teacher("C1", weak).role(Role.MIDDLE_LEADER).years(7).build(),
                TestData.teacher("C2", weak).years(7).build()), Map.of());
        plan.rotationOf("C1").setDestination(strong);

        MoveExplanation explanation = MoveExplainer.explain(plan, plan.rotationOf("C1"));

        assertThat(explanation.kind()).isEqualTo(RotationKind.SECONDMENT);
        assertThat(explanation.en()).contains("Training secondment: W (town, weak) → S (urban, strong), towards a more "
                + "urban or stronger school, allowed as a middle-level cadre; a secondee takes no post at the host.")
                .noneMatch(line -> line.startsWith("Fills"));
    }

    @Test
    void aSecondeeIsToldHowManySecondeesHerHostTrainsCountingThoseOnTermsBegunEarlier() {
        RotationPlan plan = RotationPlan.of(RotationPolicy.defaults(), List.of(strong, weak), List.of(
                TestData.teacher("C1", weak).role(Role.MIDDLE_LEADER).years(7).build(),
                TestData.teacher("C2", weak).role(Role.MIDDLE_LEADER).years(7).build(),
                TestData.teacher("A1", weak).role(Role.MIDDLE_LEADER)
                        .exchange(new Exchange(strong, RotationKind.SECONDMENT, 2025, 2, false, false)).build()),
                Map.of(), 2026, Map.of());
        plan.rotationOf("C1").setDestination(strong);
        plan.rotationOf("C2").setDestination(strong);

        assertThat(MoveExplainer.explain(plan, plan.rotationOf("C1")).en()).contains("S trains 3 secondees this year "
                + "(1 on terms begun earlier, 2 new in this plan), cap 2, which breaks the rule 'Secondment host cap'.");
    }

    @Test
    void aCoupleAndATeamAreReported() {
        School u = TestData.school("U").subject(Subject.MATH, 0, 0).build();
        School v = TestData.school("V").kind(SchoolKind.VILLAGE).kmNorth(10).subject(Subject.MATH, 2, 0).build();
        RotationPlan plan = RotationPlan.of(RotationPolicy.defaults(), List.of(u, v), List.of(
                TestData.teacher("A", u).team("T1").partner("B").build(),
                TestData.teacher("B", u).team("T1").partner("A").build()), Map.of());
        plan.rotationOf("A").setDestination(v);
        plan.rotationOf("A").setPinnedByPlanner(true);

        List<String> en = MoveExplainer.explain(plan, plan.rotationOf("A")).en();

        assertThat(en).contains("The planner fixed this move.",
                "Team T1 is split (B→U), which breaks the rule 'Team moves together'.",
                "Partner B works at U after the plan, 13.0 km away, within the 30.0 km limit.");
    }

    @Test
    void explainAllGivesOneExplanationPerTeacher() {
        RotationPlan plan = supportPlan();

        assertThat(MoveExplainer.explainAll(plan)).extracting(MoveExplanation::teacherId)
                .containsExactly("E1", "E2", "E3", "M1", "M2", "N1");
    }

    @Test
    void aTeacherOfASeniorHighSchoolIsToldHerStageIsNotCoveredThisYear() {
        School senior = TestData.school("H").stage(org.lungang.solver.domain.Stage.SENIOR).build();
        RotationPlan plan = RotationPlan.of(RotationPolicy.defaults(), List.of(senior),
                List.of(TestData.teacher("S1", senior).years(10).build()), Map.of());

        MoveExplanation explanation = MoveExplainer.explain(plan, plan.rotationOf("S1"));

        assertThat(explanation.zh()).first().asString().contains("H 属").contains("不在本年度交流范围内");
        assertThat(explanation.en()).first().asString().contains("a stage this year's rotation does not cover");
    }
}
