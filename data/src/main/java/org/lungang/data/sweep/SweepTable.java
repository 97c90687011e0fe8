package org.lungang.data.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lungang.data.csv.Csv;
import org.lungang.solver.kpi.Shortfall;

/** The sweep as a table: CSV for spreadsheets, Markdown for people. One row per point, infeasible points included. */
public final class SweepTable {

    private SweepTable() {
    }

    private static final List<String> COLUMNS = List.of("status", "rotated", "backbone_share", "shortage_filled",
            "cv_mean_after", "cv_max_after", "indicators_met", "mean_commute_km", "beyond_commute_limit", "hard",
            "medium", "soft", "broken_rules", "warm_started");

    /** Comma-separated, a header row first, numbers with a dot; text quoted where it must be. */
    public static String csv(SweepResult result) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        result.parameters().forEach(p -> header.add(p.name()));
        header.addAll(COLUMNS);
        csv.append(String.join(",", header.stream().map(Csv::textField).toList())).append('\n');
        for (SweepPoint p : result.points()) {
            List<String> cells = new ArrayList<>();
            p.values().forEach(v -> cells.add(SweepParameter.format(v)));
            cells.add(p.status().name());
            cells.add(Integer.toString(p.rotated()));
            cells.add(fixed(p.backboneShare(), 4));
            cells.add(Integer.toString(p.shortageFilled()));
            cells.add(fixed(p.coefficientMeanAfter(), 4));
            cells.add(fixed(p.coefficientMaxAfter(), 4));
            cells.add(p.indicatorsMet() + "/" + p.indicators());
            cells.add(fixed(p.meanCommuteKm(), 2));
            cells.add(Integer.toString(p.beyondCommuteLimit()));
            cells.add(Long.toString(p.hard()));
            cells.add(Long.toString(p.medium()));
            cells.add(Long.toString(p.soft()));
            cells.add(Csv.textField(p.brokenRulesSummary()));
            cells.add(Boolean.toString(p.warmStarted()));
            csv.append(String.join(",", cells)).append('\n');
        }
        return csv.toString();
    }

    /**
     * A Markdown report: the settings, the table, then every point that breaks or misses a rule with each shortfall
     * in words (Chinese when {@code chinese}, else English).
     */
    public static String markdown(SweepResult result, boolean chinese) {
        StringBuilder md = new StringBuilder();
        md.append(chinese ? "# 参数扫描：" : "# Sweep: ").append(result.problemName()).append("\n\n");
        for (SweepParameter p : result.parameters()) {
            md.append("- ").append(p.name()).append(p.name().equals(p.target()) ? "" : " (" + p.target() + ")")
                    .append(": ").append(String.join(", ", p.values().stream().map(SweepParameter::format).toList()))
                    .append('\n');
        }
        md.append(chinese ? "- 每点求解时间：" : "- time per point: ").append(result.timePerPoint().toMillis() / 1000.0)
                .append(" s").append(chinese ? "；并行求解器：" : "; solvers in parallel: ").append(result.parallel())
                .append("\n\n");

        List<String> header = new ArrayList<>();
        result.parameters().forEach(p -> header.add(p.name()));
        header.addAll(chinese
                ? List.of("状态", "交流人数", "骨干占比", "填补缺编", "差异系数均值", "差异系数最大", "达标指标",
                        "平均通勤 km", "超出通勤上限", "hard", "medium", "soft", "未满足规则")
                : List.of("status", "rotated", "backbone share", "shortage filled", "CV mean after",
                        "CV max after", "indicators met", "mean commute km", "beyond commute limit", "hard",
                        "medium", "soft", "rules broken or missed"));
        md.append("| ").append(String.join(" | ", header)).append(" |\n");
        md.append("|").append("---|".repeat(header.size())).append('\n');
        for (SweepPoint p : result.points()) {
            List<String> cells = new ArrayList<>();
            p.values().forEach(v -> cells.add(SweepParameter.format(v)));
            cells.add(status(p.status(), chinese));
            cells.add(Integer.toString(p.rotated()));
            cells.add(fixed(p.backboneShare() * 100, 1) + "%");
            cells.add(Integer.toString(p.shortageFilled()));
            cells.add(fixed(p.coefficientMeanAfter(), 3));
            cells.add(fixed(p.coefficientMaxAfter(), 3));
            cells.add(p.indicatorsMet() + "/" + p.indicators());
            cells.add(fixed(p.meanCommuteKm(), 1));
            cells.add(Integer.toString(p.beyondCommuteLimit()));
            cells.add(Long.toString(p.hard()));
            cells.add(Long.toString(p.medium()));
            cells.add(Long.toString(p.soft()));
            cells.add(p.brokenRulesSummary().replace("|", "\\|"));
            md.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }

        List<SweepPoint> broken = result.points().stream()
                .filter(p -> p.status() != SweepPoint.Status.FEASIBLE).toList();
        md.append('\n').append(chinese ? "## 未满足规则的点" : "## Points that break or miss a rule").append("\n\n");
        if (broken.isEmpty()) {
            md.append(chinese ? "每个点都满足全部规则和比例。\n" : "Every point meets every rule and quota.\n");
        }
        for (SweepPoint p : broken) {
            md.append("### ").append(label(result.parameters(), p)).append(" — ").append(status(p.status(), chinese))
                    .append("\n\n");
            for (String rule : p.brokenHardRules()) {
                md.append("- ").append(rule).append(chinese ? "：违反硬性规则\n" : ": hard rule broken\n");
            }
            for (Shortfall s : p.shortfalls()) {
                md.append("- ").append(s.rule()).append(" [").append(s.scope()).append("] ")
                        .append(chinese ? "要求 " : "required ").append(s.required())
                        .append(chinese ? "，达到 " : ", achieved ").append(s.achieved())
                        .append(chinese ? "，缺 " : ", short by ").append(s.shortfall()).append(": ")
                        .append(chinese ? s.zh() : s.en()).append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** The point's parameter values, e.g. {@code quota=0.15, maxCommuteKm=50}. */
    public static String label(List<SweepParameter> parameters, SweepPoint point) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            parts.add(parameters.get(i).name() + "=" + SweepParameter.format(point.values().get(i)));
        }
        return String.join(", ", parts);
    }

    static String status(SweepPoint.Status status, boolean chinese) {
        return switch (status) {
            case FEASIBLE -> chinese ? "可行" : "feasible";
            case QUOTA_MISSED -> chinese ? "比例未达标" : "quota missed";
            case INFEASIBLE -> chinese ? "不可行" : "INFEASIBLE";
        };
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
