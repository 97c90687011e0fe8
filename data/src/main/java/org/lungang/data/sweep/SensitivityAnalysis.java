package org.lungang.data.sweep;

import static org.lungang.solver.domain.ConstraintNames.HOUSING_BEDS;
import static org.lungang.solver.domain.ConstraintNames.NO_HOLE_AT_SENDER;
import static org.lungang.solver.domain.ConstraintNames.RECEIVING_CAPACITY;
import static org.lungang.solver.domain.ConstraintNames.SECONDMENT_HOST_CAP;
import static org.lungang.solver.domain.ConstraintNames.SHORTAGE_POSTS_FILLED;
import static org.lungang.solver.domain.ConstraintNames.STABILITY_CAP;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;

import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.Text;
import org.lungang.solver.kpi.KpiCalculator;
import org.lungang.solver.kpi.PlanKpis;

/**
 * Finds which constraints bind a plan by re-solving it without each in turn (see {@link SensitivityReport#METHOD_EN}).
 * It costs one re-solve per constraint examined plus a control, run {@code parallel} at a time.
 */
public final class SensitivityAnalysis {

    /**
     * The constraints examined by default: the policy quotas, every soft goal, and the hard rules a policy can loosen
     * (housing, stability, sender staffing, receiving capacity, secondment hosts). Rules such as "only eligible
     * teachers rotate" are left out: ineligible teachers are pinned, so removing them changes nothing.
     */
    public static final List<String> DEFAULT_CONSTRAINTS = defaults();

    private static List<String> defaults() {
        List<String> names = new ArrayList<>(List.of(HOUSING_BEDS, STABILITY_CAP, NO_HOLE_AT_SENDER,
                RECEIVING_CAPACITY, SECONDMENT_HOST_CAP));
        names.addAll(ConstraintLevel.MEDIUM_RULES);
        names.addAll(ConstraintNames.ALL.subList(ConstraintNames.ALL.indexOf(SHORTAGE_POSTS_FILLED),
                ConstraintNames.ALL.size()));
        return List.copyOf(names);
    }

    private record Outcome(HardMediumSoftLongScore score, Map<String, HardMediumSoftLongScore> byConstraint,
            PlanKpis kpis) {
        HardMediumSoftLongScore of(String constraint) {
            return byConstraint.getOrDefault(constraint, HardMediumSoftLongScore.ZERO);
        }
    }

    /**
     * @param plan a plan (usually solved): its destinations are the start of every re-solve; it is not changed
     * @param constraints the constraints to examine
     * @param progress called with each finding as it is made
     */
    public SensitivityReport analyse(RotationPlan plan, List<String> constraints, Duration timePerSolve,
            int parallel, Consumer<Binding> progress) {
        RotationPolicy policy = plan.getPolicy();
        try (SolvePool pool = new SolvePool(Math.max(1, parallel), "lungang-sensitivity", "Sensitivity analysis")) {
            Future<Outcome> controlFuture = pool.submit(() -> resolve(plan, policy, policy, timePerSolve));
            List<Future<Outcome>> relaxed = new ArrayList<>();
            for (String constraint : constraints) {
                Map<String, String> weights = new LinkedHashMap<>(policy.constraintWeights());
                weights.put(constraint, "0hard/0medium/0soft");
                RotationPolicy loosened = policy.toBuilder().constraintWeights(weights).build();
                relaxed.add(pool.submit(() -> resolve(plan, loosened, policy, timePerSolve)));
            }
            Outcome control = pool.result(controlFuture);
            List<Binding> bindings = new ArrayList<>();
            for (int i = 0; i < constraints.size(); i++) {
                Binding binding = binding(constraints.get(i), control, pool.result(relaxed.get(i)));
                progress.accept(binding);
                bindings.add(binding);
            }
            Map<Binding, HardMediumSoftLongScore> gains = new LinkedHashMap<>();
            bindings.forEach(b -> gains.put(b, HardMediumSoftLongScore.parseScore(b.gain())));
            bindings.sort(Comparator.comparing(gains::get, Comparator.reverseOrder()));
            return new SensitivityReport(control.score().toString(), timePerSolve, bindings);
        }
    }

    /** Re-solves under {@code solveWith}, then scores the result under {@code scoreWith} (the original policy). */
    private static Outcome resolve(RotationPlan plan, RotationPolicy solveWith, RotationPolicy scoreWith,
            Duration time) {
        RotationSolver solver = new RotationSolver();
        RotationPlan solved = solver.solve(SweepRunner.withPolicy(plan, solveWith), time);
        RotationPlan rescored = SweepRunner.withPolicy(solved, scoreWith);
        HardMediumSoftLongScore score = solver.score(rescored);
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solver.solutionManager().analyze(rescored,
                ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
        Map<String, HardMediumSoftLongScore> byConstraint = new LinkedHashMap<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> c : analysis.constraintAnalyses()) {
            byConstraint.put(c.constraintName(), c.score());
        }
        return new Outcome(score, byConstraint, KpiCalculator.calculate(rescored));
    }

    private static Binding binding(String constraint, Outcome control, Outcome relaxed) {
        HardMediumSoftLongScore gain = relaxed.score().subtract(relaxed.of(constraint))
                .subtract(control.score().subtract(control.of(constraint)));
        HardMediumSoftLongScore cost = relaxed.of(constraint).subtract(control.of(constraint));
        boolean binds = gain.compareTo(HardMediumSoftLongScore.ZERO) > 0;
        int rotated = relaxed.kpis().county().rotated() - control.kpis().county().rotated();
        int filled = SweepPoint.shortageFilled(relaxed.kpis()) - SweepPoint.shortageFilled(control.kpis());
        double commute = relaxed.kpis().commute().meanKm() - control.kpis().commute().meanKm();
        ConstraintLevel level = ConstraintLevel.of(constraint);
        Text finding;
        if (binds) {
            finding = new Text(
                    String.format(Locale.ROOT, "“%s”（%s）起约束作用：放宽后其余规则和目标改善 %s；交流人数 %+d，"
                            + "填补缺编 %+d，平均通勤 %+.1f 公里；该规则自身变化 %s。", constraint, level.text().zh(), gain,
                            rotated, filled, commute, cost),
                    String.format(Locale.ROOT, "“%s” (%s) binds: without it the other rules and goals gain %s; "
                            + "teachers rotated %+d, shortage posts filled %+d, mean commute %+.1f km; the rule "
                            + "itself changes by %s.", constraint, level.text().en(), gain, rotated, filled, commute,
                            cost));
        } else {
            finding = new Text(
                    String.format(Locale.ROOT, "“%s”（%s）未起约束作用：放宽后其余规则和目标没有改善（%s）。",
                            constraint, level.text().zh(), gain),
                    String.format(Locale.ROOT, "“%s” (%s) does not bind: without it the other rules and goals do "
                            + "no better (%s).", constraint, level.text().en(), gain));
        }
        return new Binding(constraint, level.name().toLowerCase(Locale.ROOT), gain.toString(), binds,
                cost.toString(), rotated, filled, commute, finding);
    }
}
