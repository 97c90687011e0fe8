package org.lungang.solver.exact;

/**
 * How the exact core is solved.
 *
 * @param engine the MIP engine
 * @param workers threads the engine may use
 * @param maxPairs beyond this many teacher × destination pairs, interchangeable teachers are aggregated
 * @param maxAggregatedPairs beyond this many pairs even aggregated, the exact phase does not run
 * @param openPostsOnly support moves only to schools with an open post in the subject before the plan (as
 *        construction does): a move into a full school needs a departure there first, a chain that fills no
 *        shortage post; the bound is then the bound of plans without such chains
 * @param farPairsPerTeacher per teacher, at most this many secondments and moves beyond the commute limit, the
 *        nearest (−1 for all): they fill no post near home and cost km
 * @param firstStageShare share of the time for the first stage (least quota shortfall); the second stage has the
 *        rest, and whatever the first did not use
 */
public record ExactSettings(Engine engine, int workers, long maxPairs, long maxAggregatedPairs,
        boolean openPostsOnly, int farPairsPerTeacher, double firstStageShare) {

    public ExactSettings {
        if (workers < 1 || maxPairs < 0 || maxAggregatedPairs < 0 || !(firstStageShare > 0 && firstStageShare < 1)) {
            throw new IllegalArgumentException("Invalid exact settings");
        }
    }

    /**
     * SCIP (measured on the county tier, seed 1, 2 shared cores, 24 s: SCIP proved both stages optimal, shortfall 2,
     * in 24.0 s; HiGHS lost its second stage, since OR-Tools 9.15 hands back no plan that HiGHS' time limit stopped,
     * and ended 3.6 s past the limit; CP-SAT through MPSolver did not improve on its all-stay hint in 40 s), two
     * workers, aggregation beyond 400,000 pairs, no exact phase beyond 1,500,000, open posts only, the 8 nearest far
     * moves per teacher, 70 % of the time for the first stage.
     */
    public static ExactSettings defaults() {
        return new ExactSettings(Engine.SCIP, 2, 400_000, 1_500_000, true, 8, 0.7);
    }

    public ExactSettings withEngine(Engine other) {
        return new ExactSettings(other, workers, maxPairs, maxAggregatedPairs, openPostsOnly, farPairsPerTeacher,
                firstStageShare);
    }

    public ExactSettings withMaxPairs(long direct, long aggregated) {
        return new ExactSettings(engine, workers, direct, aggregated, openPostsOnly, farPairsPerTeacher,
                firstStageShare);
    }

    public ExactSettings withPruning(boolean openOnly, int farPerTeacher) {
        return new ExactSettings(engine, workers, maxPairs, maxAggregatedPairs, openOnly, farPerTeacher,
                firstStageShare);
    }
}
