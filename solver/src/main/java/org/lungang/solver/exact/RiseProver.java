package org.lungang.solver.exact;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPModelRequest;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverResponseStatus;
import com.google.ortools.linearsolver.MPVariable;

import org.lungang.solver.domain.Labels;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.kpi.IndicatorBaseline;
import org.lungang.solver.kpi.IndicatorCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles, for official CVs that a plan raises, whether any plan of the linear core at the least quota shortfall
 * keeps each from rising: the proof behind "this rise cannot be avoided with these quotas". For each coefficient the
 * core model gets one more row, Q ≤ the chord of (1 + CV<sub>before</sub>²)·N²/P between the least and the most N
 * of the model ({@link IndicatorRows#capSquares}), which every plan that keeps the coefficient meets; no plan meeting
 * it ({@code INFEASIBLE} from the engine) proves the rise unavoidable. A plan that meets it and keeps the coefficient
 * shows that the rise can be avoided; one that meets it and still raises the coefficient (the chord is above the
 * curve) settles nothing. Aggregated or too big models settle nothing (their groups mix counts).
 */
public final class RiseProver {

    private static final Logger LOG = LoggerFactory.getLogger(RiseProver.class);
    /** The share of the limit for the least shortfall; the rest is split over the coefficients. */
    private static final double SHORTFALL_SHARE = 0.3;
    /** GLOP's optimal values are within its tolerances: the range of N is widened by this much. */
    private static final double SLACK = 1e-6;

    /** What was settled about one coefficient. */
    public enum Verdict {
        /** No plan of the core at that shortfall keeps it at its value before the plan. */
        UNAVOIDABLE,
        /** A plan of the core at that shortfall keeps it: the rise can be avoided. */
        AVOIDABLE,
        /** Neither within the time (or the model is aggregated or too big). */
        UNSETTLED
    }

    /**
     * @param baseline the coefficient and its value before the plan
     * @param quotaShortfall the heads of quota shortfall held (the least found; -1 when the core did not run)
     * @param shortfallProven that shortfall is proven least
     * @param verdict what was settled
     * @param seconds the engine's time on this coefficient
     */
    public record RiseProof(IndicatorBaseline baseline, long quotaShortfall, boolean shortfallProven, Verdict verdict,
            double seconds) {

        /** The verdict in the planner's words, e.g. "小学高于规定学历教师：配额缺口不超过 2 人（最少可能）的方案都无法保持 0.195…". */
        public String zh() {
            String name = Labels.zh(baseline.group()) + baseline.indicator().zh();
            String heads = quotaShortfall + " 人" + (shortfallProven ? "（最少可能）" : "");
            return name + "：" + switch (verdict) {
                case UNAVOIDABLE -> "配额缺口不超过 " + heads + "的方案都无法保持 " + before() + "（已证明，用时 "
                        + Math.round(seconds) + " 秒）：上升由交流比例造成";
                case AVOIDABLE -> "存在配额缺口不超过 " + heads + "且保持 " + before() + " 的方案：上升可以避免";
                case UNSETTLED -> "在给定时间内未能判定";
            };
        }

        /** The verdict in English, e.g. "primary teachers above the required degree: no plan missing at most 2…". */
        public String en() {
            String name = Labels.en(baseline.group()) + " " + baseline.indicator().en();
            String heads = quotaShortfall + " quota heads" + (shortfallProven ? " (the least possible)" : "");
            return name + ": " + switch (verdict) {
                case UNAVOIDABLE -> "no plan missing at most " + heads + " keeps it at " + before() + " (proven in "
                        + Math.round(seconds) + " s): the quotas cause the rise";
                case AVOIDABLE -> "a plan missing at most " + heads + " keeps it at " + before()
                        + ": the rise can be avoided";
                case UNSETTLED -> "not settled in the time given";
            };
        }

        private String before() {
            return String.format(Locale.ROOT, "%.3f", baseline.before().value());
        }
    }

    private final ExactSettings settings;

    public RiseProver(ExactSettings settings) {
        this.settings = settings;
    }

    /**
     * The coefficients the plan as it stands raises, by the rule's own measure
     * ({@link IndicatorBaseline#riseInThousandths}): what there is to prove.
     */
    public static List<IndicatorBaseline> rising(RotationPlan plan) {
        IndicatorCounts after = IndicatorCounts.after(plan);
        return plan.getIndicatorBaselines().stream()
                .filter(b -> b.riseInThousandths(after.coefficient(
                        IndicatorCounts.schoolsOf(plan.getSchools(), b.group()), b.indicator())) > 0)
                .toList();
    }

    /** Settles each of the given coefficients within the limit (together); the plan is not changed. */
    public List<RiseProof> prove(RotationPlan plan, Collection<IndicatorBaseline> rising, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        if (rising.isEmpty() || ExactCore.loadNative() != null) {
            return unsettled(rising, -1, false);
        }
        Candidates candidates = new Candidates(plan, settings);
        if (candidates.pairs(false) > settings.maxPairs()) {
            LOG.info("Rise proof: {} pairs, more than the direct model takes: nothing settled", candidates.pairs(false));
            return unsettled(rising, -1, false);
        }
        MPSolver solver = MPSolver.createSolver(settings.engine().name());
        if (solver == null) {
            return unsettled(rising, -1, false);
        }
        try {
            return prove(new CoreModel(candidates, false, solver), rising, deadline);
        } finally {
            solver.delete();
        }
    }

    private List<RiseProof> prove(CoreModel model, Collection<IndicatorBaseline> rising, long deadline) {
        model.setObjective(model.shortfall, false);
        EngineRun.Stage least = EngineRun.run(settings, model.solver,
                (long) (millisUntil(deadline) * SHORTFALL_SHARE), ExactCore.currentPlanHint(model));
        if (!least.hasPlan()) {
            return unsettled(rising, -1, false);
        }
        long shortfall = Math.round(model.shortfall.eval(ExactCore.values(model, least.values())));
        boolean proven = least.status() == ExactStatus.OPTIMAL;
        model.capShortfall(shortfall);
        // Feasibility alone: any plan that meets the rows answers.
        model.setObjective(new Lin(), false);
        IndicatorRows rows = new IndicatorRows(model);
        List<IndicatorBaseline> toSettle = new ArrayList<>(rising);
        List<RiseProof> proofs = new ArrayList<>();
        for (int k = 0; k < toSettle.size(); k++) {
            IndicatorBaseline baseline = toSettle.get(k);
            int index = rows.indexOf(baseline);
            long millis = millisUntil(deadline) / (toSettle.size() - k);
            if (index < 0 || millis < 500) {
                proofs.add(new RiseProof(baseline, shortfall, proven, Verdict.UNSETTLED, 0));
                continue;
            }
            long started = System.nanoTime();
            double[] range = countRange(model, rows.countOf(index), millis / 10);
            Verdict verdict = Verdict.UNSETTLED;
            MPConstraint row = Double.isNaN(range[0]) || Double.isNaN(range[1]) ? null
                    : rows.capSquares(index, baseline.before().value(), range[0], range[1]);
            if (row != null) {
                EngineRun.Stage stage = EngineRun.run(settings, model.solver, millisUntil(deadline)
                        / (toSettle.size() - k), Map.of());
                if (stage.engineStatus().startsWith(MPSolverResponseStatus.MPSOLVER_INFEASIBLE.name())) {
                    verdict = Verdict.UNAVOIDABLE;
                } else if (stage.hasPlan()
                        && rows.rises(ExactCore.values(model, stage.values()))[index] == 0) {
                    verdict = Verdict.AVOIDABLE;
                }
                // The next coefficient is settled without this one's row.
                row.setBounds(-MPSolver.infinity(), MPSolver.infinity());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.info("Rise proof: {} {} {} at a shortfall of {} in {} s", baseline.group(), baseline.indicator(),
                    verdict, shortfall, String.format("%.1f", seconds));
            proofs.add(new RiseProof(baseline, shortfall, proven, verdict, seconds));
        }
        return proofs;
    }

    /** The least and the most of N over the linear relaxation of the model as it stands (NaN when not proven). */
    private static double[] countRange(CoreModel model, Lin count, long millis) {
        if (!count.hasVariables()) {
            return new double[] { count.constant, count.constant };
        }
        MPModelProto.Builder relaxed = model.solver.exportModelToProto().toBuilder().clearSolutionHint();
        for (int i = 0; i < relaxed.getVariableCount(); i++) {
            relaxed.getVariableBuilder(i).setIsInteger(false).setObjectiveCoefficient(0);
        }
        count.terms.forEach((variable, c) -> relaxed.getVariableBuilder(variable.index()).setObjectiveCoefficient(c));
        double[] range = new double[2];
        for (int side = 0; side < 2; side++) {
            MPSolutionResponse response = MPSolver.solveWithProto(MPModelRequest.newBuilder()
                    .setModel(relaxed.setMaximize(side == 1))
                    .setSolverType(MPModelRequest.SolverType.GLOP_LINEAR_PROGRAMMING)
                    .setSolverTimeLimitSeconds(Math.max(0.1, millis / 2000.0)).build());
            range[side] = response.getStatus() != MPSolverResponseStatus.MPSOLVER_OPTIMAL ? Double.NaN
                    : response.getObjectiveValue() + count.constant + (side == 1 ? SLACK : -SLACK);
        }
        return range;
    }

    private static List<RiseProof> unsettled(Collection<IndicatorBaseline> rising, long shortfall, boolean proven) {
        return rising.stream().map(b -> new RiseProof(b, shortfall, proven, Verdict.UNSETTLED, 0)).toList();
    }

    private static long millisUntil(long deadlineNanos) {
        return (deadlineNanos - System.nanoTime()) / 1_000_000;
    }
}
