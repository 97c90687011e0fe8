package org.lungang.solver;

import java.time.Duration;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.lungang.solver.domain.RotationPlan;

/**
 * The entry point to solving and scoring: one solver configuration (the classpath resource
 * {@code org/lungang/solver/solverConfig.xml}) shared by the command line, the web application and the benchmarks.
 */
public final class RotationSolver {

    /** The classpath resource of the solver configuration. */
    public static final String CONFIG_RESOURCE = "org/lungang/solver/solverConfig.xml";

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

    /** The shared configuration with a time limit, and an unimproved limit so small problems end early. */
    public static SolverConfig configWithTimeLimit(Duration limit) {
        return SolverConfig.createFromXmlResource(CONFIG_RESOURCE)
                .withTerminationConfig(terminationConfig(limit));
    }

    private static TerminationConfig terminationConfig(Duration limit) {
        return new TerminationConfig().withSpentLimit(limit);
    }

    /**
     * Solves the plan within the time limit, starting from its current destinations (a warm start when some are
     * set), and returns the best plan found.
     */
    public RotationPlan solve(RotationPlan problem, Duration limit) {
        return solve(problem, limit, best -> {
        });
    }

    /** As {@link #solve(RotationPlan, Duration)}, calling back on each new best plan. */
    public RotationPlan solve(RotationPlan problem, Duration limit, Consumer<RotationPlan> onNewBest) {
        SolverConfig config = baseConfig.copyConfig().withTerminationConfig(terminationConfig(limit));
        Solver<RotationPlan> solver = SolverFactory.<RotationPlan> create(config).buildSolver();
        solver.addEventListener(event -> onNewBest.accept(event.getNewBestSolution()));
        return solver.solve(problem);
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
