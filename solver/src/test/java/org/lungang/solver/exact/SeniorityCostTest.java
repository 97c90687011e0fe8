package org.lungang.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import com.google.ortools.linearsolver.MPSolver;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lungang.solver.domain.RotationPlan;

/**
 * The seniority rule's cost per pair, on the PE county of {@link ExactCoreTest} with both PE teachers of U1 eligible
 * (8 years and 6).
 */
class SeniorityCostTest {

    private MPSolver solver;

    private Map<String, Double> costByTeacher(RotationPlan plan) {
        assertThat(ExactCore.loadNative()).isNull();
        solver = MPSolver.createSolver("SCIP");
        CoreModel model = new CoreModel(new Candidates(plan, ExactSettings.defaults()), false, solver);
        Lin cost = SeniorityCost.of(model);
        return model.pairs.stream().filter(p -> cost.terms.containsKey(p.variable()))
                .collect(Collectors.toMap(p -> p.group().members().get(0).getId(), p -> cost.terms.get(p.variable()),
                        (a, b) -> a));
    }

    @AfterEach
    void deleteSolver() {
        if (solver != null) {
            solver.delete();
        }
    }

    @Test
    void sendingTheJuniorColleagueCostsFivePointsPerYearTheSeniorServedLonger() {
        Map<String, Double> cost = costByTeacher(ExactCoreTest.peCounty(2, false, ExactCoreTest.JUNIOR_HOME));

        assertThat(cost).containsEntry("u1-pe-2", -10.0);
    }

    @Test
    void sendingTheLongestServingColleagueCostsNothing() {
        Map<String, Double> cost = costByTeacher(ExactCoreTest.peCounty(2, false, ExactCoreTest.JUNIOR_HOME));

        assertThat(cost).doesNotContainKey("u1-pe-senior");
    }
}
