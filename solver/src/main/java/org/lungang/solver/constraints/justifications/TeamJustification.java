package org.lungang.solver.constraints.justifications;

public record TeamJustification(String teamId, String teacherId, String otherTeacherId)
        implements RotationJustification {
    @Override
    public String zh() {
        return "团队 " + teamId + " 的成员 " + teacherId + " 和 " + otherTeacherId + " 没有一起交流到同一学校";
    }

    @Override
    public String en() {
        return "Team " + teamId + ": members " + teacherId + " and " + otherTeacherId + " do not go to the same school";
    }
}
