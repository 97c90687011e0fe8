package org.lungang.solver.explain;

import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.Eligibility;
import org.lungang.solver.domain.Labels;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Teacher;

/** Why a teacher may or may not rotate under the year's policy, with the figures that decide it. */
final class EligibilityWords {

    private EligibilityWords() {
    }

    static void describe(Rotation r, RotationPolicy policy, Lines lines) {
        Teacher t = r.getTeacher();
        School home = r.getHomeSchool();
        Eligibility e = r.getEligibility();
        int required = t.role().isSchoolLeader() ? policy.leaderMinYearsAtSchool() : policy.minYearsAtSchool();
        String requiredZh = t.role().isSchoolLeader()
                ? required + " 年（" + policy.leaderMinTerms() + " 个任期，每期 " + policy.leaderTermYears() + " 年）"
                : required + " 年";
        String requiredEn = t.role().isSchoolLeader()
                ? required + " years (" + policy.leaderMinTerms() + " terms of " + policy.leaderTermYears() + ")"
                : required + " years";
        // The years the teacher has served at her school, as the cases below that weigh them say it.
        String servedZh = "在 " + home.getName() + " 任教 " + t.yearsAtSchool() + " 年";
        String servedEn = t.yearsAtSchool() + " years at " + home.getName();
        switch (e.reason()) {
            case SERVED_REQUIRED_YEARS -> lines.add(
                    "符合交流条件：在 " + home.getName() + " 连续任教 " + t.yearsAtSchool() + " 年，达到政策要求的 "
                            + requiredZh + "。",
                    "Eligible: " + servedEn + ", the policy requires " + requiredEn + ".");
            case VOLUNTEER -> lines.add("符合交流条件：本人自愿交流（" + servedZh + "，不足 " + requiredZh + "）。",
                    "Eligible as a volunteer: " + servedEn + ", fewer than the " + requiredEn + " otherwise required.");
            case NOT_ON_ESTABLISHMENT -> lines.add("不符合交流条件：不是在编在岗人员。",
                    "Not eligible: not in post on the establishment.");
            case TOO_FEW_YEARS -> lines.add(
                    "不符合交流条件：" + servedZh + "，不足政策要求的 " + requiredZh + "，且未申请自愿交流。",
                    "Not eligible: " + servedEn + ", fewer than the " + requiredEn + " required, and not a volunteer.");
            case NEAR_RETIREMENT -> lines.add(
                    "不符合交流条件：年龄 " + t.age() + " 岁，距退休年龄 " + policy.retirementAge(t.gender())
                            + " 岁不足 " + policy.yearsBeforeRetirementExempt() + " 年。",
                    "Not eligible: aged " + t.age() + ", within " + policy.yearsBeforeRetirementExempt()
                            + " years of the retirement age of " + policy.retirementAge(t.gender()) + ".");
            case EXEMPT -> lines.add("不符合交流条件：暂缓交流（" + Labels.zh(e.exemption()) + "）。",
                    "Not eligible: exempt (" + Labels.en(e.exemption()) + ").");
            case STAGE_NOT_COVERED -> lines.add(
                    "不符合交流条件：" + home.getName() + " 属" + Labels.zh(home.getStage()) + "学段，不在本年度交流范围内。",
                    "Not eligible: " + home.getName() + " is a " + Labels.en(home.getStage())
                            + " school, a stage this year's rotation does not cover.");
            case ON_EXCHANGE -> {
                var exchange = t.exchange();
                lines.add("不参加本年度交流：正在 " + r.getStartSchool().getName() + " 交流（" + exchange.startYear()
                                + " 学年起，期限 " + exchange.termYears() + " 年，" + exchange.endYear() + " 学年返回）。",
                        "Not rotated this year: on exchange at " + r.getStartSchool().getName() + " (since "
                                + exchange.startYear() + ", a term of " + exchange.termYears() + " years, back in "
                                + exchange.endYear() + ").");
            }
            case COOLDOWN -> lines.add(
                    "不符合交流条件：交流期满返回未满 " + policy.cooldownYears() + " 年（政策规定的间隔期）。",
                    "Not eligible: back from exchange fewer than the policy's " + policy.cooldownYears()
                            + " years ago.");
        }
        if (r.isMoving() && !r.isCandidate()) {
            lines.add("此安排违反规则“仅符合条件者交流”。",
                    "This move breaks the rule '" + ConstraintNames.ONLY_ELIGIBLE_ROTATE + "'.");
        }
    }
}
