package org.lungang.data.sweep;

import org.lungang.solver.domain.Text;

/**
 * How much one constraint binds a plan: what the other rules and goals gain when it is removed (its weight set to
 * 0) and the plan re-solved, against a control re-solve of the same length with every constraint in place.
 *
 * @param constraint the constraint's name
 * @param level hard, medium or soft
 * @param gain the score of every other constraint, relaxed minus control (original weights)
 * @param binds the gain is above zero: the constraint holds the plan back
 * @param ownCost the constraint's own score, relaxed minus control: what loosening it costs
 * @param rotatedChange teachers rotated, relaxed minus control
 * @param shortageFilledChange shortage posts filled, relaxed minus control
 * @param meanCommuteChangeKm mean commute of movers, relaxed minus control
 * @param finding the finding in words
 */
public record Binding(String constraint, String level, String gain, boolean binds, String ownCost,
        int rotatedChange, int shortageFilledChange, double meanCommuteChangeKm, Text finding) {
}
