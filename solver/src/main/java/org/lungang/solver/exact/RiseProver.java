package org.lungang.solver.exact;

import static org.lungang.solver.exact.EngineRun.millisUntil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverResponseStatus;
import com.google.ortools.linearsolver.MPVariable;

import org.lungang.solver.domain.Labels;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.kpi.IndicatorBaseline;
import org.lungang.solver.kpi.IndicatorCounts;
import org.lungang.solver.kpi.KpiCalculator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles, for official CVs that a plan raises, whether any plan of the linear core at the least quota shortfall
 * keeps each from rising: the proof behind "this rise cannot be avoided with these quotas". For each coefficient the
 * core model gets one more row, Q ≤ the chord of (1 + CV<sub>before</sub>²)·N²/P between the least and the most N
 * of the model ({@link IndicatorRows#capOf}), which every plan that keeps the coefficient meets; no plan meeting
 * it ({@code INFEASIBLE} from the engine) proves the rise unavoidable. A plan that meets it and keeps the coefficient
 * shows that the rise can be avoided; one that meets it and still raises the coefficient (the chord is above the
 * curve) settles nothing. Aggregated or too big models settle nothing (their groups mix counts). For an unavoidable
 * rise it also asks what keeping the coefficient would cost in quota heads: the same row at its value before, with
 * the shortfall allowed 1, 2, 4, … heads more while the engine proves no plan meets it, up to one head fewer than
 * the rise's thousandths (at the default weights the score counts a head of shortfall and a thousandth of rise alike,
 * so keeping it at as many heads as that or more scores no better; the heads found hold at any weights).
 */
public final class RiseProver {

    private static final Logger LOG = LoggerFactory.getLogger(RiseProver.class);
    /** The share of the limit for the least shortfall; the rest is split over the coefficients. */
    private static final double SHORTFALL_SHARE = 0.3;
    /** The share of a coefficient's time, after its verdict, for its least rise; the rest is for its keeping price. */
    private static final double LEAST_RISE_SHARE = 2.0 / 3;
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
     * @param leastRise for an unavoidable rise, the thousandths every plan at that shortfall raises it by at least
     *        (1 or more: the engine found none within {@code leastRise − 1}); 0 otherwise
     * @param knownRise the least rise, in thousandths, of a plan at that shortfall known: the plan's own (when it
     *        misses no more heads) or a lower one the proof found on the way; 0 when none is known
     * @param notKeptUpTo for an unavoidable rise, the most heads of quota shortfall at which no plan keeps the
     *        coefficient (proven): {@code quotaShortfall}, or more when the keeping price was tested; -1 otherwise
     * @param keptAt the heads of quota shortfall of a plan found that keeps the coefficient, above
     *        {@code notKeptUpTo}; -1 when none was found
     * @param seconds the engine's time on this coefficient
     */
    public record RiseProof(IndicatorBaseline baseline, long quotaShortfall, boolean shortfallProven, Verdict verdict,
            long leastRise, long knownRise, long notKeptUpTo, long keptAt, double seconds) {

        /** The verdict in the planner's words, e.g. "小学高于规定学历教师：配额缺口不超过 2 人（最少可能）的方案都无法保持 0.195…". */
        public String zh() {
            String name = Labels.zh(baseline.group()) + baseline.indicator().text().zh();
            String heads = quotaShortfall + " 人" + (shortfallProven ? "（最少可能）" : "");
            return name + "：" + switch (verdict) {
                case UNAVOIDABLE -> "配额缺口不超过 " + heads + "的方案都无法保持 " + before() + "，至少上升 "
                        + leastRise + "‰" + (knownRise > leastRise ? "（已知方案最少上升 " + knownRise + "‰）" : "")
                        + "（已证明，用时 " + Math.round(seconds) + " 秒）" + keepingZh() + "：上升由交流比例造成";
                case AVOIDABLE -> "存在配额缺口不超过 " + heads + "且保持 " + before() + " 的方案：上升可以避免";
                case UNSETTLED -> "在给定时间内未能判定";
            };
        }

        /** The verdict in English, e.g. "primary teachers above the required degree: no plan missing at most 2…". */
        public String en() {
            String name = Labels.en(baseline.group()) + " " + baseline.indicator().text().en();
            String heads = quotaShortfall + " quota heads" + (shortfallProven ? " (the least possible)" : "");
            return name + ": " + switch (verdict) {
                case UNAVOIDABLE -> "no plan missing at most " + heads + " keeps it at " + before()
                        + "; every one raises it by at least " + leastRise + " thousandths"
                        + (knownRise > leastRise ? " (the least known: " + knownRise + ")" : "") + " (proven in "
                        + Math.round(seconds) + " s)" + keepingEn() + ": the quotas cause the rise";
                case AVOIDABLE -> "a plan missing at most " + heads + " keeps it at " + before()
                        + ": the rise can be avoided";
                case UNSETTLED -> "not settled in the time given";
            };
        }

        /** What keeping the coefficient would cost in quota heads, when more than the proof's shortfall was tested. */
        private String keepingZh() {
            if (keptAt >= 0) {
                return "；配额缺口 " + keptAt + " 人的方案可以保持";
            }
            return notKeptUpTo > quotaShortfall ? "；配额缺口不超过 " + notKeptUpTo + " 人的方案也都无法保持" : "";
        }

        private String keepingEn() {
            if (keptAt >= 0) {
                return "; a plan missing " + heads(keptAt) + " keeps it";
            }
            return notKeptUpTo > quotaShortfall ? "; nor does any missing at most " + heads(notKeptUpTo) : "";
        }

        private static String heads(long heads) {
            return heads + (heads == 1 ? " quota head" : " quota heads");
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
                .filter(b -> b.riseInThousandths(after.coefficient(plan.getSchools(), b)) > 0)
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
            return prove(new CoreModel(candidates, false, solver), rising, IndicatorCounts.after(plan),
                    KpiCalculator.calculate(plan).quotaShortfall(), deadline);
        } finally {
            solver.delete();
        }
    }

    private List<RiseProof> prove(CoreModel model, Collection<IndicatorBaseline> rising, IndicatorCounts after,
            long planShortfall, long deadline) {
        model.setObjective(model.shortfall, false);
        EngineRun.Stage least = EngineRun.run(settings, model.solver,
                (long) (millisUntil(deadline) * SHORTFALL_SHARE), ExactCore.currentPlanHint(model));
        if (!least.hasPlan()) {
            return unsettled(rising, -1, false);
        }
        long shortfall = Math.round(model.shortfall.eval(ExactCore.values(model, least.values())));
        boolean proven = least.status() == ExactStatus.OPTIMAL;
        // Feasibility alone: any plan that meets the rows answers.
        model.setObjective(new Lin(), false);
        IndicatorRows rows = new IndicatorRows(model);
        MPConstraint shortfallCap = model.capShortfall(shortfall);
        List<IndicatorBaseline> toSettle = new ArrayList<>(rising);
        List<RiseProof> proofs = new ArrayList<>();
        for (int k = 0; k < toSettle.size(); k++) {
            IndicatorBaseline baseline = toSettle.get(k);
            int index = rows.indexOf(baseline);
            long planRise = baseline.riseInThousandths(after.coefficient(model.plan.getSchools(), baseline));
            long budgetEnd = System.nanoTime() + millisUntil(deadline) / (toSettle.size() - k) * 1_000_000;
            if (index < 0 || millisUntil(budgetEnd) < 500) {
                proofs.add(new RiseProof(baseline, shortfall, proven, Verdict.UNSETTLED, 0, 0, -1, -1, 0));
                continue;
            }
            long started = System.nanoTime();
            double[] range = countRange(model, rows.countOf(index), millisUntil(budgetEnd) / 10);
            IndicatorRows.SquaresCap cap = Double.isNaN(range[0]) || Double.isNaN(range[1]) ? null
                    : rows.capOf(index, range[0], range[1]);
            Trial kept = cap == null ? Trial.UNSETTLED : trial(model, rows, cap, index, 0, millisUntil(budgetEnd) / 2);
            Verdict verdict = kept.settled ? Verdict.UNAVOIDABLE : kept.rise == 0 ? Verdict.AVOIDABLE : Verdict.UNSETTLED;
            long atLeast = 0;
            // The plan's own rise is known at the shortfall only when it misses no more heads than that.
            long known = Math.min(planShortfall <= shortfall ? planRise : Long.MAX_VALUE, kept.rise);
            Keeping keeping = new Keeping(-1, -1);
            if (verdict == Verdict.UNAVOIDABLE) {
                // How much it must rise at least: one thousandth more allowed at a time while the engine proves
                // none. On the county tier a test below the least rise took 15–25 s, one near it ran past a minute,
                // and the linear relaxation proves nothing (it keeps the coefficient with a fractional plan).
                long riseEnd = System.nanoTime() + (long) (millisUntil(budgetEnd) * LEAST_RISE_SHARE) * 1_000_000;
                atLeast = 1;
                while (atLeast < Math.min(known, planRise) && millisUntil(riseEnd) >= 500) {
                    Trial trial = trial(model, rows, cap, index, atLeast, millisUntil(riseEnd));
                    if (!trial.settled) {
                        known = Math.min(known, trial.rise);
                        break;
                    }
                    atLeast++;
                }
                long rise = known == Long.MAX_VALUE ? Math.max(atLeast, planRise) : known;
                keeping = keepingPrice(model, rows, cap, index, shortfallCap, shortfall, rise, budgetEnd);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.info("Rise proof: {} {} {} at a shortfall of {} (least rise {}‰, known {}; not kept up to {} heads, "
                    + "kept at {}) in {} s", baseline.group(), baseline.indicator(), verdict, shortfall, atLeast,
                    known == Long.MAX_VALUE ? "none" : known + "‰", keeping.notKeptUpTo,
                    keeping.keptAt < 0 ? "none found" : keeping.keptAt, String.format("%.1f", seconds));
            proofs.add(new RiseProof(baseline, shortfall, proven, verdict, atLeast,
                    known == Long.MAX_VALUE ? 0 : known, keeping.notKeptUpTo, keeping.keptAt, seconds));
        }
        return proofs;
    }

    /** What keeping one coefficient costs in heads: proven impossible up to {@code notKeptUpTo}, found at {@code keptAt}. */
    private record Keeping(long notKeptUpTo, long keptAt) {
    }

    /**
     * The coefficient held at its value before while the shortfall may be 1, 2, 4, … heads more than the least, and
     * last one head fewer than the rise's thousandths (the most that would still score better than the rise), until
     * a plan keeps it or the time is spent; the shortfall's cap is put back after.
     */
    private Keeping keepingPrice(CoreModel model, IndicatorRows rows, IndicatorRows.SquaresCap cap, int index,
            MPConstraint shortfallCap, long shortfall, long rise, long deadline) {
        long notKeptUpTo = shortfall;
        if (shortfallCap == null) {
            return new Keeping(notKeptUpTo, -1);
        }
        long most = rise - 1;
        try {
            for (long extra = 1; extra <= most && millisUntil(deadline) >= 500;
                    extra = extra == most ? most + 1 : Math.min(2 * extra, most)) {
                shortfallCap.setUb(shortfall + extra + 0.5);
                Trial trial = trial(model, rows, cap, index, 0, millisUntil(deadline));
                if (trial.settled) {
                    notKeptUpTo = shortfall + extra;
                } else {
                    // A plan that keeps it tells its own shortfall; one that still raises it (the chords) settles
                    // nothing, nor does the time running out.
                    return new Keeping(notKeptUpTo, trial.rise == 0 ? trial.shortfall : -1);
                }
            }
            return new Keeping(notKeptUpTo, -1);
        } finally {
            shortfallCap.setUb(shortfall + 0.5);
        }
    }

    /**
     * One test of the coefficient held at most {@code allowed} thousandths above its value before: settled when no
     * plan meets the row (the engine's INFEASIBLE), else the true rise of the plan found (MAX_VALUE for none).
     */
    private record Trial(boolean settled, long rise, long shortfall) {
        static final Trial UNSETTLED = new Trial(false, Long.MAX_VALUE, -1);
    }

    private Trial trial(CoreModel model, IndicatorRows rows, IndicatorRows.SquaresCap cap, int index, long allowed,
            long millis) {
        MPConstraint row = cap.hold(rows.baselineAt(index).before().value() + allowed / 1000.0);
        if (row == null) {
            return Trial.UNSETTLED;
        }
        try {
            EngineRun.Stage stage = EngineRun.run(settings, model.solver, millis, Map.of());
            if (stage.engineStatus().startsWith(MPSolverResponseStatus.MPSOLVER_INFEASIBLE.name())) {
                return new Trial(true, Long.MAX_VALUE, -1);
            }
            if (!stage.hasPlan()) {
                return Trial.UNSETTLED;
            }
            Map<MPVariable, Double> values = ExactCore.values(model, stage.values());
            return new Trial(false, rows.rises(values)[index], Math.round(model.shortfall.eval(values)));
        } finally {
            // The next test, and the next coefficient, are made without this row.
            row.setBounds(-MPSolver.infinity(), MPSolver.infinity());
        }
    }

    /** The least and the most of N over the linear relaxation of the model as it stands (NaN when not proven). */
    static double[] countRange(CoreModel model, Lin count, long millis) {
        if (!count.hasVariables()) {
            return new double[] { count.constant, count.constant };
        }
        return new double[] { EngineRun.relaxedOptimum(model.solver, count, false, millis / 2) - SLACK,
                EngineRun.relaxedOptimum(model.solver, count, true, millis / 2) + SLACK };
    }

    private static List<RiseProof> unsettled(Collection<IndicatorBaseline> rising, long shortfall, boolean proven) {
        return rising.stream().map(b -> new RiseProof(b, shortfall, proven, Verdict.UNSETTLED, 0, 0, -1, -1, 0))
                .toList();
    }

}
