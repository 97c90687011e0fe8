package org.lungang.solver.exact;

import static org.lungang.solver.exact.EngineRun.millisUntil;

import java.time.Duration;
import java.util.Locale;

import com.google.ortools.linearsolver.MPSolver;

import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.kpi.IndicatorBaseline;
import org.lungang.solver.kpi.IndicatorCounts;
import org.lungang.solver.kpi.KpiCalculator;
import org.lungang.solver.kpi.PlanKpis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bound that speaks for a plan under the rule "no official CV rises": the most 100 × scarcity × shortage posts
 * filled − km of any plan of the linear core that misses no more quota heads than the plan and leaves no coefficient
 * higher than the plan leaves it (at most its value before the plan where the plan keeps it). The exact phase's own
 * bound ({@link ExactBound#bound()}) leaves the coefficients free: on the county tier its best plan raises them by
 * 570 thousandths in all, so a plan that keeps them cannot come near it. Each coefficient is held by the row
 * {@link IndicatorRows#capOf} (the chord of (1 + CV²)·N²/P over the range of N, which every plan that keeps it
 * meets), so this is an upper bound for every such plan, not an estimate: the optimum of the model's linear
 * relaxation, or the engine's bound of the model itself when it proves a lower one in the time left (started from
 * the plan).
 */
public final class GuardedBound {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedBound.class);

    /**
     * @param quotaShortfall the heads of quota shortfall held (the plan's)
     * @param bound the upper bound, NaN when none was proven in the time: the lower of the linear relaxation's and
     *        the engine's
     * @param relaxedBound the linear relaxation's optimum alone, NaN when not solved in the time
     * @param planObjective the plan's own 100 × scarcity × posts filled − km ({@link CoreObjective})
     * @param seconds the time taken
     * @param message how it ended, for the log and the bench
     */
    public record Result(long quotaShortfall, double bound, double relaxedBound, long planObjective, double seconds,
            String message) {

        /** Whether a bound was proven. */
        public boolean hasBound() {
            return !Double.isNaN(bound);
        }

        /** How far the plan is below the bound, in percent of the bound; NaN without a bound or a positive one. */
        public double gapPercent() {
            return !hasBound() || bound <= 0 ? Double.NaN : 100.0 * (bound - planObjective) / bound;
        }

        /** In the planner's words, e.g. "岗位填补与通勤距离距……之上界 22.0%（上界 108272，本方案 84716；用时 55 秒）". */
        public String zh() {
            if (!hasBound()) {
                return "未能求得不使差异系数高于本方案的上界：" + message;
            }
            return "岗位填补与通勤距离距缺口不超过 " + quotaShortfall + " 人、且各差异系数不高于本方案的方案之上界 "
                    + percent() + "%（上界 " + Math.round(bound) + "，本方案 " + planObjective + "；用时 "
                    + Math.round(seconds) + " 秒）";
        }

        /** In English, e.g. "Posts filled and commute within 22.0% of the best any plan can reach that misses…". */
        public String en() {
            if (!hasBound()) {
                return "No bound for plans that raise no coefficient above this one: " + message;
            }
            return "Posts filled and commute within " + percent() + "% of the best any plan can reach that misses no "
                    + "more than " + quotaShortfall + " quota heads and leaves no official coefficient of variation "
                    + "higher than this plan (bound " + Math.round(bound) + ", this plan " + planObjective + "; "
                    + Math.round(seconds) + " s)";
        }

        private String percent() {
            return String.format(Locale.ROOT, "%.1f", gapPercent());
        }
    }

    /** The least time left after the relaxation for which the engine is asked for a tighter bound. */
    static final long ENGINE_MIN_MILLIS = 1_000;

    private final ExactSettings settings;

    public GuardedBound(ExactSettings settings) {
        this.settings = settings;
    }

    /** The bound for this plan's shortfall and coefficients, within the limit; the plan is not changed. */
    public Result of(RotationPlan plan, Duration limit) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        PlanKpis kpis = KpiCalculator.calculate(plan);
        long shortfall = kpis.quotaShortfall();
        long planObjective = CoreObjective.of(plan, kpis);
        if (ExactCore.loadNative() != null) {
            return new Result(shortfall, Double.NaN, Double.NaN, planObjective, 0, "OR-Tools could not load");
        }
        Candidates candidates = new Candidates(plan, settings);
        if (candidates.pairs(false) > settings.maxPairs()) {
            return new Result(shortfall, Double.NaN, Double.NaN, planObjective, 0,
                    String.format("%,d pairs, more than the direct model takes", candidates.pairs(false)));
        }
        MPSolver solver = MPSolver.createSolver(settings.engine().name());
        if (solver == null) {
            return new Result(shortfall, Double.NaN, Double.NaN, planObjective, 0,
                    "no " + settings.engine() + " engine");
        }
        try {
            CoreModel model = new CoreModel(candidates, false, solver);
            model.capShortfall(shortfall);
            IndicatorRows rows = new IndicatorRows(model);
            IndicatorCounts after = IndicatorCounts.after(plan);
            // Each coefficient at the higher of its value before and the plan's: every plan at least as good meets it.
            int held = rows.holdAll(index -> {
                IndicatorBaseline baseline = rows.baselineAt(index);
                return Math.max(baseline.before().value(),
                        after.coefficient(plan.getSchools(), baseline).value());
            }, deadline);
            double relaxed = EngineRun.relaxedOptimum(solver, model.objective, true,
                    Math.max(100, millisUntil(deadline)));
            double bound = relaxed;
            String engine = "";
            long engineMillis = millisUntil(deadline) - ExactCore.handoverMillis(solver);
            if (engineMillis >= ENGINE_MIN_MILLIS) {
                // The relaxation alone is loose: on the tiny tier 1,726 where the engine proves 1,131, on the small
                // tier 8,916 where it finds 7,649 and bounds 7,737 in 300 s. The engine's bound is as valid and
                // tighter; it starts from the plan, which meets every row.
                model.setObjective(model.objective, true);
                EngineRun.Stage stage = EngineRun.run(settings, solver, engineMillis, ExactCore.currentPlanHint(model));
                double engineBound = ExactCore.boundOf(model, stage);
                if (!Double.isNaN(engineBound)) {
                    bound = Double.isNaN(bound) ? engineBound : Math.min(bound, engineBound);
                }
                engine = String.format("; %s %s, bound %s%s", settings.engine(), stage.status().name().toLowerCase(
                        Locale.ROOT), Double.isNaN(engineBound) ? "none" : String.format("%,.0f", engineBound),
                        stage.hasPlan() ? String.format(", best plan of the model %,d",
                                Math.round(model.objective.eval(ExactCore.values(model, stage.values())))) : "");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String message = String.format("%d of %d coefficients held, bound %s (linear relaxation %s%s)", held,
                    rows.size(), Double.isNaN(bound) ? "none" : String.format("%,.0f", bound),
                    Double.isNaN(relaxed) ? "not solved in the time" : String.format("%,.0f", relaxed), engine);
            LOG.info("Guarded bound: {} in {} s (plan {})", message, String.format("%.1f", seconds), planObjective);
            return new Result(shortfall, bound, relaxed, planObjective, seconds, message);
        } finally {
            solver.delete();
        }
    }

}
