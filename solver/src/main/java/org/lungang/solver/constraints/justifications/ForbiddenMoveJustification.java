package org.lungang.solver.constraints.justifications;

public record ForbiddenMoveJustification(String teacherId, String schoolId) implements RotationJustification {
    @Override
    public String zh() {
        return "规划人员已禁止教师 " + teacherId + " 交流到 " + schoolId;
    }

    @Override
    public String en() {
        return "The planner forbade moving teacher " + teacherId + " to " + schoolId;
    }
}
