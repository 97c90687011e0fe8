package org.lungang.webui.overview;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPlanCloner;
import org.lungang.solver.exact.ExactSettings;
import org.lungang.solver.exact.GuardedBound;
import org.lungang.solver.exact.RiseProver;
import org.lungang.solver.exact.RiseProver.RiseProof;
import org.lungang.solver.kpi.IndicatorBaseline;
import org.lungang.webui.base.BackgroundRun;
import org.lungang.webui.base.BackgroundRunner;

/**
 * Proves, for the official CVs a plan raises, whether a plan at the least quota shortfall could keep them
 * ({@link RiseProver}), and how near the plan is to the best that raises no coefficient above it
 * ({@link GuardedBound}): what a bureau shows when a rise is the quotas' doing. One proof at a time (it keeps the
 * machine's cores busy); each plan's latest proof is kept while the application runs.
 */
@Service
public class RiseProofService {

    /** The rises' time: about 20 s per coefficient on a county of 12,000 teachers, more for the least rise. */
    public static final Duration TIME = Duration.ofSeconds(60);
    /** The bound's time: about a minute on a county of 12,000 teachers. */
    public static final Duration BOUND_TIME = Duration.ofSeconds(60);

    /** What a proof found: a verdict per rising coefficient, and the bound under the coefficients. */
    public record RiseProofs(List<RiseProof> proofs, GuardedBound.Result bound) {
    }

    /** A proof of one plan, as the overview follows it. */
    public static final class RiseProofRun extends BackgroundRun<RiseProofs> {

        private final RotationPlan plan;

        RiseProofRun(long id, RotationPlan plan) {
            super(id);
            this.plan = plan;
        }

        /** Whether this is the proof of that plan. */
        public boolean proves(RotationPlan other) {
            return plan == other;
        }
    }

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, RiseProofRun> latest = new ConcurrentHashMap<>();
    private final BackgroundRunner runner = new BackgroundRunner("lungang-rise-proofs");
    private final RiseProver prover = new RiseProver(ExactSettings.defaults());
    private final GuardedBound guardedBound = new GuardedBound(ExactSettings.defaults());

    /** The longest a proof takes: the rises', then the bound's. */
    public static Duration totalTime() {
        return TIME.plus(BOUND_TIME);
    }

    /** The coefficients the plan raises: what a proof would settle (none: nothing to prove). */
    public List<IndicatorBaseline> rising(RotationPlan plan) {
        return RiseProver.rising(plan);
    }

    /**
     * Starts proving the rises of the scenario's plan as it is now, after any proof started before.
     *
     * @param atEnd told on the proof's thread when it ended
     */
    @PreAuthorize("hasRole('PLANNER')")
    public RiseProofRun start(long scenarioId, RotationPlan plan, Runnable atEnd) {
        RiseProofRun run = new RiseProofRun(ids.incrementAndGet(), plan);
        latest.put(scenarioId, run);
        List<IndicatorBaseline> rising = RiseProver.rising(plan);
        // A copy of the rotations, taken now: the views preview moves on the plan itself while the proof runs.
        RotationPlan copy = new RotationPlanCloner().cloneSolution(plan);
        runner.start(run, "Rise proof " + run.id() + " of scenario " + scenarioId,
                () -> new RiseProofs(prover.prove(copy, rising, TIME), guardedBound.of(copy, BOUND_TIME)), atEnd);
        return run;
    }

    /** The latest proof of the scenario's plan, when it is of this plan. */
    public Optional<RiseProofRun> latest(long scenarioId, RotationPlan plan) {
        return Optional.ofNullable(latest.get(scenarioId)).filter(run -> run.proves(plan));
    }

    @PreDestroy
    void shutdown() {
        runner.shutdown();
    }
}
