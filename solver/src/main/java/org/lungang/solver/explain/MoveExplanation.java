package org.lungang.solver.explain;

import java.util.List;

import org.lungang.solver.domain.RotationKind;

/**
 * Why one teacher's decision serves the rules and goals, sentence by sentence, in Chinese and English (the two lists
 * say the same things in the same order).
 *
 * @param toSchoolId the destination, or null when the teacher stays
 * @param kind the kind of move, or null when the teacher stays
 */
public record MoveExplanation(String teacherId, String fromSchoolId, String toSchoolId, RotationKind kind,
        List<String> zh, List<String> en) {

    public MoveExplanation {
        zh = List.copyOf(zh);
        en = List.copyOf(en);
    }
}
