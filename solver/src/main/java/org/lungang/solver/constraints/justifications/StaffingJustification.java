package org.lungang.solver.constraints.justifications;

import org.lungang.solver.domain.Labels;
import org.lungang.solver.domain.Subject;

/**
 * Staffing of one subject at one school after the plan.
 *
 * @param posts approved posts
 * @param staffBefore teachers of the subject before the plan
 * @param staffAfter after the plan
 */
public record StaffingJustification(String schoolId, Subject subject, int posts, int staffBefore, int staffAfter,
        int incoming, int outgoing, String rule, String ruleZh) implements RotationJustification {
    @Override
    public String zh() {
        return "学校 " + schoolId + " 的" + Labels.zh(subject) + "学科：" + ruleZh + "（编制 " + posts + "，交流前 " + staffBefore
                + " 人，交流后 " + staffAfter + " 人，调入 " + incoming + "，调出 " + outgoing + "）";
    }

    @Override
    public String en() {
        return "School " + schoolId + ", " + subject + ": " + rule + " (posts " + posts + ", staff before "
                + staffBefore + ", after " + staffAfter + ", in " + incoming + ", out " + outgoing + ")";
    }
}
