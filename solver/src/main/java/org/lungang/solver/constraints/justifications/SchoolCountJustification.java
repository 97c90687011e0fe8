package org.lungang.solver.constraints.justifications;

/**
 * A count at one school that exceeds or misses a limit: secondees hosted, teachers received, beds, staff lost,
 * principals.
 *
 * @param what the rule, e.g. "secondees hosted"
 * @param whatZh the same rule in Chinese
 */
public record SchoolCountJustification(String schoolId, String what, String whatZh, long count, long limit)
        implements RotationJustification {
    @Override
    public String zh() {
        return "学校 " + schoolId + " 的" + whatZh + "为 " + count + "，限额 " + limit;
    }

    @Override
    public String en() {
        return "School " + schoolId + ": " + what + " is " + count + ", limit " + limit;
    }
}
