package org.lungang.solver.constraints.justifications;

/**
 * A property of one move that the soft goals value or regret: its commute, a shared alliance, an honoured
 * preference.
 *
 * @param detail what about the move, in English
 * @param detailZh the same in Chinese
 */
public record MoveJustification(String teacherId, String fromSchoolId, String toSchoolId, String detail,
        String detailZh) implements RotationJustification {
    @Override
    public String zh() {
        return "教师 " + teacherId + "（" + fromSchoolId + " → " + toSchoolId + "）：" + detailZh;
    }

    @Override
    public String en() {
        return "Teacher " + teacherId + " (" + fromSchoolId + " → " + toSchoolId + "): " + detail;
    }
}
