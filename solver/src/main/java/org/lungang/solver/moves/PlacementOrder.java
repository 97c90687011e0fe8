package org.lungang.solver.moves;

import java.util.Comparator;

import org.lungang.solver.domain.Rotation;

/**
 * The order in which the construction phase places teachers, ascending (Timefold sorts it descending, so the last
 * here goes first): backbone teachers before others, since the backbone share is the scarcer quota, then the
 * longest-serving, as the policy rotates them first.
 */
public final class PlacementOrder implements Comparator<Rotation> {

    private static final Comparator<Rotation> ORDER = Comparator.comparing(Rotation::isBackbone)
            .thenComparingInt(r -> r.getTeacher().yearsAtSchool())
            .thenComparing(Rotation::getId, Comparator.reverseOrder());

    @Override
    public int compare(Rotation a, Rotation b) {
        return ORDER.compare(a, b);
    }
}
