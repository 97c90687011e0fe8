package org.lungang.data.sweep;

/**
 * Reported after each point is solved, from the thread that solved it.
 *
 * @param done points solved so far
 * @param total points in the sweep
 * @param point the point just solved
 */
public record SweepProgress(int done, int total, SweepPoint point) {
}
