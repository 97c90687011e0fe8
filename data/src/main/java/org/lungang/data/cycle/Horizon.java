package org.lungang.data.cycle;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;
import org.lungang.data.json.LoadedProblem;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.kpi.IndicatorKpis;
import org.lungang.solver.kpi.KpiCalculator;
import org.lungang.solver.kpi.PlanKpis;

/**
 * Plans school year after school year: solve the year, take the plan as approved, {@link Rollover roll over} to the
 * next year, and so on. Each year's figures come from the plan's own KPIs ({@link KpiCalculator}), the coefficients
 * from the one implementation of the official 差异系数.
 */
public final class Horizon {

    /** What a horizon reports as it goes: each year's problem and solved plan, before the next year is made. */
    public interface Listener {
        void yearSolved(int index, int years, LoadedProblem problem, RotationPlan solved, HorizonYear row);
    }

    private final RotationSolver solver;
    /** The step budget of a reproducible horizon; null under a time limit alone. */
    private final Integer stepsPerYear;
    private final long seed;

    public Horizon(RotationSolver solver) {
        this(solver, null, 0);
    }

    private Horizon(RotationSolver solver, Integer stepsPerYear, long seed) {
        this.solver = solver;
        this.stepsPerYear = stepsPerYear;
        this.seed = seed;
    }

    /**
     * A horizon that repeats: the same problem, steps and seed give the same plans and figures, whatever the load of
     * the machine. Each year is solved by construction and then {@code stepsPerYear} local-search steps with the
     * given random seed; the exact core phase is left out, since it stops on the clock (its share of the time
     * limit). The time limit per year stays a cap: a year that reaches it before its steps are done is named in
     * {@link HorizonResult.Reproducibility#yearsAtTimeLimit()}, and then the horizon may not repeat.
     *
     * @param stepsPerYear local-search steps per year, at least 1
     */
    public static Horizon reproducible(int stepsPerYear, long seed) {
        if (stepsPerYear < 1) {
            throw new IllegalArgumentException("A reproducible horizon takes at least one step a year, not "
                    + stepsPerYear);
        }
        return new Horizon(new RotationSolver(reproducibleConfig(stepsPerYear, seed)), stepsPerYear, seed);
    }

    static SolverConfig reproducibleConfig(int stepsPerYear, long seed) {
        // The time limit here is replaced by each solve's own (RotationSolver.solve): a cap, not the budget.
        SolverConfig config = RotationSolver.configWithoutExactPhase(Duration.ofDays(1))
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed);
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig localSearch) {
                localSearch.setTerminationConfig(new TerminationConfig().withStepCountLimit(stepsPerYear));
            }
        }
        return config;
    }

    /**
     * @param start the first year's problem
     * @param years how many school years to plan, at least 1
     * @param timePerYear the solver's time limit for each year
     * @throws InvalidInputException when a year's plan breaks a hard rule, naming the year (no later year is made)
     */
    public HorizonResult run(LoadedProblem start, int years, Duration timePerYear, Listener listener) {
        if (years < 1) {
            throw new IllegalArgumentException("A horizon has at least one year, not " + years);
        }
        List<HorizonYear> rows = new ArrayList<>();
        Set<String> cohort = new HashSet<>();
        for (Rotation rotation : start.plan().getRotations()) {
            if (rotation.isCandidate()) {
                cohort.add(rotation.getId());
            }
        }
        Set<String> rotatedOnce = new HashSet<>();
        List<Integer> atTimeLimit = new ArrayList<>();
        LoadedProblem problem = start;
        for (int i = 0; i < years; i++) {
            long began = System.nanoTime();
            RotationPlan solved = solver.solve(problem.plan(), timePerYear);
            if (System.nanoTime() - began >= timePerYear.toNanos()) {
                atTimeLimit.add(problem.year());
            }
            boolean feasible = solver.score(solved).isFeasible();
            HorizonYear row = row(problem.year(), solved, feasible, cohort, rotatedOnce);
            rows.add(row);
            listener.yearSolved(i, years, problem, solved, row);
            if (!feasible) {
                throw new InvalidInputException(List.of(new InputError(problem.name(), "year " + problem.year(),
                        "the plan of " + problem.year() + " breaks a hard rule (" + solved.getScore()
                                + "): the horizon stops here; solve that year alone to see the broken rules")));
            }
            if (i + 1 < years) {
                problem = Rollover.next(new LoadedProblem(problem.name(), problem.year(), solved),
                        problem.name() + " " + problem.year()).next();
            }
        }
        return new HorizonResult(start.name(), timePerYear.toMillis() / 1000.0, rows, stepsPerYear == null ? null
                : new HorizonResult.Reproducibility(stepsPerYear, seed, atTimeLimit));
    }

    static HorizonYear row(int year, RotationPlan solved, boolean feasible, Set<String> cohort,
            Set<String> rotatedOnce) {
        PlanKpis kpis = KpiCalculator.calculate(solved);
        Map<RotationKind, Integer> byKind = new EnumMap<>(RotationKind.class);
        int away = 0;
        int onRoster = 0;
        for (Rotation rotation : solved.getRotations()) {
            if (rotation.isMoving()) {
                rotatedOnce.add(rotation.getId());
                byKind.merge(rotation.getKind(), 1, Integer::sum);
            }
            away += rotation.isAwayOnExchange() ? 1 : 0;
            onRoster += cohort.contains(rotation.getId()) ? 1 : 0;
        }
        int covered = 0;
        for (Rotation rotation : solved.getRotations()) {
            if (cohort.contains(rotation.getId()) && rotatedOnce.contains(rotation.getId())) {
                covered++;
            }
        }
        int extended = (int) solved.getTermEnds().stream().filter(e -> e.extended()).count();
        int returned = solved.getTermEnds().size() - extended;
        List<HorizonYear.Coefficient> coefficients = new ArrayList<>();
        for (IndicatorKpis indicator : kpis.indicators()) {
            coefficients.add(new HorizonYear.Coefficient(indicator.group(), indicator.indicator(),
                    indicator.coefficientBefore(), indicator.coefficientAfter(), indicator.threshold()));
        }
        return new HorizonYear(year, solved.getTeachers().size(), kpis.county().eligible(), away,
                kpis.county().rotated(), byKind, returned, extended, kpis.county().quotaSchools(),
                kpis.county().quotaSchoolsMet(), kpis.county().quotaMet(), feasible, String.valueOf(solved.getScore()),
                coefficients, onRoster == 0 ? 0.0 : (double) covered / onRoster, onRoster, covered);
    }
}
