package org.lungang.solver.constraints.justifications;

public record OwnSchoolJustification(String teacherId, String schoolId) implements RotationJustification {
    @Override
    public String zh() {
        return "教师 " + teacherId + " 被安排到本校 " + schoolId;
    }

    @Override
    public String en() {
        return "Teacher " + teacherId + " is sent to own school " + schoolId;
    }
}
