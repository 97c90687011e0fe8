package org.lungang.benchmarks.baseline;

import java.util.Comparator;
import java.util.List;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Teacher;

/**
 * A points system of the kind counties publish (积分排序): every eligible teacher gets points for years at the school,
 * backbone level and title; in order of points, each is placed at the school with the largest open shortage of their
 * subject that can take them, if their own school can spare them (its floor in the subject and the stability cap).
 * Principals and members of teams stay: the formula ranks individual teachers.
 */
public final class PointsGreedyBaseline implements Baseline {

    /** One point per year at the school. */
    static final int POINTS_PER_YEAR = 1;
    /** Per backbone level above none (school 3, county 6, city 9, province 12, national 15). */
    static final int POINTS_PER_BACKBONE_LEVEL = 3;
    /** Per title grade above unranked. */
    static final int POINTS_PER_TITLE_GRADE = 2;

    @Override
    public String name() {
        return "points-greedy";
    }

    static int points(Teacher teacher) {
        return POINTS_PER_YEAR * teacher.yearsAtSchool()
                + POINTS_PER_BACKBONE_LEVEL * teacher.backboneLevel().ordinal()
                + POINTS_PER_TITLE_GRADE * teacher.title().ordinal();
    }

    @Override
    public void plan(RotationPlan plan) {
        for (Rotation rotation : plan.getRotations()) {
            if (!rotation.isPinned()) {
                rotation.setDestination(null);
            }
        }
        PlacementLedger ledger = new PlacementLedger(plan.getPolicy());
        List<Rotation> ranked = plan.getRotations().stream()
                .filter(r -> r.isCandidate() && !r.isPinned() && !r.isPrincipal() && r.getTeacher().teamId() == null)
                .sorted(Comparator.comparingInt((Rotation r) -> points(r.getTeacher())).reversed()
                        .thenComparing(Rotation::getId))
                .toList();
        for (Rotation rotation : ranked) {
            if (!ledger.canSend(rotation)) {
                continue;
            }
            School best = null;
            int largest = 0;
            for (School school : plan.getSchools()) {
                int open = ledger.openPosts(school, rotation.getSubject());
                if (open > largest && ledger.canReceive(rotation, school)) {
                    best = school;
                    largest = open;
                }
            }
            if (best != null) {
                ledger.place(rotation, best);
            }
        }
    }
}
