package org.lungang.solver.constraints.justifications;

import org.lungang.solver.domain.Eligibility;

public record IneligibleRotationJustification(String teacherId, Eligibility.Reason reason)
        implements RotationJustification {
    @Override
    public String zh() {
        return "教师 " + teacherId + " 不符合交流条件（" + switch (reason) {
            case NOT_ON_ESTABLISHMENT -> "非在编在岗";
            case TOO_FEW_YEARS -> "在校任教年限不足";
            case NEAR_RETIREMENT -> "距退休不足规定年限";
            case EXEMPT -> "属于暂缓交流情形";
            default -> reason.name();
        } + "），却被安排交流";
    }

    @Override
    public String en() {
        return "Teacher " + teacherId + " is not eligible (" + reason.name().toLowerCase().replace('_', ' ')
                + ") but is rotated";
    }
}
