package org.lungang.solver.constraints.justifications;

import org.lungang.solver.domain.Direction;

public record DirectionJustification(String teacherId, String fromSchoolId, String toSchoolId, Direction direction)
        implements RotationJustification {
    @Override
    public String zh() {
        return "教师 " + teacherId + " 从 " + fromSchoolId + " 到 " + toSchoolId + " 不是允许的交流方向"
                + (direction == Direction.LATERAL ? "（同类同层次学校之间）" : "（非骨干、非干部不能挂职到城镇或优质学校）");
    }

    @Override
    public String en() {
        return "Teacher " + teacherId + " from " + fromSchoolId + " to " + toSchoolId + " is not an allowed direction"
                + (direction == Direction.LATERAL ? " (same kind and tier)"
                        : " (only cadres and backbone teachers are seconded to urban or strong schools)");
    }
}
