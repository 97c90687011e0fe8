package org.lungang.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Writes the rows of a run as summary.csv (every figure, one row per dataset and solver) and summary.md (the same,
 * readable). Ratios compare each row with the other rows of its dataset in the same run.
 */
public final class SummaryWriter {

    public static final List<String> FIXED_COLUMNS = List.of("dataset", "solver", "legal", "score", "rotated",
            "shortage_filled", "weighted_shortage_filled", "quota_shortfall", "school_quotas_met", "quota_schools");
    public static final List<String> TAIL_COLUMNS = List.of("mean_commute_km", "first_legal_s", "seconds",
            "move_eval_speed", "peak_memory_mb", "ratio_to_exact", "ratio_to_lottery", "ratio_to_points_greedy",
            "exact_status", "exact_bound", "guard_cost_pct", "core_objective", "gap_to_bound_pct", "guarded_bound",
            "gap_to_guarded_bound_pct", "note");

    private SummaryWriter() {
    }

    public static void write(String suite, List<BenchRow> rows, Path directory, String header) throws IOException {
        Files.createDirectories(directory);
        List<String> indicators = indicators(rows);
        Files.writeString(directory.resolve("summary.csv"), csv(rows, indicators));
        Files.writeString(directory.resolve("summary.md"), markdown(suite, rows, indicators, header));
    }

    private static List<String> indicators(List<BenchRow> rows) {
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(r -> names.addAll(r.coefficients().keySet()));
        return new ArrayList<>(names);
    }

    static List<String> columns(List<String> indicators) {
        List<String> columns = new ArrayList<>(FIXED_COLUMNS);
        for (String indicator : indicators) {
            String key = indicator.toLowerCase(Locale.ROOT).replace(' ', '_');
            columns.add("cv_before_" + key);
            columns.add("cv_after_" + key);
        }
        columns.addAll(TAIL_COLUMNS);
        return columns;
    }

    private static String csv(List<BenchRow> rows, List<String> indicators) {
        StringBuilder out = new StringBuilder(String.join(",", columns(indicators))).append('\n');
        for (BenchRow r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.dataset(), r.solver(), String.valueOf(r.legal()),
                    r.score(), String.valueOf(r.rotated()), String.valueOf(r.shortageFilled()),
                    String.valueOf(r.weightedShortageFilled()), String.valueOf(r.quotaShortfall()),
                    String.valueOf(r.schoolQuotasMet()), String.valueOf(r.quotaSchools())));
            for (String indicator : indicators) {
                double[] cv = r.coefficients().get(indicator);
                cells.add(cv == null ? "" : number(cv[0], 3));
                cells.add(cv == null ? "" : number(cv[1], 3));
            }
            cells.addAll(List.of(number(r.meanCommuteKm(), 1), number(r.firstLegalSeconds(), 2),
                    number(r.seconds(), 2), r.moveEvaluationSpeed() < 0 ? "" : String.valueOf(r.moveEvaluationSpeed()),
                    String.valueOf(r.peakMemoryMb()), ratio(r, rows, BenchRunner.EXACT, true),
                    ratio(r, rows, "lottery", false), ratio(r, rows, "points-greedy", false), r.exactStatus(),
                    number(r.exactBound(), 0), number(r.guardCostPercent(), 2), String.valueOf(r.coreObjective()),
                    number(r.gapToBoundPercent(), 2), number(r.guardedBound(), 0),
                    number(r.gapToGuardedBoundPercent(), 2), r.note()));
            out.append(String.join(",", cells.stream().map(SummaryWriter::csvCell).toList())).append('\n');
        }
        return out.toString();
    }

    private static String guardCost(BenchRow r) {
        return Double.isNaN(r.guardCostPercent()) || r.guardCostPercent() == 0 ? ""
                : ", CV guard " + number(r.guardCostPercent(), 2) + " % of it";
    }

    private static String guardedGap(BenchRow r) {
        return Double.isNaN(r.guardedBound()) ? ""
                : number(r.gapToGuardedBoundPercent(), 2) + " (of " + number(r.guardedBound(), 0) + ")";
    }

    private static String markdown(String suite, List<BenchRow> rows, List<String> indicators, String header) {
        StringBuilder out = new StringBuilder("# Benchmark suite `" + suite + "`\n\n").append(header).append("\n\n");
        out.append("| dataset | solver | legal | score | rotated | shortage filled (weighted) | quota shortfall "
                + "| school quotas met | mean commute km | core objective | gap to bound % | gap to guarded bound % | first legal s | s | moves/s "
                + "| peak MB | ÷ exact | ÷ lottery | ÷ points-greedy | note |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (BenchRow r : rows) {
            out.append("| ").append(String.join(" | ", List.of(r.dataset(), r.solver(), r.legal() ? "yes" : "**no**",
                    r.score(), String.valueOf(r.rotated()),
                    r.shortageFilled() + " (" + r.weightedShortageFilled() + ")", String.valueOf(r.quotaShortfall()),
                    r.schoolQuotasMet() + "/" + r.quotaSchools(), number(r.meanCommuteKm(), 1),
                    String.valueOf(r.coreObjective()), number(r.gapToBoundPercent(), 2),
                    guardedGap(r), number(r.firstLegalSeconds(), 2), number(r.seconds(), 1),
                    r.moveEvaluationSpeed() < 0 ? "" : String.valueOf(r.moveEvaluationSpeed()),
                    String.valueOf(r.peakMemoryMb()), ratio(r, rows, BenchRunner.EXACT, true),
                    ratio(r, rows, "lottery", false), ratio(r, rows, "points-greedy", false),
                    (r.exactStatus().isEmpty() ? "" : r.exactStatus() + ", bound " + number(r.exactBound(), 0)
                            + guardCost(r) + "; ") + r.note())))
                    .append(" |\n");
        }
        if (!indicators.isEmpty()) {
            out.append("\nCoefficient of variation of each national indicator, before → after "
                    + "(thresholds 0.50 primary, 0.45 junior):\n\n| dataset | solver | ")
                    .append(String.join(" | ", indicators)).append(" |\n|---|---|")
                    .append("---|".repeat(indicators.size())).append('\n');
            for (BenchRow r : rows) {
                out.append("| ").append(r.dataset()).append(" | ").append(r.solver()).append(" | ");
                for (String indicator : indicators) {
                    double[] cv = r.coefficients().get(indicator);
                    out.append(cv == null ? "" : number(cv[0], 3) + " → " + number(cv[1], 3)).append(" | ");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The row's shortage KPI over the reference row's on the same dataset: weighted by scarcity against the exact
     * reference (its objective), in posts against the baselines.
     */
    static String ratio(BenchRow row, List<BenchRow> rows, String reference, boolean weighted) {
        ToDoubleFunction<BenchRow> kpi = weighted ? BenchRow::weightedShortageFilled : BenchRow::shortageFilled;
        if (row.score().isEmpty()) {
            return "";
        }
        for (BenchRow other : rows) {
            if (other.dataset().equals(row.dataset()) && other.solver().equals(reference)
                    && !other.score().isEmpty() && kpi.applyAsDouble(other) > 0) {
                return number(kpi.applyAsDouble(row) / kpi.applyAsDouble(other), 4);
            }
        }
        return "";
    }

    private static String number(double value, int decimals) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String csvCell(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
