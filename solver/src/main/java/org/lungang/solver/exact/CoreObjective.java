package org.lungang.solver.exact;

import org.lungang.solver.constraints.RotationConstraintProvider;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.kpi.KpiCalculator;
import org.lungang.solver.kpi.PlanKpis;
import org.lungang.solver.kpi.SubjectShortage;

/**
 * The exact core's second objective measured on any plan, so that a plan can be compared with the proven bound:
 * 100 × scarcity × shortage posts filled (the constraint provider's reward, the KPIs' posts filled) − km of commute
 * of everyone who moves (rounded per teacher, as the commute constraint does).
 */
public final class CoreObjective {

    private CoreObjective() {
    }

    public static long of(RotationPlan plan) {
        return of(plan, KpiCalculator.calculate(plan));
    }

    /** As {@link #of(RotationPlan)}, with the plan's KPIs already at hand. */
    public static long of(RotationPlan plan, PlanKpis kpis) {
        long value = 0;
        for (SubjectShortage shortage : kpis.shortages()) {
            value += (long) RotationConstraintProvider.SHORTAGE_POST_REWARD
                    * plan.getPolicy().scarcity(shortage.subject()) * shortage.filled();
        }
        for (Rotation rotation : plan.getRotations()) {
            if (rotation.isMoving()) {
                value -= Math.round(rotation.getCommuteKm());
            }
        }
        return value;
    }
}
