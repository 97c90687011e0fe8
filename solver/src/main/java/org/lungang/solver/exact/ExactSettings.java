package org.lungang.solver.exact;

/**
 * How the exact core is solved.
 *
 * @param engine the MIP engine
 * @param workers threads the engine may use
 * @param maxPairs beyond this many teacher × destination pairs, each teacher keeps only her nearest support moves,
 *        as many as fit (at least 3, when {@code nearPairsPerTeacher} is not set), with fewer secondments and far
 *        moves (halved, down to 1) where those leave no room for 3; where even that is too many, interchangeable
 *        teachers are aggregated
 * @param maxAggregatedPairs beyond this many pairs even aggregated, the exact phase does not run
 * @param openPostsOnly support moves only to schools with an open post in the subject before the plan (as
 *        construction does): a move into a full school needs a departure there first, a chain that fills no
 *        shortage post; the bound is then the bound of plans without such chains
 * @param farPairsPerTeacher per teacher, at most this many secondments and moves beyond the commute limit, the
 *        nearest (−1 for all): they fill no post near home and cost km
 * @param nearPairsPerTeacher per teacher, at most this many support moves within the commute limit, the nearest, plus
 *        the teacher's current destination (−1 for all): a smaller model that the engine solves in time on a busy
 *        machine; the bound is then that of plans among these pairs
 * @param firstStageShare share of the time for the first stage (least quota shortfall); the second stage has the
 *        rest, and whatever the first did not use
 * @param guardShare share of the time left after an unproven first stage for the guarded stage (no official CV
 *        rise, see {@link IndicatorRows}; all of it after a proven one); 0 for none. It runs only under the policy's {@code indicatorsMustNotWorsen}
 *        and without aggregation; the second stage's proven bound is kept either way
 * @param guardWeight the guarded stage's first price of one thousandth of CV rise, in units of the second objective (a
 *        shortage post of scarcity 3 is 300)
 */
public record ExactSettings(Engine engine, int workers, long maxPairs, long maxAggregatedPairs,
        boolean openPostsOnly, int farPairsPerTeacher, int nearPairsPerTeacher, double firstStageShare,
        double guardShare, double guardWeight) {

    /**
     * The guarded stage's default share of the time after the first stage; {@code -Dlungang.exact.guardShare}
     * overrides it (to measure).
     */
    static final double GUARD_SHARE = Double.parseDouble(System.getProperty("lungang.exact.guardShare", "0.5"));
    /** The default nearest support moves per teacher (−1 for all); {@code -Dlungang.exact.nearPairs} overrides it. */
    static final int NEAR_PAIRS = Integer.getInteger("lungang.exact.nearPairs", -1);
    /** The default pairs of the direct model at most; {@code -Dlungang.exact.maxPairs} overrides it (to measure). */
    static final long MAX_PAIRS = Long.getLong("lungang.exact.maxPairs", 110_000);
    /** The guarded stage's default cost of a thousandth of CV rise; {@code -Dlungang.exact.guardWeight} overrides it. */
    static final double GUARD_WEIGHT = Double.parseDouble(System.getProperty("lungang.exact.guardWeight", "500"));

    public ExactSettings {
        if (workers < 1 || maxPairs < 0 || maxAggregatedPairs < 0 || !(firstStageShare > 0 && firstStageShare < 1)
                || !(guardShare >= 0 && guardShare < 1) || guardWeight < 0) {
            throw new IllegalArgumentException("Invalid exact settings");
        }
    }

    /**
     * SCIP (measured on the county tier, seed 1, 2 shared cores, 24 s: SCIP proved both stages optimal, shortfall 2,
     * in 24.0 s; HiGHS lost its second stage, since OR-Tools 9.15 hands back no plan that HiGHS' time limit stopped,
     * and ended 3.6 s past the limit; CP-SAT through MPSolver did not improve on its all-stay hint in 40 s), two
     * workers, the nearest support moves (then aggregation) beyond 110,000 pairs, no exact phase beyond 1,500,000,
     * open posts only, the 8 nearest far moves per teacher, every near one within that, 70 % of the time for the first
     * stage, half the rest for the CV guard (when the first stage is not proven, else all of it), a rising coefficient
     * priced from 500 per thousandth.
     * <p>
     * 110,000 pairs (hybrid 120 s, since the exact share counts from the solve's start): the city tier's nearest 3
     * support moves and 1 far move (84,709 pairs) prove the least shortfall among them and leave the guard a round
     * (rise 1,372‰ → 116‰); the hybrid ends −191 to −193medium in three runs, against −218 to −232 in three at 200,000
     * (the nearest 4 and 4 far, 168,172 pairs: the guard's round found nothing in its time) and −201 for local search
     * alone. Qiqihar (60 s) goes from its nearest 6 (180,776 pairs) to its nearest 3 and 4 far (93,717): −213 to
     * −227medium in three runs against −208 to −226 in three at 200,000. The county tier and the other profiles have
     * fewer than 90,000 pairs and are not touched.
     */
    public static ExactSettings defaults() {
        return new ExactSettings(Engine.SCIP, 2, MAX_PAIRS, 1_500_000, true, 8, NEAR_PAIRS, 0.7, GUARD_SHARE,
                GUARD_WEIGHT);
    }

    public ExactSettings withGuard(double share, double weight) {
        return new ExactSettings(engine, workers, maxPairs, maxAggregatedPairs, openPostsOnly, farPairsPerTeacher,
                nearPairsPerTeacher, firstStageShare, share, weight);
    }

    public ExactSettings withNearPairs(int perTeacher) {
        return new ExactSettings(engine, workers, maxPairs, maxAggregatedPairs, openPostsOnly, farPairsPerTeacher,
                perTeacher, firstStageShare, guardShare, guardWeight);
    }

    public ExactSettings withEngine(Engine other) {
        return new ExactSettings(other, workers, maxPairs, maxAggregatedPairs, openPostsOnly, farPairsPerTeacher,
                nearPairsPerTeacher, firstStageShare, guardShare, guardWeight);
    }

    public ExactSettings withMaxPairs(long direct, long aggregated) {
        return new ExactSettings(engine, workers, direct, aggregated, openPostsOnly, farPairsPerTeacher,
                nearPairsPerTeacher, firstStageShare, guardShare, guardWeight);
    }

    public ExactSettings withPruning(boolean openOnly, int farPerTeacher) {
        return new ExactSettings(engine, workers, maxPairs, maxAggregatedPairs, openOnly, farPerTeacher,
                nearPairsPerTeacher, firstStageShare, guardShare, guardWeight);
    }
}
