package org.lungang.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.junit.jupiter.api.Test;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Tier;
import org.lungang.solver.exact.SolveStartPhase;

class RotationSolverDeadlineTest {

    @Test
    void theDeadlineStopsASolveWhoseOwnLimitIsAnHour() {
        School urban = TestData.school("U").tier(Tier.STRONG).subject(Subject.MATH, 2, 2).build();
        School village = TestData.school("V").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).kmNorth(11)
                .subject(Subject.MATH, 1, 0).build();
        RotationPlan problem = RotationPlan.of(RotationPolicy.defaults(), List.of(urban, village), List.of(
                TestData.teacher("PU", urban).role(Role.PRINCIPAL).years(1).build(),
                TestData.teacher("PV", village).role(Role.PRINCIPAL).years(1).build(),
                TestData.teacher("M1", urban).subject(Subject.MATH).years(8).build(),
                TestData.teacher("M2", urban).subject(Subject.MATH).years(2).build()), Map.of());
        // Local search alone never ends by itself: only the solver's limit (an hour) or the deadline stops it.
        Solver<RotationPlan> solver = SolverFactory.<RotationPlan> create(
                RotationSolver.configWithoutExactPhase(Duration.ofHours(1))).buildSolver();

        RotationPlan plan = assertTimeoutPreemptively(Duration.ofMinutes(2),
                () -> RotationSolver.solveWithin(solver, problem, System.nanoTime(), Duration.ofSeconds(1)));

        assertThat(plan.getScore().hardScore()).isZero();
    }

    @Test
    void theStartIsClearedWhenTheSolveEnds() {
        Solver<RotationPlan> solver = SolverFactory.<RotationPlan> create(
                RotationSolver.configWithoutExactPhase(Duration.ofHours(1))).buildSolver();
        School urban = TestData.school("U").build();
        RotationPlan problem = RotationPlan.of(RotationPolicy.defaults(), List.of(urban), List.of(
                TestData.teacher("PU", urban).role(Role.PRINCIPAL).years(1).build()), Map.of());

        RotationSolver.solveWithin(solver, problem, System.nanoTime(), Duration.ofMillis(200));

        assertThat(SolveStartPhase.takeStart()).isEmpty();
    }
}
