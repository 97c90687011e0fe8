package org.lungang.data.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.lungang.data.json.PlanDocument;
import org.lungang.data.json.PlanDocument.BoundEntry;
import org.lungang.data.json.PlanDocument.ConstraintEntry;
import org.lungang.data.json.PlanDocument.MatchEntry;
import org.lungang.data.json.PlanDocument.RotationEntry;
import org.lungang.data.json.PlanJson;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.Text;
import org.lungang.solver.exact.GuardedBound;
import org.lungang.solver.exact.RiseProver;
import org.lungang.solver.kpi.CountyKpis;
import org.lungang.solver.kpi.IndicatorKpis;
import org.lungang.solver.kpi.PlanKpis;
import org.lungang.solver.kpi.Shortfall;
import org.lungang.solver.kpi.SubjectShortage;

/** The human-readable report of a plan, printed from its plan document, in English or Chinese. */
final class Report {

    /** Matches listed under each broken hard or medium constraint; the plan file has all of them. */
    private static final int MATCHES_SHOWN = 10;

    private final PrintWriter out;
    private final Lang lang;

    Report(PrintWriter out, Lang lang) {
        this.out = out;
        this.lang = lang;
    }

    private String t(String zh, String en) {
        return lang.pick(zh, en);
    }

    private String t(Text text) {
        return lang.pick(text);
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String percent(double share) {
        return fixed(share * 100, 1) + "%";
    }

    void score(PlanDocument plan) {
        out.println(t("方案", "Plan") + " \"" + plan.problem() + "\": " + t("得分 ", "score ") + plan.score() + " ("
                + (plan.feasible() ? t("可行", "feasible") : t("不可行：违反硬性规则", "INFEASIBLE: hard rules broken"))
                + ")");
        bound(plan.bound());
    }

    /** The exact phase's proof: how close the plan's posts filled and commute are to the proven best. */
    void bound(BoundEntry bound) {
        if (bound == null) {
            return;
        }
        String proof = "OPTIMAL".equals(bound.status()) ? t("已证明最优", "proven optimal")
                : t("限时内未证明最优", "not proven optimal within its time");
        if (bound.gapPercent() != null) {
            out.println(t("补缺编与通勤达到本比例要求下已证明最优值的 ", "Posts filled and commute within ")
                    + fixed(Math.max(0, bound.gapPercent()), 1) + t("% 以内",
                            "% of the proven best for these quotas")
                    + " (" + t("上界 ", "bound ") + fixed(bound.bound(), 0) + ", " + t("本方案 ", "this plan ")
                    + bound.planObjective() + "; " + t("精确模型 ", "exact core ") + bound.engine() + " " + proof
                    + ", " + fixed(bound.seconds(), 1) + " s, " + bound.pairs() + t(" 个候选", " pairs")
                    + (bound.aggregated() ? t("，已聚合", ", aggregated") : "") + ")" + guardCost(bound));
        } else if (bound.bound() != null) {
            out.println(t("精确模型 ", "Exact core ") + bound.engine() + ": " + t("上界 ", "bound ")
                    + fixed(bound.bound(), 0) + t("（比例缺口 ", " at a quota shortfall of ") + bound.quotaShortfall()
                    + t("）；本方案缺口 ", "; this plan misses ") + bound.planShortfall()
                    + t("，上界不适用", ", so the bound does not cover it"));
        } else {
            out.println(t("精确模型：", "Exact core: ") + bound.status() + " — " + bound.message());
        }
    }

    /** What the CV guard gave up of the bound (which ignores the national indicators), when it gave up any. */
    private String guardCost(BoundEntry bound) {
        double cost = PlanJson.exactBound(bound).guardCostPercent();
        if (!(cost >= 0.05)) {
            return "";
        }
        return t("；其中 " + fixed(cost, 1) + "% 是为不使差异系数上升而让出的",
                "; " + fixed(cost, 1) + "% of it was given up so that no official coefficient of variation rises");
    }

    void moves(PlanDocument plan) {
        out.println();
        out.println(t("交流名单", "Moves") + " (" + plan.rotations().size() + ")");
        for (RotationEntry r : plan.rotations()) {
            out.println("  " + r.teacherId() + " " + r.teacherName() + "  " + r.fromSchoolId() + " → " + r.toSchoolId()
                    + "  " + kind(r.kind()) + "  " + r.subject() + "  " + fixed(r.distanceKm(), 1) + " km"
                    + (Boolean.TRUE.equals(r.pinned()) ? "  " + t("[已锁定]", "[pinned]") : ""));
        }
    }

    String kind(RotationKind kind) {
        return switch (kind) {
            case SUPPORT -> t("支教", "support");
            case SECONDMENT -> t("挂职锻炼", "secondment");
            case PRINCIPAL -> t("校长交流", "principal");
        };
    }

    void kpis(PlanKpis kpis) {
        CountyKpis county = kpis.county();
        out.println();
        out.println(t("全县", "County"));
        out.println("  " + t("教师", "teachers") + " " + county.teachers() + ", " + t("符合交流条件", "eligible")
                + " " + county.eligible() + ", " + t("交流", "rotated") + " " + county.rotated());
        for (RotationKind kind : RotationKind.values()) {
            out.println("    " + kind(kind) + ": " + county.rotatedByKind().getOrDefault(kind, 0));
        }
        out.println("  " + t("骨干教师占交流人数比例", "backbone share of rotated") + " "
                + percent(county.backboneShare()) + " (" + t("要求", "required") + " "
                + percent(county.backboneShareRequired()) + ")");
        out.println("  " + t("干部和骨干教师交流比例", "cadre and backbone exchange") + " "
                + percent(county.cadreBackboneShare()) + " (" + t("要求", "required") + " "
                + percent(county.cadreBackboneShareRequired()) + ")");
        out.println("  " + t("达到交流比例的学校", "schools meeting their rotation quota") + " "
                + county.quotaSchoolsMet() + "/" + county.quotaSchools() + "; " + t("全部比例达标：", "all quotas met: ")
                + (county.quotaMet() ? t("是", "yes") : t("否", "no")));
        out.println(t("各学科缺编（交流前 → 交流后）", "Open posts by subject (before → after)"));
        for (SubjectShortage shortage : kpis.shortages()) {
            if (shortage.openBefore() != 0 || shortage.openAfter() != 0) {
                out.println("  " + shortage.subject() + ": " + shortage.openBefore() + " → " + shortage.openAfter());
            }
        }
        out.println(t("差异系数（交流前 → 交流后，标准）", "Coefficient of variation (before → after, threshold)"));
        for (IndicatorKpis indicator : kpis.indicators()) {
            out.println("  " + indicator.group() + " " + t(indicator.indicator().text())
                    + ": " + fixed(indicator.coefficientBefore(), 3) + " → " + fixed(indicator.coefficientAfter(), 3)
                    + " (≤ " + fixed(indicator.threshold(), 2) + (indicator.metAfter() ? t("，达标", ", met")
                            : t("，未达标", ", NOT met")) + ")");
        }
        out.println(t("交流教师通勤", "Commute of movers") + ": " + t("平均 ", "mean ")
                + fixed(kpis.commute().meanKm(), 1) + " km, " + t("最远 ", "longest ")
                + fixed(kpis.commute().maxKm(), 1) + " km, " + t("超过 ", "beyond ")
                + fixed(kpis.commute().limitKm(), 0) + " km: " + kpis.commute().beyondLimit());
        out.println(t("满足本人志愿", "Preferences honoured") + ": " + kpis.preferences().honoured() + "/"
                + kpis.preferences().moversWithPreferences());
        if (!kpis.shortfalls().isEmpty()) {
            out.println(t("未达标项", "Shortfalls"));
            for (Shortfall shortfall : kpis.shortfalls()) {
                out.println("  " + t(shortfall.text()));
            }
        }
    }

    void constraints(PlanDocument plan) {
        out.println();
        out.println(t("各约束得分", "Score by constraint"));
        for (ConstraintEntry constraint : plan.constraints()) {
            out.println("  " + constraint.name() + ": " + constraint.score() + " (" + constraint.matches().size() + " "
                    + t("项", "matches") + ")");
            if (!constraint.matches().isEmpty() && !constraint.score().startsWith("0hard/0medium")) {
                constraint.matches().stream().limit(MATCHES_SHOWN).forEach(this::match);
                if (constraint.matches().size() > MATCHES_SHOWN) {
                    out.println("      … " + (constraint.matches().size() - MATCHES_SHOWN) + " "
                            + t("项见方案文件", "more in the plan file"));
                }
            }
        }
    }

    void match(MatchEntry match) {
        out.println("      " + match.score() + "  " + t(match.zh(), match.en()));
    }

    /** What the rise proof settled for each coefficient the plan raises. */
    void riseProofs(List<RiseProver.RiseProof> proofs) {
        out.println(t("在最小配额缺口下，差异系数的上升能否避免？", "Can the rises be avoided at the least quota shortfall?"));
        for (RiseProver.RiseProof proof : proofs) {
            out.println("  " + t(proof.zh(), proof.en()));
        }
    }

    void guardedBound(GuardedBound.Result result) {
        out.println(t(result.zh(), result.en()));
    }

    void line(String en, String zh) {
        out.println(t(zh, en));
    }
}
