package org.lungang.solver.kpi;

/** What a {@link Shortfall} says about a rule. */
public enum ShortfallKind {
    /** A quota this plan misses: another plan may meet it. */
    MISSED,
    /** A rule that no plan can meet, found from the problem alone. */
    IMPOSSIBLE
}
