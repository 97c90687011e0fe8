package org.lungang.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.exact.ExactBound;
import org.lungang.solver.exact.ExactCore;
import org.lungang.solver.exact.ExactCorePhase;
import org.lungang.solver.exact.SolveStartPhase;

/**
 * The entry point to solving and scoring: one solver configuration (the classpath resource
 * {@code org/lungang/solver/solverConfig.xml}) shared by the command line, the web application and the benchmarks.
 */
public final class RotationSolver {

    /** The classpath resource of the solver configuration. */
    public static final String CONFIG_RESOURCE = "org/lungang/solver/solverConfig.xml";

    /** One daemon thread for every solve's deadline: it only calls {@link Solver#terminateEarly()}. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "lungang-solve-deadline");
        thread.setDaemon(true);
        return thread;
    });

    private final SolverConfig baseConfig;
    private final SolutionManager<RotationPlan, HardMediumSoftLongScore> solutionManager;

    public RotationSolver() {
        this(SolverConfig.createFromXmlResource(CONFIG_RESOURCE));
    }

    public RotationSolver(SolverConfig baseConfig) {
        this.baseConfig = baseConfig;
        // Scoring and analysis run no phase, but Timefold's recommendation API asks for exactly one construction
        // heuristic: the solving phases (local search only, see the config) are swapped for one here.
        SolverConfig analysisConfig = baseConfig.copyConfig()
                .withPhases(new ConstructionHeuristicPhaseConfig());
        this.solutionManager = SolutionManager.create(SolverFactory.create(analysisConfig));
    }

    /** The shared configuration with a time limit, the exact core phase getting its share of it. */
    public static SolverConfig configWithTimeLimit(Duration limit) {
        return withTimeLimit(SolverConfig.createFromXmlResource(CONFIG_RESOURCE), limit);
    }

    /**
     * The shared configuration with a time limit, without the exact core phase (nor the phase that notes the start
     * for it): construction and local search alone (for comparisons).
     */
    public static SolverConfig configWithoutExactPhase(Duration limit) {
        SolverConfig config = configWithTimeLimit(limit);
        List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
        phases.removeIf(phase -> isExactPhase(phase) || isCustomPhase(phase, SolveStartPhase.class));
        return config.withPhases(phases.toArray(PhaseConfig[]::new));
    }

    /**
     * A copy of the configuration with the time limit as its termination, and the limit passed to the exact core
     * phase, which takes its share of it.
     */
    public static SolverConfig withTimeLimit(SolverConfig base, Duration limit) {
        SolverConfig config = base.copyConfig().withTerminationConfig(terminationConfig(limit));
        if (config.getPhaseConfigList() != null) {
            for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
                if (isExactPhase(phase)) {
                    CustomPhaseConfig custom = (CustomPhaseConfig) phase;
                    Map<String, String> properties = custom.getCustomProperties() == null ? new LinkedHashMap<>()
                            : new LinkedHashMap<>(custom.getCustomProperties());
                    properties.put(ExactCorePhase.SOLVER_TIME_LIMIT, limit.toString());
                    custom.setCustomProperties(properties);
                }
            }
        }
        return config;
    }

    private static boolean isExactPhase(PhaseConfig<?> phase) {
        return isCustomPhase(phase, ExactCorePhase.class);
    }

    private static boolean isCustomPhase(PhaseConfig<?> phase, Class<?> command) {
        return phase instanceof CustomPhaseConfig custom && custom.getCustomPhaseCommandClassList() != null
                && custom.getCustomPhaseCommandClassList().contains(command);
    }

    private static TerminationConfig terminationConfig(Duration limit) {
        return new TerminationConfig().withSpentLimit(limit);
    }

    /**
     * Solves the plan within the time limit, starting from its current destinations (a warm start when some are
     * set), and returns the best plan found. The exact core phase runs first with its share of the limit; what it
     * proved is on the returned plan ({@link RotationPlan#getExactBound()}).
     */
    public RotationPlan solve(RotationPlan problem, Duration limit) {
        return solve(problem, limit, best -> {
        });
    }

    /** As {@link #solve(RotationPlan, Duration)}, calling back on each new best plan. */
    public RotationPlan solve(RotationPlan problem, Duration limit, Consumer<RotationPlan> onNewBest) {
        SolverConfig config = withTimeLimit(baseConfig, limit);
        if (config.getPhaseConfigList().stream().anyMatch(RotationSolver::isExactPhase)) {
            // OR-Tools' native library loads once per JVM (a second or more on a busy machine): before the clock
            // starts, so that the first solve's exact phase and local search keep their shares of the limit.
            ExactCore.loadNative();
        }
        long started = System.nanoTime();
        Solver<RotationPlan> solver = SolverFactory.<RotationPlan> create(config).buildSolver();
        solver.addEventListener(event -> onNewBest.accept(event.getNewBestSolution()));
        RotationPlan best = solveWithin(solver, problem, started, limit);
        ExactBound bound = ExactCorePhase.takeLastBound();
        if (best.getExactBound() == null) {
            best.setExactBound(bound);
        }
        return best;
    }

    /**
     * Runs the solver and stops it when the limit, counted from {@code started} ({@link System#nanoTime()}), is
     * spent. Timefold counts its own time limit only from after it has copied the plan and inserted it into the
     * score network (0.4 s on the county tier, 2 s on the city tier), so its limit alone ends the call that much
     * late; the solver's own limit stays as the backstop. The exact core phase counts its share from
     * {@code started} as well.
     */
    public static RotationPlan solveWithin(Solver<RotationPlan> solver, RotationPlan problem, long started,
            Duration limit) {
        long delay = limit.toNanos() - (System.nanoTime() - started);
        ScheduledFuture<?> deadline = DEADLINES.schedule(solver::terminateEarly, delay, TimeUnit.NANOSECONDS);
        SolveStartPhase.markStart(started);
        try {
            return solver.solve(problem);
        } finally {
            deadline.cancel(false);
            SolveStartPhase.takeStart();
        }
    }

    /** Calculates the plan's score in place and returns it. */
    public HardMediumSoftLongScore score(RotationPlan plan) {
        return solutionManager.update(plan);
    }

    /** Per-constraint breakdown of the plan's score, with every match and its justification. */
    public ScoreAnalysis<HardMediumSoftLongScore> analyze(RotationPlan plan) {
        return solutionManager.analyze(plan);
    }

    /** Scoring, analysis and recommendations (recommendAssignment) for plans of this solver. */
    public SolutionManager<RotationPlan, HardMediumSoftLongScore> solutionManager() {
        return solutionManager;
    }
}
