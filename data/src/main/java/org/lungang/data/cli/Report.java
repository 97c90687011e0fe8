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

    private String t(String en, String zh) {
        return lang.pick(en, zh);
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
        out.println(t("Plan", "方案") + " \"" + plan.problem() + "\": " + t("score ", "得分 ") + plan.score() + " ("
                + (plan.feasible() ? t("feasible", "可行") : t("INFEASIBLE: hard rules broken", "不可行：违反硬性规则"))
                + ")");
        bound(plan.bound());
    }

    /** The exact phase's proof: how close the plan's posts filled and commute are to the proven best. */
    void bound(BoundEntry bound) {
        if (bound == null) {
            return;
        }
        String proof = "OPTIMAL".equals(bound.status()) ? t("proven optimal", "已证明最优")
                : t("not proven optimal within its time", "限时内未证明最优");
        if (bound.gapPercent() != null) {
            out.println(t("Posts filled and commute within ", "补缺编与通勤达到本比例要求下已证明最优值的 ")
                    + fixed(Math.max(0, bound.gapPercent()), 1) + t("% of the proven best for these quotas",
                            "% 以内")
                    + " (" + t("bound ", "上界 ") + fixed(bound.bound(), 0) + ", " + t("this plan ", "本方案 ")
                    + bound.planObjective() + "; " + t("exact core ", "精确模型 ") + bound.engine() + " " + proof
                    + ", " + fixed(bound.seconds(), 1) + " s, " + bound.pairs() + t(" pairs", " 个候选")
                    + (bound.aggregated() ? t(", aggregated", "，已聚合") : "") + ")" + guardCost(bound));
        } else if (bound.bound() != null) {
            out.println(t("Exact core ", "精确模型 ") + bound.engine() + ": " + t("bound ", "上界 ")
                    + fixed(bound.bound(), 0) + t(" at a quota shortfall of ", "（比例缺口 ") + bound.quotaShortfall()
                    + t("; this plan misses ", "）；本方案缺口 ") + bound.planShortfall()
                    + t(", so the bound does not cover it", "，上界不适用"));
        } else {
            out.println(t("Exact core: ", "精确模型：") + bound.status() + " — " + bound.message());
        }
    }

    /** What the CV guard gave up of the bound (which ignores the national indicators), when it gave up any. */
    private String guardCost(BoundEntry bound) {
        double cost = PlanJson.exactBound(bound).guardCostPercent();
        if (!(cost >= 0.05)) {
            return "";
        }
        return t("; " + fixed(cost, 1) + "% of it was given up so that no official coefficient of variation rises",
                "；其中 " + fixed(cost, 1) + "% 是为不使差异系数上升而让出的");
    }

    void moves(PlanDocument plan) {
        out.println();
        out.println(t("Moves", "交流名单") + " (" + plan.rotations().size() + ")");
        for (RotationEntry r : plan.rotations()) {
            out.println("  " + r.teacherId() + " " + r.teacherName() + "  " + r.fromSchoolId() + " → " + r.toSchoolId()
                    + "  " + kind(r.kind()) + "  " + r.subject() + "  " + fixed(r.distanceKm(), 1) + " km"
                    + (Boolean.TRUE.equals(r.pinned()) ? "  " + t("[pinned]", "[已锁定]") : ""));
        }
    }

    String kind(RotationKind kind) {
        return switch (kind) {
            case SUPPORT -> t("support", "支教");
            case SECONDMENT -> t("secondment", "挂职锻炼");
            case PRINCIPAL -> t("principal", "校长交流");
        };
    }

    void kpis(PlanKpis kpis) {
        CountyKpis county = kpis.county();
        out.println();
        out.println(t("County", "全县"));
        out.println("  " + t("teachers", "教师") + " " + county.teachers() + ", " + t("eligible", "符合交流条件")
                + " " + county.eligible() + ", " + t("rotated", "交流") + " " + county.rotated());
        for (RotationKind kind : RotationKind.values()) {
            out.println("    " + kind(kind) + ": " + county.rotatedByKind().getOrDefault(kind, 0));
        }
        out.println("  " + t("backbone share of rotated", "骨干教师占交流人数比例") + " "
                + percent(county.backboneShare()) + " (" + t("required", "要求") + " "
                + percent(county.backboneShareRequired()) + ")");
        out.println("  " + t("cadre and backbone exchange", "干部和骨干教师交流比例") + " "
                + percent(county.cadreBackboneShare()) + " (" + t("required", "要求") + " "
                + percent(county.cadreBackboneShareRequired()) + ")");
        out.println("  " + t("schools meeting their rotation quota", "达到交流比例的学校") + " "
                + county.quotaSchoolsMet() + "/" + county.quotaSchools() + "; " + t("all quotas met: ", "全部比例达标：")
                + (county.quotaMet() ? t("yes", "是") : t("no", "否")));
        out.println(t("Open posts by subject (before → after)", "各学科缺编（交流前 → 交流后）"));
        for (SubjectShortage shortage : kpis.shortages()) {
            if (shortage.openBefore() != 0 || shortage.openAfter() != 0) {
                out.println("  " + shortage.subject() + ": " + shortage.openBefore() + " → " + shortage.openAfter());
            }
        }
        out.println(t("Coefficient of variation (before → after, threshold)", "差异系数（交流前 → 交流后，标准）"));
        for (IndicatorKpis indicator : kpis.indicators()) {
            out.println("  " + indicator.group() + " " + t(indicator.indicator().text())
                    + ": " + fixed(indicator.coefficientBefore(), 3) + " → " + fixed(indicator.coefficientAfter(), 3)
                    + " (≤ " + fixed(indicator.threshold(), 2) + (indicator.metAfter() ? t(", met", "，达标")
                            : t(", NOT met", "，未达标")) + ")");
        }
        out.println(t("Commute of movers", "交流教师通勤") + ": " + t("mean ", "平均 ")
                + fixed(kpis.commute().meanKm(), 1) + " km, " + t("longest ", "最远 ")
                + fixed(kpis.commute().maxKm(), 1) + " km, " + t("beyond ", "超过 ")
                + fixed(kpis.commute().limitKm(), 0) + " km: " + kpis.commute().beyondLimit());
        out.println(t("Preferences honoured", "满足本人志愿") + ": " + kpis.preferences().honoured() + "/"
                + kpis.preferences().moversWithPreferences());
        if (!kpis.shortfalls().isEmpty()) {
            out.println(t("Shortfalls", "未达标项"));
            for (Shortfall shortfall : kpis.shortfalls()) {
                out.println("  " + t(shortfall.text()));
            }
        }
    }

    void constraints(PlanDocument plan) {
        out.println();
        out.println(t("Score by constraint", "各约束得分"));
        for (ConstraintEntry constraint : plan.constraints()) {
            out.println("  " + constraint.name() + ": " + constraint.score() + " (" + constraint.matches().size() + " "
                    + t("matches", "项") + ")");
            if (!constraint.matches().isEmpty() && !constraint.score().startsWith("0hard/0medium")) {
                constraint.matches().stream().limit(MATCHES_SHOWN).forEach(this::match);
                if (constraint.matches().size() > MATCHES_SHOWN) {
                    out.println("      … " + (constraint.matches().size() - MATCHES_SHOWN) + " "
                            + t("more in the plan file", "项见方案文件"));
                }
            }
        }
    }

    void match(MatchEntry match) {
        out.println("      " + match.score() + "  " + t(match.en(), match.zh()));
    }

    /** What the rise proof settled for each coefficient the plan raises. */
    void riseProofs(List<RiseProver.RiseProof> proofs) {
        out.println(t("Can the rises be avoided at the least quota shortfall?", "在最小配额缺口下，差异系数的上升能否避免？"));
        for (RiseProver.RiseProof proof : proofs) {
            out.println("  " + t(proof.en(), proof.zh()));
        }
    }

    void guardedBound(GuardedBound.Result result) {
        out.println(t(result.en(), result.zh()));
    }

    void line(String en, String zh) {
        out.println(t(en, zh));
    }
}
