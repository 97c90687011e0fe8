package org.lungang.solver.constraints.justifications;

/** A relation between two teachers that the plan strains: a couple apart, a junior sent before a senior. */
public record PairJustification(String teacherId, String otherTeacherId, String detail, String detailZh)
        implements RotationJustification {
    @Override
    public String zh() {
        return "教师 " + teacherId + " 与 " + otherTeacherId + "：" + detailZh;
    }

    @Override
    public String en() {
        return "Teachers " + teacherId + " and " + otherTeacherId + ": " + detail;
    }
}
