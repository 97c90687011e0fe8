package org.lungang.solver.explain;

import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.Direction;
import org.lungang.solver.domain.Labels;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Teacher;

/** The kind and direction of a move (support, training secondment, principal rotation) and whether it is allowed. */
final class DirectionWords {

    private DirectionWords() {
    }

    static void describe(Rotation r, RotationPolicy policy, Lines lines) {
        School from = r.getHomeSchool();
        School to = r.getDestination();
        String route = describe(from, true) + " → " + describe(to, true);
        String routeEn = describe(from, false) + " → " + describe(to, false);
        if (r.getKind() == RotationKind.PRINCIPAL) {
            if (to.getStage() == from.getStage()) {
                lines.add("校长交流：" + route + "，同为" + Labels.zh(to.getStage()) + "学段。",
                        "Principal rotation: " + routeEn + ", both " + Labels.en(to.getStage()) + " schools.");
            } else {
                lines.add("校长交流：" + route + "，跨学段，违反规则“校长同学段交流”。",
                        "Principal rotation: " + routeEn + ", across stages, which breaks the rule '"
                                + ConstraintNames.PRINCIPAL_SAME_STAGE + "'.");
            }
            return;
        }
        Direction direction = r.getDirection();
        if (direction == Direction.TOWARDS_RURAL_OR_WEAK) {
            lines.add("支教：" + route + "，流向更偏远或更薄弱的学校。",
                    "Support: " + routeEn + ", towards a more rural or weaker school.");
        } else if (direction == Direction.LATERAL) {
            lines.add("平级交流：" + route + "，两校类型和办学水平相同，不属于允许的交流方向。",
                    "Lateral move: " + routeEn + ", same kind and tier, which is not an allowed direction.");
        } else {
            Teacher t = r.getTeacher();
            String as = t.isCadre() ? Labels.zh(t.role()) : r.isBackbone() ? Labels.zh(t.backboneLevel()) + "骨干教师"
                    : null;
            String asEn = t.isCadre() ? "a " + Labels.en(t.role())
                    : r.isBackbone() ? "a " + Labels.en(t.backboneLevel()) + "-level backbone teacher" : null;
            String allowedZh;
            String allowedEn;
            if (as != null) {
                allowedZh = "作为" + as + "可以挂职";
                allowedEn = "allowed as " + asEn;
            } else if (policy.secondmentOnlyCadresAndBackbone()) {
                allowedZh = "但政策只允许干部和骨干教师挂职";
                allowedEn = "but the policy seconds only cadres and backbone teachers";
            } else {
                allowedZh = "政策允许所有教师挂职";
                allowedEn = "the policy allows any teacher to be seconded";
            }
            lines.add("挂职锻炼：" + route + "，流向更城镇化或更优质的学校，" + allowedZh + "；挂职不占用接收学校的编制岗位。",
                    "Training secondment: " + routeEn + ", towards a more urban or stronger school, " + allowedEn
                            + "; a secondee takes no post at the host.");
        }
    }

    private static String describe(School school, boolean zh) {
        return zh
                ? school.getName() + "（" + Labels.zh(school.getKind()) + "，" + Labels.zh(school.getTier()) + "）"
                : school.getName() + " (" + Labels.en(school.getKind()) + ", " + Labels.en(school.getTier()) + ")";
    }
}
