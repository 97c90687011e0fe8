package org.lungang.solver.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.junit.jupiter.api.Test;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.TestData;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Degree;
import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.Tier;

/**
 * The score kept incrementally by the constraint network (what local search reads after every move) equals the
 * score calculated from scratch: Timefold's FULL_ASSERT recalculates after every move local search evaluates and
 * fails the solve on the first difference. The county is small but has every kind of match: teams,
 * couples, principals, secondments, beds, shortages, both indicator groups.
 */
class IncrementalScoreTest {

    private static final Subject[] SUBJECTS = {Subject.CHINESE, Subject.MATH, Subject.ENGLISH, Subject.MUSIC,
            Subject.ART, Subject.PE, Subject.SCIENCE};

    @Test
    void everyMoveOfLocalSearchKeepsTheIncrementalScoreEqualToAFullRecalculation() {
        Random random = new Random(15);
        RotationPlan problem = randomCounty(random);
        // Start from random reachable destinations, so that moves meet broken rules of every kind.
        for (Rotation rotation : problem.getRotations()) {
            List<School> range = rotation.getReachableDestinations();
            if (!range.isEmpty() && random.nextInt(3) == 0) {
                rotation.setDestination(range.get(random.nextInt(range.size())));
            }
        }
        SolverConfig shared = RotationSolver.configWithoutExactPhase(Duration.ofMinutes(1));
        PhaseConfig<?> localSearch = shared.getPhaseConfigList().stream()
                .filter(LocalSearchPhaseConfig.class::isInstance).findFirst().orElseThrow();
        SolverConfig config = shared.withPhases(localSearch)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(150)
                        .withSpentLimit(Duration.ofMinutes(1)));
        var start = new RotationSolver().score(problem);

        RotationPlan solved = SolverFactory.<RotationPlan> create(config).buildSolver().solve(problem);

        // FULL_ASSERT threw on the first move whose incremental score differed from the recalculation.
        assertThat(solved.getScore()).isGreaterThan(start);
        assertThat(new RotationSolver().score(solved)).isEqualTo(solved.getScore());
    }

    /** Twelve schools of both indicator groups, about 25 teachers each, one principal each. */
    static RotationPlan randomCounty(Random random) {
        List<School> schools = new ArrayList<>();
        List<Teacher> teachers = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            SchoolKind kind = SchoolKind.values()[s % 3];
            Stage stage = s < 6 ? Stage.PRIMARY : (s < 10 ? Stage.JUNIOR : Stage.NINE_YEAR);
            Tier tier = kind == SchoolKind.URBAN ? Tier.STRONG : kind == SchoolKind.TOWN ? Tier.ORDINARY : Tier.WEAK;
            Map<Subject, Integer> posts = new EnumMap<>(Subject.class);
            for (Subject subject : SUBJECTS) {
                posts.put(subject, 2 + random.nextInt(4));
            }
            School school = new School("S" + s, "S" + s, kind, stage, tier, "A" + (s % 4),
                    new GeoPoint(30.0 + random.nextDouble() * 0.6, 110.0 + random.nextDouble() * 0.6),
                    100 + random.nextInt(900), posts, random.nextInt(3), random.nextInt(5) == 0 ? 2 : null);
            schools.add(school);
            teachers.add(TestData.teacher("P" + s, school).role(Role.PRINCIPAL).years(3 + random.nextInt(6))
                    .build());
            int size = kind == SchoolKind.VILLAGE ? 12 + random.nextInt(6) : 25 + random.nextInt(10);
            for (int t = 0; t < size; t++) {
                String id = "T" + s + "_" + t;
                var teacher = TestData.teacher(id, school)
                        .subject(SUBJECTS[random.nextInt(SUBJECTS.length)])
                        .years(1 + random.nextInt(14))
                        .age(28 + random.nextInt(30))
                        .backbone(BackboneLevel.values()[random.nextInt(4)])
                        .degree(Degree.values()[1 + random.nextInt(3)]);
                if (t < 2 && kind == SchoolKind.URBAN) {
                    teacher.team("team" + s).years(9).role(t == 0 ? Role.MIDDLE_LEADER : Role.TEACHER);
                }
                if (t == 3) {
                    teacher.partner("T" + ((s + 1) % 12) + "_3");
                }
                if (random.nextInt(15) == 0) {
                    teacher.volunteer();
                }
                if (random.nextInt(10) == 0) {
                    teacher.prefers("S" + random.nextInt(12));
                }
                teachers.add(teacher.build());
            }
        }
        return RotationPlan.of(RotationPolicy.defaults(), schools, teachers, Map.of());
    }
}
