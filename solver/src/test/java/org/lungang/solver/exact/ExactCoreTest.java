package org.lungang.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.TestData;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.Tier;

/**
 * The exact core on a county small enough to solve by hand. Urban U1 has 4 maths teachers for 3 posts and 3 English
 * teachers for 2 posts (one a county backbone teacher), all 8 years in post; it may lose one teacher (15 % of 7, at
 * least one). Village V1 (10 km) lacks a maths and an English teacher, village V2 (20 km) an English one. The quotas
 * ask for one rotated teacher, a backbone one: the English backbone teacher to V1 fills a post of scarcity 3 (300)
 * for 13 km (10 km × 1.3 road factor): the optimum is 287.
 */
class ExactCoreTest {

    static final long OPTIMUM = 300 - 13;
    static final String BACKBONE = "u1-english-1";

    private final ExactCore core = new ExactCore(ExactSettings.defaults());

    static RotationPlan county() {
        School u1 = TestData.school("U1").kind(SchoolKind.URBAN).tier(Tier.STRONG)
                .subject(Subject.MATH, 3, 0).subject(Subject.ENGLISH, 2, 0).build();
        School v1 = TestData.school("V1").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).kmNorth(10)
                .subject(Subject.MATH, 2, 0).subject(Subject.ENGLISH, 1, 0).build();
        School v2 = TestData.school("V2").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).kmNorth(20)
                .subject(Subject.ENGLISH, 1, 0).build();
        List<Teacher> teachers = new ArrayList<>();
        teachers.add(TestData.teacher("u1-principal", u1).role(Role.PRINCIPAL).years(8).build());
        teachers.add(TestData.teacher("v1-principal", v1).role(Role.PRINCIPAL).years(2).build());
        teachers.add(TestData.teacher("v2-principal", v2).role(Role.PRINCIPAL).years(2).build());
        for (int i = 1; i <= 4; i++) {
            teachers.add(TestData.teacher("u1-math-" + i, u1).subject(Subject.MATH).years(8).build());
        }
        teachers.add(TestData.teacher(BACKBONE, u1).subject(Subject.ENGLISH).years(8)
                .backbone(BackboneLevel.COUNTY).build());
        for (int i = 2; i <= 3; i++) {
            teachers.add(TestData.teacher("u1-english-" + i, u1).subject(Subject.ENGLISH).years(8).build());
        }
        teachers.add(TestData.teacher("v1-math-1", v1).subject(Subject.MATH).years(2).build());
        return RotationPlan.of(RotationPolicy.defaults(), List.of(u1, v1, v2), teachers, Map.of());
    }

    private ExactCore.Result solve(RotationPlan plan) {
        return core.solve(plan, Duration.ofSeconds(20), () -> false);
    }

    private static Map<String, String> moves(ExactCore.Result result) {
        Map<String, String> moves = new java.util.TreeMap<>();
        result.destinations().forEach((rotation, school) -> {
            if (school != null) {
                moves.put(rotation.getId(), school.getId());
            }
        });
        return moves;
    }

    @Test
    void theHandMadeCountyIsSolvedToItsHandComputedOptimumAndTheBoundProvesIt() {
        ExactBound bound = solve(county()).bound();

        assertThat(bound.status()).isEqualTo(ExactStatus.OPTIMAL);
        assertThat(bound.quotaShortfall()).isZero();
        assertThat(bound.shortfallProven()).isTrue();
        assertThat(bound.objective()).isEqualTo(OPTIMUM);
        assertThat(bound.bound()).isEqualTo((double) OPTIMUM);
    }

    @Test
    void theOptimalPlanSendsTheBackboneEnglishTeacherToTheNearerVillage() {
        assertThat(moves(solve(county()))).containsExactly(Map.entry(BACKBONE, "V1"));
    }

    @Test
    void aForbiddenSchoolIsNeverChosen() {
        RotationPlan plan = county();
        plan.rotationOf(BACKBONE).setForbiddenSchoolIds(Set.of("V1"));

        ExactCore.Result result = solve(plan);

        assertThat(moves(result)).containsExactly(Map.entry(BACKBONE, "V2"));
        assertThat(result.bound().objective()).isEqualTo(300 - 26);
    }

    @Test
    void aTeacherPinnedToStayIsLeftOutAndTheQuotaNoPlanCanMeetIsNamed() {
        RotationPlan plan = county();
        plan.rotationOf(BACKBONE).setPinnedByPlanner(true);

        ExactCore.Result result = solve(plan);

        assertThat(result.destinations()).doesNotContainKey(plan.rotationOf(BACKBONE));
        assertThat(result.bound().quotaShortfall()).isPositive();
        assertThat(result.bound().message()).contains("No plan can meet this");
    }

    @Test
    void aggregatingInterchangeableTeachersReachesTheSameOptimum() {
        ExactCore aggregating = new ExactCore(ExactSettings.defaults().withMaxPairs(0, 1_000));

        ExactBound bound = aggregating.solve(county(), Duration.ofSeconds(20), () -> false).bound();

        assertThat(bound.aggregated()).isTrue();
        assertThat(bound.groups()).isLessThan(8);
        assertThat(bound.objective()).isEqualTo(OPTIMUM);
    }

    /** U1's three English teachers (one backbone) for two posts, and five villages 4 to 20 km north lacking one. */
    private static RotationPlan fiveVillages() {
        return villages(5, 0);
    }

    /**
     * U1's three English teachers (one backbone) for two posts; {@code near} villages 4, 8, … km north lacking one,
     * and {@code far} more from 40 km north on, beyond the commute limit, each with a bed.
     */
    private static RotationPlan villages(int near, int far) {
        School u1 = TestData.school("U1").kind(SchoolKind.URBAN).tier(Tier.STRONG).subject(Subject.ENGLISH, 2, 0)
                .build();
        List<School> schools = new ArrayList<>(List.of(u1));
        List<Teacher> teachers = new ArrayList<>();
        teachers.add(TestData.teacher("u1-principal", u1).role(Role.PRINCIPAL).years(8).build());
        teachers.add(TestData.teacher(BACKBONE, u1).subject(Subject.ENGLISH).years(8)
                .backbone(BackboneLevel.COUNTY).build());
        for (int i = 2; i <= 3; i++) {
            teachers.add(TestData.teacher("u1-english-" + i, u1).subject(Subject.ENGLISH).years(8).build());
        }
        for (int v = 1; v <= near + far; v++) {
            double km = v <= near ? 4 * v : 40 + 4 * (v - near);
            School village = TestData.school("V" + v).kind(SchoolKind.VILLAGE).tier(Tier.WEAK).kmNorth(km)
                    .beds(v <= near ? 0 : 1).subject(Subject.ENGLISH, 1, 0).build();
            schools.add(village);
            teachers.add(TestData.teacher("v" + v + "-principal", village).role(Role.PRINCIPAL).years(2).build());
        }
        return RotationPlan.of(RotationPolicy.defaults(), schools, teachers, Map.of());
    }

    @Test
    void aModelTooBigKeepsTheNearestSupportMovesOfEachTeacherBeforeAggregating() {
        // Five destinations for each of three teachers: 15 pairs; 12 allowed leave the nearest 3 (with room for one
        // current destination beyond them).
        ExactCore small = new ExactCore(ExactSettings.defaults().withMaxPairs(12, 1_000));

        ExactCore.Result result = small.solve(fiveVillages(), Duration.ofSeconds(20), () -> false);

        assertThat(result.bound().aggregated()).isFalse();
        assertThat(result.bound().pairs()).isEqualTo(9);
        assertThat(result.bound().message()).contains("the nearest 3 support moves per teacher");
        assertThat(moves(result)).containsExactly(Map.entry(BACKBONE, "V1"));
    }

    @Test
    void farMovesThatLeaveNoRoomForTheNearestSupportMovesAreCutToTheNearestFewBeforeAggregating() {
        // Five near and five far destinations for each of three teachers: 30 pairs. Within 20, every far move (15)
        // leaves room for no support move each, the nearest 4 (12) for one; the nearest 2 (6) leave room for 3.
        ExactCore small = new ExactCore(ExactSettings.defaults().withMaxPairs(20, 1_000));

        ExactCore.Result result = small.solve(villages(5, 5), Duration.ofSeconds(20), () -> false);

        assertThat(result.bound().aggregated()).isFalse();
        assertThat(result.bound().pairs()).isEqualTo(15);
        assertThat(result.bound().message())
                .contains("the nearest 3 support moves and 2 secondments or far moves per teacher");
        assertThat(moves(result)).containsExactly(Map.entry(BACKBONE, "V1"));
    }

    @Test
    void aProblemTooBigEvenAggregatedIsLeftToConstructionAndSaysSo() {
        ExactCore tiny = new ExactCore(ExactSettings.defaults().withMaxPairs(0, 0));

        ExactCore.Result result = tiny.solve(county(), Duration.ofSeconds(20), () -> false);

        assertThat(result.bound().status()).isEqualTo(ExactStatus.TOO_BIG);
        assertThat(result.bound().message()).contains("construction heuristic instead");
        assertThat(result.destinations()).isEmpty();
    }

    @Test
    void cpSatReachesTheSameOptimumAsScip() {
        ExactCore cpSat = new ExactCore(ExactSettings.defaults().withEngine(Engine.CP_SAT));

        ExactBound bound = cpSat.solve(county(), Duration.ofSeconds(20), () -> false).bound();

        assertThat(bound.status()).isEqualTo(ExactStatus.OPTIMAL);
        assertThat(bound.objective()).isEqualTo(OPTIMUM);
    }

    @Test
    void highsReachesTheSameOptimumAsScip() {
        ExactCore highs = new ExactCore(ExactSettings.defaults().withEngine(Engine.HIGHS));

        ExactBound bound = highs.solve(county(), Duration.ofSeconds(20), () -> false).bound();

        assertThat(bound.status()).isEqualTo(ExactStatus.OPTIMAL);
        assertThat(bound.objective()).isEqualTo(OPTIMUM);
    }

    @Test
    void theSolverRunsTheExactPhaseFirstAndKeepsItsBoundOnTheBestPlan() {
        RotationPlan plan = new RotationSolver().solve(county(), Duration.ofSeconds(3));

        assertThat(plan.getExactBound()).isNotNull();
        assertThat(plan.getExactBound().status()).isEqualTo(ExactStatus.OPTIMAL);
        assertThat(plan.getScore().hardScore()).isZero();
        assertThat(plan.getScore().mediumScore()).isZero();
        // Where the backbone teacher ends is local search's choice: it weighs the indicator balance, which the
        // exact core leaves out (the core's own choice is checked by the tests of ExactCore alone).
        assertThat(plan.rotationOf(BACKBONE).isMoving()).isTrue();
    }

    @Test
    void theCoreObjectiveOfTheExactPlanIsTheModelsObjective() {
        RotationPlan plan = county();
        ExactCore.Result result = solve(plan);
        for (Map.Entry<Rotation, School> entry : result.destinations().entrySet()) {
            entry.getKey().setDestination(entry.getValue());
        }

        assertThat(CoreObjective.of(plan)).isEqualTo(result.bound().objective());
    }
    /**
     * Only one English teacher of U1 has served long enough to rotate; two villages lack English. Nothing but the
     * teacher herself keeps the model from filling both posts: she goes to the nearer village alone.
     */
    @Test
    void aTeacherIsSentToOneSchoolAtMost() {
        School u1 = TestData.school("U1").kind(SchoolKind.URBAN).tier(Tier.STRONG)
                .subject(Subject.MATH, 12, 0).subject(Subject.ENGLISH, 2, 0).build();
        School v1 = TestData.school("V1").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).kmNorth(10)
                .subject(Subject.ENGLISH, 1, 0).build();
        School v2 = TestData.school("V2").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).kmNorth(20)
                .subject(Subject.ENGLISH, 1, 0).build();
        List<Teacher> teachers = new ArrayList<>();
        teachers.add(TestData.teacher("u1-principal", u1).role(Role.PRINCIPAL).years(2).build());
        teachers.add(TestData.teacher("v1-principal", v1).role(Role.PRINCIPAL).years(2).build());
        teachers.add(TestData.teacher("v2-principal", v2).role(Role.PRINCIPAL).years(2).build());
        for (int i = 1; i <= 12; i++) {
            teachers.add(TestData.teacher("u1-math-" + i, u1).subject(Subject.MATH).years(2).build());
        }
        teachers.add(TestData.teacher("u1-english-senior", u1).subject(Subject.ENGLISH).years(8).build());
        for (int i = 1; i <= 4; i++) {
            teachers.add(TestData.teacher("u1-english-" + i, u1).subject(Subject.ENGLISH).years(2).build());
        }
        RotationPlan plan = RotationPlan.of(RotationPolicy.defaults(), List.of(u1, v1, v2), teachers, Map.of());

        ExactCore.Result result = solve(plan);

        assertThat(moves(result)).containsExactly(Map.entry("u1-english-senior", "V1"));
        assertThat(result.bound().objective()).isEqualTo(300 - 13);
    }
    /**
     * U1 has a PE teacher to spare (2 for 1 post, one of them rotating); village V1 (10 km) has 2 PE teachers for 3
     * posts, V2 (20 km) 1 for 2, every school 500 pupils and 3 other teachers. To V1 the PE counts go from 2, 2, 1 to
     * 1, 3, 1 (the primary PE coefficient rises from 0.283 to 0.566); to V2 they become 1, 2, 2 (no rise).
     */
    static RotationPlan peCounty() {
        return peCounty(2, false);
    }

    /**
     * The same county with V2's PE posts given (with 1, V2 has none open and only V1 can take the PE teacher) and
     * the senior PE teacher a county backbone teacher or not (one, and the quotas can all be met: he must go).
     */
    static RotationPlan peCounty(int v2PePosts, boolean backboneSenior) {
        return peCounty(v2PePosts, backboneSenior, null);
    }

    /**
     * The same county with the junior PE teacher 6 years in post (eligible too, 2 years less than the senior) and
     * living at {@code juniorHome}; null: 2 years in post (not eligible) and living at her school.
     */
    static RotationPlan peCounty(int v2PePosts, boolean backboneSenior, GeoPoint juniorHome) {
        School u1 = TestData.school("U1").kind(SchoolKind.URBAN).tier(Tier.STRONG)
                .subject(Subject.PE, 1, 0).subject(Subject.MATH, 3, 0).build();
        School v1 = TestData.school("V1").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).kmNorth(10)
                .subject(Subject.PE, 3, 0).subject(Subject.MATH, 1, 0).build();
        School v2 = TestData.school("V2").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).kmNorth(20)
                .subject(Subject.PE, v2PePosts, 0).subject(Subject.MATH, 2, 0).build();
        List<Teacher> teachers = new ArrayList<>();
        for (School school : List.of(u1, v1, v2)) {
            teachers.add(TestData.teacher(school.getId() + "-principal", school).role(Role.PRINCIPAL).years(2)
                    .build());
        }
        teachers.add(TestData.teacher("u1-pe-senior", u1).subject(Subject.PE).years(8)
                .backbone(backboneSenior ? BackboneLevel.COUNTY : BackboneLevel.NONE).build());
        teachers.add(TestData.teacher("u1-pe-2", u1).subject(Subject.PE).years(juniorHome == null ? 2 : 6)
                .homeAt(juniorHome).build());
        for (int i = 1; i <= 3; i++) {
            teachers.add(TestData.teacher("u1-math-" + i, u1).subject(Subject.MATH).years(2).build());
        }
        teachers.add(TestData.teacher("v1-pe-1", v1).subject(Subject.PE).years(2).build());
        teachers.add(TestData.teacher("v1-pe-2", v1).subject(Subject.PE).years(2).build());
        teachers.add(TestData.teacher("v1-math-1", v1).subject(Subject.MATH).years(2).build());
        teachers.add(TestData.teacher("v2-pe-1", v2).subject(Subject.PE).years(2).build());
        teachers.add(TestData.teacher("v2-math-1", v2).subject(Subject.MATH).years(2).build());
        teachers.add(TestData.teacher("v2-math-2", v2).subject(Subject.MATH).years(2).build());
        return RotationPlan.of(RotationPolicy.defaults(), List.of(u1, v1, v2), teachers, Map.of());
    }

    @Test
    void withoutTheCvGuardThePeTeacherGoesToTheNearerVillage() {
        ExactCore unguarded = new ExactCore(ExactSettings.defaults().withGuard(0, 0));

        ExactCore.Result result = unguarded.solve(peCounty(), Duration.ofSeconds(20), () -> false);

        assertThat(moves(result)).containsExactly(Map.entry("u1-pe-senior", "V1"));
    }

    @Test
    void theCvGuardSendsThePeTeacherWhereNoOfficialCoefficientRises() {
        RotationPlan plan = peCounty();

        ExactCore.Result result = solve(plan);
        result.destinations().forEach(Rotation::setDestination);

        assertThat(moves(result)).containsExactly(Map.entry("u1-pe-senior", "V2"));
        assertThat(new RotationSolver().analyze(plan).constraintAnalyses().stream()
                .filter(c -> c.constraintRef().constraintName().equals("Indicators must not worsen"))
                .allMatch(c -> c.score().isZero())).isTrue();
        // The bound stays that of the unguarded second stage: V1's 300 − 13.
        assertThat(result.bound().bound()).isEqualTo(287.0);
    }

    /** 6 km north of U1: 14 km from V2, 18 km of commute against the senior's 26. */
    static final GeoPoint JUNIOR_HOME = new GeoPoint(30.0 + 6 / 111.19508, 110.0);

    /**
     * The junior PE teacher commutes 8 km less to V2, but sending her while her colleague of 8 years stays costs 10
     * soft points of regret: the guard sends the senior.
     */
    @Test
    void theCvGuardSendsTheLongerServingColleagueEvenWhenTheJuniorLivesNearer() {
        RotationPlan plan = peCounty(2, false, JUNIOR_HOME);

        ExactCore.Result result = solve(plan);

        assertThat(moves(result)).containsExactly(Map.entry("u1-pe-senior", "V2"));
    }
}
