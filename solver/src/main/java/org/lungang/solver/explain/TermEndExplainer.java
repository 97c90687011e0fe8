package org.lungang.solver.explain;

import java.util.List;

import org.lungang.solver.domain.Exchange;
import org.lungang.solver.domain.Labels;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.TermEnd;

/** Why a teacher whose term of exchange ends returns home or stays on at her host, in Chinese and English. */
public final class TermEndExplainer {

    private TermEndExplainer() {
    }

    /** The sentences for one return or extension, Chinese first; both lists say the same in the same order. */
    public static List<List<String>> explain(TermEnd end, RotationPolicy policy) {
        Lines lines = new Lines();
        Teacher t = end.teacher();
        Exchange x = end.exchange();
        School host = x.host();
        School home = t.homeSchool();
        lines.add(t.name() + " 自 " + x.startYear() + " 学年起在 " + host.getName() + " " + Labels.zh(x.kind()) + "，期限 "
                        + x.termYears() + " 年，于 " + x.endYear() + " 学年期满。",
                t.name() + " has served at " + host.getName() + " (" + Labels.en(x.kind()) + ") since " + x.startYear()
                        + ", a term of " + x.termYears() + " years that ends by " + x.endYear() + ".");
        String need = Labels.zh(t.subject()) + "编制 " + end.hostPosts() + "，其他教师返回后在岗 " + end.hostStaff();
        String needEn = Labels.en(t.subject()) + " posts " + end.hostPosts() + ", staff once others return "
                + end.hostStaff();
        switch (end.reason()) {
            case TERM_OVER -> lines.add("期满返回 " + home.getName() + "，在本年度新交流安排之前计入原学校。",
                    "Returns to " + home.getName() + " before this year's new moves are placed.");
            case PLANNER_RETURN -> lines.add("人事股决定期满返回 " + home.getName() + "。",
                    "The planner decided she returns to " + home.getName() + ".");
            case PLANNER_EXTENSION -> lines.add("人事股决定延期 " + policy.extensionYears() + " 年，继续在 "
                            + host.getName() + " 任教。",
                    "The planner extended her term by " + policy.extensionYears() + " year(s) at " + host.getName()
                            + ".");
            case WISH_AND_HOST_NEED -> lines.add("本人申请延期，且 " + host.getName() + " 仍需要她（" + need
                            + "）：延期 " + policy.extensionYears() + " 年。",
                    "She asked to stay and " + host.getName() + " still needs her (" + needEn + "): extended by "
                            + policy.extensionYears() + " year(s).");
            case HOST_HAS_NO_NEED -> lines.add("本人申请延期，但 " + host.getName() + " 已无" + Labels.zh(t.subject())
                            + "缺编（" + need + "）：期满返回 " + home.getName() + "。",
                    "She asked to stay, but " + host.getName() + " has no open " + Labels.en(t.subject())
                            + " post without her (" + needEn + "): returns to " + home.getName() + ".");
            case NO_EXTENSION_ALLOWED -> lines.add("本人申请延期，但政策不允许" + (x.extended() ? "再次" : "")
                            + "延期：期满返回 " + home.getName() + "。",
                    "She asked to stay, but the policy allows no " + (x.extended() ? "further " : "")
                            + "extension: returns to " + home.getName() + ".");
        }
        if (!end.extended() && policy.cooldownYears() > 0) {
            lines.add("返回后 " + policy.cooldownYears() + " 年内不再安排交流。",
                    "She is not sent again for " + policy.cooldownYears() + " year(s) after her return.");
        }
        return List.of(List.copyOf(lines.zh), List.copyOf(lines.en));
    }
}
