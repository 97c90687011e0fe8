package org.lungang.solver.constraints.justifications;

public record PrincipalJustification(String teacherId, String fromSchoolId, String toSchoolId)
        implements RotationJustification {
    @Override
    public String zh() {
        return "校长 " + teacherId + " 从 " + fromSchoolId + " 到 " + toSchoolId + " 跨学段交流";
    }

    @Override
    public String en() {
        return "Principal " + teacherId + " moves from " + fromSchoolId + " to " + toSchoolId
                + ", a school of another stage";
    }
}
