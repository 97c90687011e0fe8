package org.lungang.webui.scenario;

/** What a planner decided for one teacher. */
public enum OverrideAction {
    /** The teacher goes to the given school, or stays when no school is given; the solver keeps it. */
    PIN,
    /** The teacher must not be sent to the given school. */
    FORBID
}
