package org.lungang.data.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.lungang.data.csv.Csv;
import org.lungang.solver.domain.Text;
import org.lungang.solver.kpi.Shortfall;

/** The sweep as a table: CSV for spreadsheets, Markdown for people. One row per point, infeasible points included. */
public final class SweepTable {

    private SweepTable() {
    }

    /**
     * One figure of a point, written once for both tables: its CSV name and cell, and its Markdown headings and cell
     * (with no headings it is in the CSV only).
     */
    private record Column(String csvName, Text heading, Function<SweepPoint, String> csvCell,
            BiFunction<SweepPoint, Boolean, String> markdownCell) {

        /** A column written alike in both tables. */
        static Column alike(String csvName, Text heading, Function<SweepPoint, String> cell) {
            return new Column(csvName, heading, cell, (p, chinese) -> cell.apply(p));
        }
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("status", new Text("状态", "status"), p -> p.status().name(),
                    (p, chinese) -> status(p.status(), chinese)),
            Column.alike("rotated", new Text("交流人数", "rotated"), p -> Integer.toString(p.rotated())),
            new Column("backbone_share", new Text("骨干占比", "backbone share"), p -> fixed(p.backboneShare(), 4),
                    (p, chinese) -> fixed(p.backboneShare() * 100, 1) + "%"),
            Column.alike("shortage_filled", new Text("填补缺编", "shortage filled"),
                    p -> Integer.toString(p.shortageFilled())),
            new Column("cv_mean_after", new Text("差异系数均值", "CV mean after"), p -> fixed(p.coefficientMeanAfter(), 4),
                    (p, chinese) -> fixed(p.coefficientMeanAfter(), 3)),
            new Column("cv_max_after", new Text("差异系数最大", "CV max after"), p -> fixed(p.coefficientMaxAfter(), 4),
                    (p, chinese) -> fixed(p.coefficientMaxAfter(), 3)),
            Column.alike("indicators_met", new Text("达标指标", "indicators met"),
                    p -> p.indicatorsMet() + "/" + p.indicators()),
            new Column("mean_commute_km", new Text("平均通勤 km", "mean commute km"), p -> fixed(p.meanCommuteKm(), 2),
                    (p, chinese) -> fixed(p.meanCommuteKm(), 1)),
            Column.alike("beyond_commute_limit", new Text("超出通勤上限", "beyond commute limit"),
                    p -> Integer.toString(p.beyondCommuteLimit())),
            Column.alike("hard", new Text("hard", "hard"), p -> Long.toString(p.hard())),
            Column.alike("medium", new Text("medium", "medium"), p -> Long.toString(p.medium())),
            Column.alike("soft", new Text("soft", "soft"), p -> Long.toString(p.soft())),
            new Column("broken_rules", new Text("未满足规则", "rules broken or missed"),
                    p -> Csv.textField(p.brokenRulesSummary()),
                    (p, chinese) -> p.brokenRulesSummary().replace("|", "\\|")),
            new Column("warm_started", null, p -> Boolean.toString(p.warmStarted()), null));

    /** Comma-separated, a header row first, numbers with a dot; text quoted where it must be. */
    public static String csv(SweepResult result) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        result.parameters().forEach(p -> header.add(p.name()));
        COLUMNS.forEach(c -> header.add(c.csvName()));
        csv.append(String.join(",", header.stream().map(Csv::textField).toList())).append('\n');
        for (SweepPoint p : result.points()) {
            List<String> cells = new ArrayList<>();
            p.values().forEach(v -> cells.add(SweepParameter.format(v)));
            COLUMNS.forEach(c -> cells.add(c.csvCell().apply(p)));
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

        List<Column> shown = COLUMNS.stream().filter(c -> c.heading() != null).toList();
        List<String> header = new ArrayList<>();
        result.parameters().forEach(p -> header.add(p.name()));
        shown.forEach(c -> header.add(c.heading().pick(chinese)));
        md.append("| ").append(String.join(" | ", header)).append(" |\n");
        md.append("|").append("---|".repeat(header.size())).append('\n');
        for (SweepPoint p : result.points()) {
            List<String> cells = new ArrayList<>();
            p.values().forEach(v -> cells.add(SweepParameter.format(v)));
            shown.forEach(c -> cells.add(c.markdownCell().apply(p, chinese)));
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
                        .append(s.text().pick(chinese)).append('\n');
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
