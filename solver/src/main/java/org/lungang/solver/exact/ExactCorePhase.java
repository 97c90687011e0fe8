package org.lungang.solver.exact;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exact core as a Timefold phase after construction: solves the linear core of the rules with its share of the
 * time limit, from the construction's plan as its hint, and writes the exact plan into the rotations it decides (never
 * the pinned ones) when it scores better than the plan before it, so that local search starts from it; records what
 * it proved on the plan ({@link RotationPlan#getExactBound()}).
 * <p>
 * Configured in {@code solverConfig.xml} by custom properties: {@code timeShare} (of the solver's time limit, default
 * 0.85: on the county tier the first stage and the four rounds of the CV guard take about 50 s of 60, and a guard
 * cut to three rounds left the hybrid 2 thousandths of rise behind one with four; local search needs only seconds from
 * the exact plan), {@code guardExtraShare} (default 0.1: the CV guard's second round may run that much longer,
 * up to {@value #MAX_SHARE} of the limit, since local search cannot repair the rise the first leaves), {@code engine} (SCIP,
 * HIGHS or CP_SAT), {@code maxPairs} and {@code maxAggregatedPairs}, and
 * {@code fallbackSeconds} (the phase's time when the solver's limit is not known, default 20). {@code RotationSolver} sets
 * {@code solverTimeLimit} (an ISO-8601 duration) from the limit of each run; the share counts from the solve's start
 * when {@link SolveStartPhase} runs first.
 */
public final class ExactCorePhase implements PhaseCommand<RotationPlan> {

    private static final Logger LOG = LoggerFactory.getLogger(ExactCorePhase.class);

    /**
     * The last bound this thread's exact phase proved. Timefold returns a clone of its best plan, and when nothing
     * after the phase beats the plan the best was cloned from, that clone predates the bound: callers of
     * {@code Solver.solve} put it back with {@link #takeLastBound()}.
     */
    private static final ThreadLocal<ExactBound> LAST_BOUND = new ThreadLocal<>();

    /** The custom property that carries the solver's time limit into the phase. */
    public static final String SOLVER_TIME_LIMIT = "solverTimeLimit";

    /** The most of the solver's limit the phase takes, with the guard's extra share: local search gets the rest. */
    private static final double MAX_SHARE = 0.95;

    private double timeShare = 0.85;
    private double guardExtraShare = 0.1;
    private Duration solverTimeLimit;
    private double fallbackSeconds = 20;
    private ExactSettings settings = ExactSettings.defaults();

    public ExactCorePhase() {
        // Instantiated by Timefold when the solver is built: the native library loads meanwhile.
        ExactCore.preload();
    }

    public void setTimeShare(String share) {
        double value = Double.parseDouble(share);
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException("timeShare must be in [0, 1), was " + share);
        }
        this.timeShare = value;
    }

    /**
     * The extra share of the limit the CV guard's second round may take when the phase's own share runs out;
     * {@code -Dlungang.exact.guardExtraShare} overrides the configuration's (to measure).
     */
    public void setGuardExtraShare(String share) {
        double value = Double.parseDouble(System.getProperty("lungang.exact.guardExtraShare", share));
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException("guardExtraShare must be in [0, 1), was " + share);
        }
        this.guardExtraShare = value;
    }

    public void setSolverTimeLimit(String limit) {
        this.solverTimeLimit = Duration.parse(limit);
    }

    public void setFallbackSeconds(String seconds) {
        this.fallbackSeconds = Double.parseDouble(seconds);
    }

    /** The engine; {@code -Dlungang.exact.engine} overrides the configuration's (to compare engines on one config). */
    public void setEngine(String engine) {
        settings = settings.withEngine(Engine.valueOf(System.getProperty("lungang.exact.engine", engine)));
    }

    public void setMaxPairs(String pairs) {
        settings = settings.withMaxPairs(Long.parseLong(pairs), settings.maxAggregatedPairs());
    }

    public void setMaxAggregatedPairs(String pairs) {
        settings = settings.withMaxPairs(settings.maxPairs(), Long.parseLong(pairs));
    }

    /**
     * The phase's own time: its share of the solver's limit less what the phases before it spent since the solve
     * started ({@link SolveStartPhase}, when it ran), or the fallback when the limit is unknown.
     */
    Duration budget(OptionalLong solveStart, long phaseStart) {
        return budget(solveStart, phaseStart, timeShare);
    }

    /**
     * The time the CV guard's second round may take ({@link ExactCore#solve(RotationPlan, Duration, Duration,
     * BooleanSupplier)}): the phase's share and the guard's extra share, at most {@value #MAX_SHARE} of the limit.
     */
    Duration secondRoundBudget(OptionalLong solveStart, long phaseStart) {
        return budget(solveStart, phaseStart, Math.min(MAX_SHARE, timeShare + guardExtraShare));
    }

    private Duration budget(OptionalLong solveStart, long phaseStart, double timeShare) {
        if (solverTimeLimit == null) {
            return Duration.ofMillis(Math.round(fallbackSeconds * 1000));
        }
        long share = Math.round(solverTimeLimit.toMillis() * timeShare);
        long spent = solveStart.isPresent() ? (phaseStart - solveStart.getAsLong()) / 1_000_000 : 0;
        return Duration.ofMillis(Math.max(0, share - spent));
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<RotationPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        LAST_BOUND.remove();
        OptionalLong solveStart = SolveStartPhase.takeStart();
        long phaseStart = System.nanoTime();
        Duration budget = budget(solveStart, phaseStart);
        if (timeShare == 0 || budget.isZero() || isPhaseTerminated.getAsBoolean()) {
            return;
        }
        Duration secondRound = secondRoundBudget(solveStart, phaseStart);
        RotationPlan plan = scoreDirector.getWorkingSolution();
        ExactCore.Result result = new ExactCore(settings).solve(plan, budget, secondRound, isPhaseTerminated);
        HardMediumSoftLongScore before = score(scoreDirector);
        Map<Rotation, School> previous = apply(scoreDirector, result.destinations());
        HardMediumSoftLongScore after = score(scoreDirector);
        if (after.compareTo(before) < 0) {
            // The core leaves out the soft rules and guards the indicators only approximately: local search goes on
            // from the construction's plan when that scores better.
            LOG.info("Exact core: its plan scores {}, the plan before it {}: kept the plan before it", after, before);
            apply(scoreDirector, previous);
        }
        plan.setExactBound(result.bound());
        LAST_BOUND.set(result.bound());
    }

    /**
     * The working plan's score. Timefold's public ScoreDirector has no score: its one implementation, the inner score
     * director, computes it incrementally.
     */
    @SuppressWarnings("unchecked")
    private static HardMediumSoftLongScore score(ScoreDirector<RotationPlan> scoreDirector) {
        return ((InnerScoreDirector<RotationPlan, HardMediumSoftLongScore>) scoreDirector).calculateScore().raw();
    }

    /** Sets the destinations (never of a pinned rotation) and returns what they replaced. */
    private static Map<Rotation, School> apply(ScoreDirector<RotationPlan> scoreDirector,
            Map<Rotation, School> destinations) {
        Map<Rotation, School> previous = new HashMap<>();
        for (Map.Entry<Rotation, School> entry : destinations.entrySet()) {
            Rotation rotation = entry.getKey();
            if (rotation.isPinned() || rotation.getDestination() == entry.getValue()) {
                continue;
            }
            previous.put(rotation, rotation.getDestination());
            scoreDirector.beforeVariableChanged(rotation, "destination");
            rotation.setDestination(entry.getValue());
            scoreDirector.afterVariableChanged(rotation, "destination");
        }
        scoreDirector.triggerVariableListeners();
        return previous;
    }

    /** The bound of the last exact phase run on this thread, or null; cleared by the call. */
    public static ExactBound takeLastBound() {
        ExactBound bound = LAST_BOUND.get();
        LAST_BOUND.remove();
        return bound;
    }
}
