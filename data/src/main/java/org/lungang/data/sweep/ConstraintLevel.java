package org.lungang.data.sweep;

import static org.lungang.solver.domain.ConstraintNames.SHORTAGE_POSTS_FILLED;

import java.util.List;

import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.Text;

/**
 * The score level each constraint weighs on. {@code ConstraintNames} lists the hard rules first, then the medium
 * quotas, then the soft goals; every rule weighs one unit of its level by default (a test checks this against the
 * constraint provider).
 */
enum ConstraintLevel {
    HARD(new Text("硬性规则", "hard rule")),
    MEDIUM(new Text("政策比例", "policy quota")),
    SOFT(new Text("优化目标", "goal"));

    private final Text text;

    ConstraintLevel(Text text) {
        this.text = text;
    }

    static final List<String> MEDIUM_RULES = ConstraintNames.MEDIUM;

    static ConstraintLevel of(String constraintName) {
        int index = ConstraintNames.ALL.indexOf(constraintName);
        if (index < 0) {
            throw new IllegalArgumentException("Unknown constraint: " + constraintName);
        }
        if (MEDIUM_RULES.contains(constraintName)) {
            return MEDIUM;
        }
        return index < ConstraintNames.ALL.indexOf(SHORTAGE_POSTS_FILLED) ? HARD : SOFT;
    }

    /** What a rule of this level is called in the reports. */
    Text text() {
        return text;
    }

    /** A weight of {@code amount} units at this level, as the policy's weights are written. */
    String weight(long amount) {
        return switch (this) {
            case HARD -> amount + "hard/0medium/0soft";
            case MEDIUM -> "0hard/" + amount + "medium/0soft";
            case SOFT -> "0hard/0medium/" + amount + "soft";
        };
    }
}
