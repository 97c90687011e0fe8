package org.lungang.webui.cycle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import org.lungang.data.cycle.Horizon;
import org.lungang.data.cycle.HorizonResult;
import org.lungang.data.cycle.HorizonSweep;
import org.lungang.data.cycle.HorizonYear;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.sweep.SweepParameter;
import org.lungang.data.sweep.SweepParameterException;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.Subject;
import org.lungang.webui.audit.AuditService;
import org.lungang.webui.base.BackgroundRun;
import org.lungang.webui.base.BackgroundRun.State;
import org.lungang.webui.base.BackgroundRunner;
import org.lungang.webui.base.ConflictException;
import org.lungang.webui.base.InvalidRequestException;
import org.lungang.webui.base.NotFoundException;
import org.lungang.webui.base.RecentRuns;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Multi-year horizons of a scenario's problem in the background, by the same {@link Horizon} as
 * {@code ./lungang horizon} (and, with a quota of its own, the same {@link HorizonSweep} point as
 * {@code --sweep quota=...}): each year solved for a fixed time, taken as approved and rolled over. One horizon runs at
 * a time (it keeps a solver busy for years × time); horizons live in memory only, the most recent ones.
 */
@Service
public class HorizonService {

    /** As {@code ./lungang horizon --years}. */
    static final int MAX_YEARS = 20;
    static final Duration MIN_TIME_PER_YEAR = Duration.ofSeconds(1);
    static final Duration MAX_TIME_PER_YEAR = Duration.ofMinutes(10);
    /** Horizons remembered (each holds every year's list): the most recent ones. */
    static final int KEPT_RUNS = 10;

    /** One move of a year's list, with the names a planner reads. */
    public record ListedMove(String teacherId, String teacherName, Subject subject, String fromSchoolName,
            String toSchoolName, RotationKind kind) {
    }

    /** One solved year: its figures and its list. */
    public record SolvedYear(HorizonYear figures, List<ListedMove> moves) {

        public SolvedYear {
            moves = List.copyOf(moves);
        }
    }

    /**
     * What the planner asked for.
     *
     * @param quota the rotation quota of every year (a share, 0.10 for 10 %), or null for the scenario's own
     * @param stepsPerYear local-search steps per year of a reproducible horizon ({@link Horizon#reproducible}, seed
     *        0), or null to solve each year for its time
     */
    public record Request(long scenarioId, String scenarioName, int firstYear, int years, Duration timePerYear,
            Double quota, Integer stepsPerYear, String startedBy) {
    }

    /**
     * A horizon: its request, the years solved so far, and at the end its result, the error that ended it, or the
     * planner's stop (the years solved until then stay).
     */
    public static final class HorizonRun extends BackgroundRun<HorizonResult> {
        private final Request request;
        private final List<SolvedYear> solved = new ArrayList<>();

        HorizonRun(long id, Request request) {
            super(id);
            this.request = request;
        }

        public Request request() { return request; }
        public int total() { return request.years(); }

        /** The years solved so far, in order. */
        public List<SolvedYear> solved() {
            synchronized (solved) {
                return List.copyOf(solved);
            }
        }

        public int done() {
            synchronized (solved) {
                return solved.size();
            }
        }

        /** The school year being solved while the horizon runs (1-based position {@link #done()} + 1). */
        public int yearInProgress() {
            return request.firstYear() + done();
        }

        void add(SolvedYear year) {
            synchronized (solved) {
                solved.add(year);
            }
        }
    }

    private final ScenarioService scenarios;
    private final AuditService audit;
    /** Each year solved for its time, with the application's solver. */
    private final Horizon timed;
    private final RecentRuns<HorizonRun> runs = new RecentRuns<>("Horizon", KEPT_RUNS);
    private final BackgroundRunner runner = new BackgroundRunner("lungang-horizons");

    HorizonService(ScenarioService scenarios, AuditService audit, RotationSolver solver) {
        this.scenarios = scenarios;
        this.audit = audit;
        this.timed = new Horizon(solver);
    }

    /**
     * Starts a horizon of the scenario's problem (its policy, weights, housing, and the planner's pins and forbidden
     * moves for the first year). Everything is checked before anything is solved.
     *
     * @param quota the rotation quota of every year as a share, or null for the scenario's
     * @param stepsPerYear local-search steps per year for a reproducible horizon, or null to solve for the time
     * @param listener told after each year and at the end, from the horizon's thread
     * @throws InvalidRequestException naming the field at fault
     * @throws ConflictException while another horizon runs
     */
    @PreAuthorize("hasRole('PLANNER')")
    public synchronized HorizonRun start(long scenarioId, int years, Duration timePerYear, Double quota,
            Integer stepsPerYear, Consumer<HorizonRun> listener) {
        if (years < 1 || years > MAX_YEARS) {
            throw new InvalidRequestException("years", "A horizon plans 1 to " + MAX_YEARS + " school years, not "
                    + years);
        }
        if (timePerYear == null || timePerYear.compareTo(MIN_TIME_PER_YEAR) < 0
                || timePerYear.compareTo(MAX_TIME_PER_YEAR) > 0) {
            throw new InvalidRequestException("timePerYear", "The time per year must be between 1 second and "
                    + MAX_TIME_PER_YEAR.toMinutes() + " minutes");
        }
        if (stepsPerYear != null && stepsPerYear < 1) {
            throw new InvalidRequestException("stepsPerYear", "A reproducible horizon takes at least 1 step a year, "
                    + "not " + stepsPerYear);
        }
        Optional<HorizonRun> running = running();
        if (running.isPresent()) {
            Request other = running.get().request();
            throw new ConflictException("A horizon of \"" + other.scenarioName() + "\" started by "
                    + other.startedBy() + " is running (year " + (running.get().done() + 1) + " of "
                    + other.years() + "): one horizon runs at a time");
        }
        Scenario scenario = scenarios.get(scenarioId);
        LoadedProblem start = scenarios.problem(scenarioId, List.of());
        SweepParameter quotaParameter = quota == null ? null : quotaParameter(quota, start);
        Request request = new Request(scenarioId, scenario.getName(), start.year(), years, timePerYear, quota,
                stepsPerYear, AuditService.currentUsername());
        Horizon horizon = stepsPerYear == null ? timed : Horizon.reproducible(stepsPerYear, 0);
        HorizonRun run = runs.add(id -> new HorizonRun(id, request));
        audit.record("HORIZON_STARTED", "scenario", scenarioId, years + " years from " + start.year() + ", "
                + timePerYear + " per year" + (quota == null ? "" : ", quota " + SweepParameter.format(quota))
                + (stepsPerYear == null ? "" : ", reproducible: " + stepsPerYear + " steps per year"));
        Horizon.Listener progress = (index, total, problem, solvedPlan, row) -> {
            // A year whose solve the stop cut short is not a year solved: it is left out, and the horizon ends.
            run.checkNotStopped();
            run.add(new SolvedYear(row, moves(solvedPlan)));
            listener.accept(run);
        };
        runner.start(run, "Horizon " + run.id() + " of scenario " + scenarioId, () -> quotaParameter == null
                ? horizon.run(start, years, timePerYear, progress)
                : HorizonSweep.run(horizon, start, quotaParameter, years, timePerYear, progress).get(0).horizon(),
                () -> listener.accept(run));
        return run;
    }

    private static SweepParameter quotaParameter(double quota, LoadedProblem start) {
        try {
            return SweepParameter.parse("quota=" + SweepParameter.format(quota), start.plan().getPolicy());
        } catch (SweepParameterException e) {
            throw new InvalidRequestException("quota", e.getMessage().replaceFirst("^--param ", ""));
        }
    }

    private static List<ListedMove> moves(RotationPlan plan) {
        return plan.getRotations().stream()
                .filter(Rotation::isMoving)
                .map(r -> new ListedMove(r.getId(), r.getTeacher().name(), r.getSubject(), r.getHomeSchool().getName(),
                        r.getDestination().getName(), r.getKind()))
                .toList();
    }

    @PreAuthorize("hasRole('VIEWER')")
    public HorizonRun get(long id) {
        return runs.get(id);
    }

    /**
     * Stops a running horizon: the years solved so far stay, the year in progress is left off (its solve ends at
     * once), and the horizon is {@link BackgroundRun.State#STOPPED stopped}. A horizon already ended stays as it is.
     *
     * @return the horizon
     * @throws NotFoundException for an unknown horizon
     */
    @PreAuthorize("hasRole('PLANNER')")
    public HorizonRun stop(long id) {
        HorizonRun run = runs.get(id);
        if (run.stop()) {
            audit.record("HORIZON_STOPPED", "scenario", run.request().scenarioId(), "horizon " + id + " after "
                    + run.done() + " of " + run.total() + " years");
        }
        return run;
    }

    /** The horizon that runs now, if any (of any scenario). */
    @PreAuthorize("hasRole('VIEWER')")
    public Optional<HorizonRun> running() {
        return runs.all().stream().filter(r -> r.state() == State.RUNNING).findFirst();
    }

    /** The scenario's most recent horizon, running or done, if one is remembered. */
    @PreAuthorize("hasRole('VIEWER')")
    public Optional<HorizonRun> latest(long scenarioId) {
        return runs.all().stream().filter(r -> r.request().scenarioId() == scenarioId)
                .max(Comparator.comparingLong(HorizonRun::id));
    }

    @PreDestroy
    void shutdown() {
        runner.shutdown();
    }
}
