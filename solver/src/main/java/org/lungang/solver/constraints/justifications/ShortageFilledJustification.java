package org.lungang.solver.constraints.justifications;

import org.lungang.solver.domain.Subject;

public record ShortageFilledJustification(String schoolId, Subject subject, int openBefore, int openAfter,
        int scarcity) implements RotationJustification {
    @Override
    public String zh() {
        return "学校 " + schoolId + " 的 " + subject + " 缺编由 " + openBefore + " 变为 " + openAfter + "（紧缺权重 "
                + scarcity + "）";
    }

    @Override
    public String en() {
        return "School " + schoolId + ", " + subject + ": open posts " + openBefore + " → " + openAfter
                + " (scarcity " + scarcity + ")";
    }
}
