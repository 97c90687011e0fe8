package org.lungang.solver.constraints;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPolicy;

/**
 * The year's policy as one more collector of a grouping of rotations: every rotation carries the plan's one policy
 * ({@link Rotation#getPolicy}), so the grouping hands it on with its counts, where a join with the policy's tuple
 * sent every changed group through one more node on every move.
 */
final class PolicyOfGroup implements UniConstraintCollector<Rotation, PolicyOfGroup.Holder, RotationPolicy> {

    /** One instance, so that rules grouping alike share their node of the network. */
    static final PolicyOfGroup INSTANCE = new PolicyOfGroup();

    /** Nothing to undo: every rotation of the group carries the same policy, and an empty group is dropped. */
    private static final Runnable NOTHING_TO_UNDO = () -> {
    };

    private PolicyOfGroup() {
    }

    static final class Holder {
        private RotationPolicy policy;
    }

    @Override
    public Supplier<Holder> supplier() {
        return Holder::new;
    }

    @Override
    public BiFunction<Holder, Rotation, Runnable> accumulator() {
        return (holder, rotation) -> {
            holder.policy = rotation.getPolicy();
            return NOTHING_TO_UNDO;
        };
    }

    @Override
    public Function<Holder, RotationPolicy> finisher() {
        return holder -> holder.policy;
    }
}
