package org.lungang.data.cycle;

import org.lungang.data.json.LoadedProblem;

/**
 * Next year's problem and what the rollover did to get there.
 *
 * @param next next school year's problem, validated
 */
public record RolloverResult(LoadedProblem next, Counts counts) {

    /** How many teachers each step of the rollover touched. */
    public static final class Counts {
        /** New terms of exchange begun by the plan's support and secondment moves. */
        public int started;
        /** Principals appointed to the school the plan moved them to. */
        public int appointed;
        /** Terms ended this year with the teacher back home. */
        public int returned;
        /** Terms extended this year. */
        public int extended;
        /** Teachers who reached the retirement age and left the roster. */
        public int retired;
        /** Teachers made principal in place of a principal who retired. */
        public int promoted;
        /** Graduating-class exemptions cleared. */
        public int exemptionsCleared;
    }
}
