package org.lungang.solver.exact;

import static org.lungang.solver.exact.EngineRun.millisUntil;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.google.ortools.linearsolver.MPVariable;

import org.lungang.solver.constraints.RotationConstraintProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exact core's guarded stage: rounds of the core with the shortfall held, each pricing the official coefficients
 * that still rise, to give local search a start that keeps them (the rule {@code indicatorsMustNotWorsen}).
 */
final class CvGuard {

    private static final Logger LOG = LoggerFactory.getLogger(CvGuard.class);
    /** What the soft rule gives for a thousandth of CV lower, in units of the second objective (soft points). */
    static final double CV_SOFT_PRICE = RotationConstraintProvider.INDICATOR_WEIGHT_PER_CV / 1000.0;
    /** How much a coefficient's price grows (still rising) or shrinks (fallen) from one guard round to the next. */
    private static final double PRICE_STEP = 4;
    /**
     * A guard round stops once its plan is within this share of the best for its prices: the rounds are a heuristic
     * for local search's start (the bound is the second stage's), and proving each to optimality spent the time a
     * further round needs. County tier, hybrid 60 s, one run each: rise 9‰ in 4 rounds at 0.02 and 0.005, 9‰ and
     * 11‰ at 0.01, against 11‰ in 3 rounds twice at 0 (−11 against −13medium). {@code -Dlungang.exact.guardGap}
     * overrides it (to measure).
     */
    static final double GUARD_GAP = Double.parseDouble(System.getProperty("lungang.exact.guardGap", "0.02"));
    /**
     * From this round on, a round starts only with at least the time the round before it took; otherwise local
     * search gets the time. Cut short, a round finds nothing: on the county tier (hybrid 60 s, 2026-12-07 evening,
     * 20 runs) the 14 second rounds with 0.25–0.99 of the first round's time kept its 58‰ and left local search
     * 4–10 s, and the 6 with 0.94–1.62 of it reached 11–12‰.
     */
    static final int CUT_SHORT_ROUNDS_FROM = 2;
    /**
     * The round that may run until the later deadline the phase gives it (the second round's limit of
     * {@code ExactCore.solve}): the second, which does most of the repair after the first (county tier: 541‰ → 58‰ →
     * 11‰). Not the first: on qiqihar (60 s, 30,000 teachers) a first round given the extra time found nothing in it
     * and left local search 4.6 s from construction's plan (−257medium, against −178 for local search alone).
     */
    static final int EXTENDED_ROUND = 2;
    /** Guard rounds at most. */
    private static final int ROUNDS = 4;
    /** The guarded stage runs only with at least this much time left. */
    private static final long MIN_MILLIS = 1_000;

    private final ExactSettings settings;

    CvGuard(ExactSettings settings) {
        this.settings = settings;
    }

    /**
     * When the rounds end, on {@link System#nanoTime()}: {@code phase}, the phase's deadline; {@code secondRound},
     * until which round {@value #EXTENDED_ROUND} may run (when later); and whether local search follows,
     * taking the time of a round that does not start ({@link #startsRound}). Alone, every round with time left
     * starts: nothing else would use the time.
     */
    record Deadlines(long phase, long secondRound, boolean beforeLocalSearch) {

        /** Until when guard round {@code round} (from 1) may run. */
        long of(int round) {
            return round == EXTENDED_ROUND ? Math.max(phase, secondRound) : phase;
        }
    }

    /** What the guarded stage did (for the log and the bound's message) and the plan it leaves. */
    record Result(String note, Map<MPVariable, Double> values) {
    }

    /**
     * The guarded stage: with the shortfall still held, the second objective less a price per estimated thousandth
     * of each official CV's change ({@link IndicatorRows#changesAt}, linearised at the plan before the stage), from
     * that plan. The price is the soft rule's (a thousandth lower is worth {@value #CV_SOFT_PRICE}) and, for a
     * coefficient that rises, {@code guardWeight} more, raised each round while it still rises (a Lagrangian price
     * for "no coefficient rises"); a round's plan replaces the one before when its exact rise is lower (or the same
     * with a better objective). Prices in the objective instead of rows with the excess: six dense rows made SCIP's
     * root LP on the county tier run past 20 s, the objective alone solves in 8 s. The rounds also price the rule
     * that the longest-serving go first ({@link SeniorityCost}, no rows either): the plan the stage leaves is local
     * search's start, and the bound stays the second stage's.
     */
    Result run(CoreModel model, Map<MPVariable, Double> values, Deadlines deadlines, long overrun,
            BooleanSupplier stop) {
        IndicatorRows guard = new IndicatorRows(model);
        long[] rises = guard.rises(values);
        long before = Arrays.stream(rises).sum();
        if (before == 0) {
            // Nothing to repair: the guarded stage could only spend the time local search would use.
            return new Result("; CV guard: no rise to repair", values);
        }
        List<Lin> changes = guard.changesAt(values);
        Lin seniority = SeniorityCost.of(model);
        double[] prices = new double[rises.length];
        Map<MPVariable, Double> best = values;
        long bestRise = before;
        int rounds = 0;
        long lastRoundMillis = 0;
        String ended = "";
        while (millisUntil(deadlines.of(rounds + 1)) - overrun >= MIN_MILLIS
                && !stop.getAsBoolean() && rounds < ROUNDS) {
            Lin penalised = new Lin().addAll(model.objective, 1).addAll(seniority, 1);
            for (int i = 0; i < prices.length; i++) {
                if (rises[i] > 0) {
                    prices[i] = prices[i] == 0 ? settings.guardWeight() : prices[i] * PRICE_STEP;
                } else {
                    // Fallen: a lower price may buy back posts and km the coefficient does not need.
                    prices[i] /= PRICE_STEP;
                }
                penalised.addAll(changes.get(i), -(CV_SOFT_PRICE + prices[i]));
            }
            model.setObjective(penalised, true);
            long millis = millisUntil(deadlines.of(rounds + 1)) - overrun
                    - ExactCore.handoverMillis(model.solver);
            if (millis <= 100) {
                break;
            }
            if (deadlines.beforeLocalSearch() && !startsRound(rounds + 1, millis, lastRoundMillis)) {
                ended = String.format(" (round %d not started: %d ms left, round %d took %d ms)", rounds + 1, millis,
                        rounds, lastRoundMillis);
                break;
            }
            long roundStart = System.nanoTime();
            EngineRun.Stage round = EngineRun.run(settings, model.solver, millis, model.completeHint(best),
                    GUARD_GAP);
            lastRoundMillis = (System.nanoTime() - roundStart) / 1_000_000;
            rounds++;
            if (!round.hasPlan()) {
                ended = " (" + round.engineStatus() + ")";
                break;
            }
            Map<MPVariable, Double> plan = ExactCore.values(model, round.values());
            rises = guard.rises(plan);
            long after = Arrays.stream(rises).sum();
            LOG.info("Exact core ({}): CV guard round {}: rise {}‰ → {}‰ {}, objective {} ({})", settings.engine(),
                    rounds, bestRise, after, Arrays.toString(rises),
                    Math.round(model.objective.eval(plan)), round.status());
            if (after < bestRise
                    || after == bestRise && model.objective.eval(plan) > model.objective.eval(best) + 0.5) {
                best = plan;
                bestRise = after;
            }
            if (after == 0) {
                break;
            }
        }
        return new Result(String.format("; CV guard: rise %d‰ → %d‰ in %d round%s%s", before, bestRise, rounds,
                rounds == 1 ? "" : "s", ended), best);
    }

    /**
     * Whether guard round {@code round} (from 1) starts with {@code millisLeft}, the round before it having taken
     * {@code lastRoundMillis}: always up to round {@value #CUT_SHORT_ROUNDS_FROM} − 1, then only with at least that
     * much time.
     */
    static boolean startsRound(int round, long millisLeft, long lastRoundMillis) {
        return round < CUT_SHORT_ROUNDS_FROM || millisLeft >= lastRoundMillis;
    }
}
