package org.lungang.solver.exact;

import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import org.lungang.solver.domain.RotationPlan;

/**
 * The first phase of the shared configuration: notes when the solve started, changing nothing. Timefold gives a
 * custom phase neither the solver's start nor its elapsed time, and the exact core phase's share of the time limit
 * counts from the start: on the city tier construction takes 20 s of 120, and a share counted from the exact phase's
 * own start left local search no time and ended the solve 3 s late.
 */
public final class SolveStartPhase implements PhaseCommand<RotationPlan> {

    private static final ThreadLocal<Long> STARTED = new ThreadLocal<>();

    @Override
    public void changeWorkingSolution(ScoreDirector<RotationPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        if (STARTED.get() == null) {
            STARTED.set(System.nanoTime());
        }
    }

    /**
     * Notes that the solve about to run on this thread started at {@code started} ({@link System#nanoTime()}),
     * before Timefold copied the plan: the phase then keeps that start instead of its own.
     */
    public static void markStart(long started) {
        STARTED.set(started);
    }

    /**
     * When this thread's solve started ({@link System#nanoTime()}), if this phase ran or the start was marked;
     * cleared by the call.
     */
    public static OptionalLong takeStart() {
        Long started = STARTED.get();
        STARTED.remove();
        return started == null ? OptionalLong.empty() : OptionalLong.of(started);
    }
}
