package org.lungang.data.cycle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lungang.data.json.LoadedProblem;
import org.lungang.data.sweep.SweepParameter;
import org.lungang.data.sweep.SweepRequest;
import org.lungang.data.sweep.SweepRunner;

/**
 * A horizon at every value of one policy parameter: "which quota reaches every threshold by year N?". Each value's
 * first year is the start problem under that value ({@link SweepRunner#problemAt}, the sweep's one way of applying a
 * parameter), planned as a {@link Horizon}.
 */
public final class HorizonSweep {

    /** One value of the parameter and its horizon. */
    public record Point(double value, HorizonResult horizon) {
    }

    private HorizonSweep() {
    }

    public static List<Point> run(Horizon horizon, LoadedProblem start, SweepParameter parameter, int years,
            Duration timePerYear, Horizon.Listener listener) {
        SweepRequest request = new SweepRequest(start.name(), start.plan(), List.of(parameter), timePerYear, 1);
        List<Point> points = new ArrayList<>();
        for (double value : parameter.values()) {
            LoadedProblem first = new LoadedProblem(start.name(), start.year(),
                    SweepRunner.problemAt(request, List.of(value)));
            points.add(new Point(value, horizon.run(first, years, timePerYear, listener)));
        }
        return points;
    }

    /** One row per value: coverage at the end, the year of full coverage, the first year each threshold is met. */
    public static String markdown(SweepParameter parameter, List<Point> points, boolean chinese) {
        List<String> keys = new ArrayList<>(points.get(0).horizon().firstYearMet().keySet());
        StringBuilder md = new StringBuilder(chinese ? "# 多年度参数扫描：" : "# Horizon sweep: ")
                .append(parameter.name()).append("\n\n| ").append(parameter.name())
                .append(chinese ? " | 期末覆盖率 | 覆盖率达 100% | 全部指标达标 |" : " | coverage at the end | 100% coverage"
                        + " | every threshold met |");
        keys.forEach(k -> md.append(' ').append(k).append(" |"));
        md.append("\n|---|---|---|---|").append("---|".repeat(keys.size())).append('\n');
        String never = chinese ? "期内未达到" : "not within the horizon";
        for (Point p : points) {
            HorizonResult h = p.horizon();
            HorizonYear last = h.years().get(h.years().size() - 1);
            md.append("| ").append(SweepParameter.format(p.value())).append(" | ")
                    .append(HorizonReport.percent(last.coverage())).append(" | ")
                    .append(orNever(h.firstYearFullCoverage(), never)).append(" | ")
                    .append(orNever(h.firstYearAllMet(), never)).append(" |");
            Map<String, Integer> first = h.firstYearMet();
            keys.forEach(k -> md.append(' ').append(orNever(first.get(k), never)).append(" |"));
            md.append('\n');
        }
        return md.toString();
    }

    /** The same as CSV: value, coverage, the years (empty when not within the horizon). */
    public static String csv(SweepParameter parameter, List<Point> points) {
        List<String> keys = new ArrayList<>(points.get(0).horizon().firstYearMet().keySet());
        StringBuilder csv = new StringBuilder(parameter.name() + ",coverage_end,year_full_coverage,year_all_met");
        keys.forEach(k -> csv.append(",first_met_").append(k));
        csv.append('\n');
        for (Point p : points) {
            HorizonResult h = p.horizon();
            HorizonYear last = h.years().get(h.years().size() - 1);
            csv.append(SweepParameter.format(p.value())).append(',').append(HorizonReport.fixed(last.coverage(), 4))
                    .append(',').append(orNever(h.firstYearFullCoverage(), "")).append(',')
                    .append(orNever(h.firstYearAllMet(), ""));
            Map<String, Integer> first = h.firstYearMet();
            keys.forEach(k -> csv.append(',').append(orNever(first.get(k), "")));
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String orNever(Integer year, String never) {
        return year == null ? never : year.toString();
    }
}
