package org.lungang.benchmarks;

import java.util.function.Supplier;

import org.lungang.solver.domain.RotationPlan;

/**
 * A benchmark problem: a name and a way to make a fresh copy of it (every solver and baseline starts from its own
 * unsolved copy, all teachers staying).
 *
 * @param profile the generator profile it comes from, or null for a problem made otherwise (then the Timefold
 *        Benchmarker, which reads problem files, cannot run it)
 */
public record Dataset(String name, String profile, int teachers, Supplier<RotationPlan> problem) {
}
