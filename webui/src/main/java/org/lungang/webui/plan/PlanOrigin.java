package org.lungang.webui.plan;

/** How a plan version came about. */
public enum PlanOrigin {
    /** A solve that started with everybody at home. */
    SOLVE,
    /** A solve that started from the scenario's current plan. */
    WARM_START,
    /** The current plan with the planner's pins and hand moves applied, saved as a version. */
    HAND_EDIT,
    /** An earlier version made current again. */
    RESTORE,
    /** The plan of a sweep point, saved with the scenario the sweep created. */
    SWEEP
}
