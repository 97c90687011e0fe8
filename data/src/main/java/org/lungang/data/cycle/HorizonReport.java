package org.lungang.data.cycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.lungang.data.csv.Csv;
import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.Labels;
import org.lungang.solver.domain.RotationKind;

/** A horizon as CSV, Markdown (Chinese or English) and an SVG chart of the coefficients against the thresholds. */
public final class HorizonReport {

    private static final String[] COLOURS = {"#0072B2", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#8C564B"};

    private HorizonReport() {
    }

    /** One row per year; the coefficient after the plan of every indicator, then whether it is met. */
    public static String csv(HorizonResult result) {
        List<String> keys = keys(result);
        List<String> header = new ArrayList<>(List.of("year", "teachers", "eligible", "away_on_exchange", "rotated",
                "support", "secondment", "principal", "returned", "extended", "quota_schools", "quota_schools_met",
                "quota_met", "feasible", "coverage", "cohort", "covered"));
        keys.forEach(k -> header.add("cv_after_" + k));
        keys.forEach(k -> header.add("met_" + k));
        StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
        for (HorizonYear y : result.years()) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(y.year()), Integer.toString(y.teachers()),
                    Integer.toString(y.eligible()), Integer.toString(y.away()), Integer.toString(y.rotated()),
                    count(y, RotationKind.SUPPORT), count(y, RotationKind.SECONDMENT), count(y, RotationKind.PRINCIPAL),
                    Integer.toString(y.returned()), Integer.toString(y.extended()),
                    Integer.toString(y.quotaSchools()), Integer.toString(y.quotaSchoolsMet()),
                    Boolean.toString(y.quotaMet()), Boolean.toString(y.feasible()), fixed(y.coverage(), 4),
                    Integer.toString(y.cohort()), Integer.toString(y.covered())));
            Map<String, HorizonYear.Coefficient> byKey = byKey(y);
            keys.forEach(k -> cells.add(byKey.containsKey(k) ? fixed(byKey.get(k).after(), 4) : ""));
            keys.forEach(k -> cells.add(byKey.containsKey(k) ? Boolean.toString(byKey.get(k).met()) : ""));
            csv.append(String.join(",", cells.stream().map(Csv::escape).toList())).append('\n');
        }
        return csv.toString();
    }

    public static String markdown(HorizonResult result, boolean chinese) {
        StringBuilder md = new StringBuilder();
        List<HorizonYear> years = result.years();
        md.append(chinese ? "# 多年度交流规划：" : "# Rotation horizon: ").append(result.name()).append("\n\n");
        md.append(chinese
                ? years.size() + " 个学年（" + years.get(0).year() + "–" + years.get(years.size() - 1).year()
                        + "），每学年求解 " + fixed(result.secondsPerYear(), 0) + " 秒；每年方案视为批准后结转到下一学年。\n\n"
                : years.size() + " school years (" + years.get(0).year() + "–" + years.get(years.size() - 1).year()
                        + "), " + fixed(result.secondsPerYear(), 0) + " s of solving per year; each year's plan is"
                        + " taken as approved and rolled over to the next.\n\n");
        HorizonResult.Reproducibility r = result.reproducibility();
        if (r != null) {
            String capped = r.yearsAtTimeLimit().stream().map(String::valueOf)
                    .collect(Collectors.joining(", "));
            md.append(chinese
                    ? "可重复：每学年构造后局部搜索 " + r.stepsPerYear() + " 步，随机种子 " + r.seed() + "，求解时间为上限；"
                            + (r.repeatable() ? "每学年都在步数内完成，同一问题、步数和种子给出同一结果。\n\n"
                                    : capped + " 学年先达到时间上限，本次结果不保证可重复。\n\n")
                    : "Reproducible: construction and then " + r.stepsPerYear() + " local-search steps per year, random"
                            + " seed " + r.seed() + ", the time per year as a cap; " + (r.repeatable()
                                    ? "every year ended on its steps, so the same problem, steps and seed give the"
                                            + " same horizon.\n\n"
                                    : "the year(s) " + capped + " reached the time limit first, so this horizon may"
                                            + " not repeat.\n\n"));
        }
        md.append(chinese
                ? "| 学年 | 教师 | 符合条件 | 在交流中 | 新交流 | 期满返回 | 延期 | 比例达标学校 | 全部比例达标 | 覆盖率 |\n"
                : "| year | teachers | eligible | away on exchange | rotated | returned | extended | quota schools met"
                        + " | all quotas met | coverage |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (HorizonYear y : years) {
            md.append("| ").append(y.year()).append(" | ").append(y.teachers()).append(" | ").append(y.eligible())
                    .append(" | ").append(y.away()).append(" | ").append(y.rotated()).append(" | ")
                    .append(y.returned()).append(" | ").append(y.extended()).append(" | ").append(y.quotaSchoolsMet())
                    .append('/').append(y.quotaSchools()).append(" | ").append(yesNo(y.quotaMet(), chinese))
                    .append(" | ").append(percent(y.coverage())).append(" (").append(y.covered()).append('/')
                    .append(y.cohort()).append(") |\n");
        }
        md.append('\n').append(chinese ? "## 差异系数（交流后）\n\n" : "## Coefficients of variation (after the plan)\n\n");
        List<String> keys = keys(result);
        md.append(chinese ? "| 学段 | 指标 | 标准 |" : "| group | indicator | threshold |");
        years.forEach(y -> md.append(' ').append(y.year()).append(" |"));
        md.append(chinese ? " 首次达标 |\n" : " first year met |\n");
        md.append("|---|---|---|").append("---|".repeat(years.size())).append("---|\n");
        Map<String, Integer> first = result.firstYearMet();
        for (String key : keys) {
            HorizonYear.Coefficient any = coefficient(result, key);
            md.append("| ").append(chinese ? Labels.zh(any.group()) : Labels.en(any.group())).append(" | ")
                    .append(any.indicator().text().pick(chinese)).append(" | ≤ ")
                    .append(fixed(any.threshold(), 2)).append(" |");
            for (HorizonYear y : years) {
                HorizonYear.Coefficient c = byKey(y).get(key);
                md.append(' ').append(c == null ? "" : fixed(c.after(), 3) + (c.met() ? " ✓" : "")).append(" |");
            }
            Integer year = first.get(key);
            md.append(' ').append(year == null ? (chinese ? "期内未达标" : "not within the horizon") : year)
                    .append(" |\n");
        }
        Integer all = result.firstYearAllMet();
        Integer full = result.firstYearFullCoverage();
        HorizonYear last = years.get(years.size() - 1);
        md.append('\n');
        md.append(chinese
                ? "- 全部指标首次达标：" + (all == null ? "期内未达标" : all + " 学年") + "\n"
                        + "- 覆盖率（首年符合条件且仍在岗的教师中，至少交流过一次的比例）：期末 " + percent(last.coverage())
                        + "；" + (full == null ? "期内未达到 100%" : full + " 学年达到 100%") + "\n"
                : "- First year every indicator is met: " + (all == null ? "not within the horizon" : all) + "\n"
                        + "- Coverage (of the teachers eligible in the first year and still in service, the share who"
                        + " have rotated at least once): " + percent(last.coverage()) + " at the end; "
                        + (full == null ? "100% not reached within the horizon" : "100% in " + full) + "\n");
        return md.toString();
    }

    /** The coefficients year by year, one line per indicator and group, the thresholds dashed. */
    public static String svg(HorizonResult result) {
        int left = 70;
        int top = 60;
        int width = 640;
        int height = 320;
        List<String> keys = keys(result);
        List<HorizonYear> years = result.years();
        double hi = 0.6;
        for (HorizonYear y : years) {
            for (HorizonYear.Coefficient c : y.coefficients()) {
                hi = Math.max(hi, c.after());
            }
        }
        hi = Math.ceil(hi * 10) / 10.0;
        int legendTop = top + height + 50;
        int total = legendTop + (keys.size() + 2) * 18 + 20;
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(left + width + 40)
                .append("\" height=\"").append(total).append("\" viewBox=\"0 0 ").append(left + width + 40).append(' ')
                .append(total).append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        String title = "差异系数轨迹 CV trajectories: " + result.name();
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(left, 28, escape(title), "start", "font-size=\"16\" font-weight=\"bold\""));
        svg.append("<rect x=\"").append(left).append("\" y=\"").append(top).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" fill=\"none\" stroke=\"#999\"/>\n");
        for (int t = 0; t <= 5; t++) {
            double v = hi * t / 5;
            double y = top + height - height * v / hi;
            svg.append(text(left - 6, y + 4, fixed(v, 2), "end", ""));
        }
        for (int i = 0; i < years.size(); i++) {
            svg.append(text(x(i, years.size(), left, width), top + height + 18, Integer.toString(years.get(i).year()),
                    "middle", ""));
        }
        svg.append(text(left + width / 2.0, top + height + 36, "学年 school year", "middle", ""));
        for (IndicatorGroup group : List.of(IndicatorGroup.PRIMARY, IndicatorGroup.JUNIOR)) {
            double threshold = group.maxCoefficientOfVariation();
            double y = top + height - height * threshold / hi;
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(left + width).append("\" y1=\"")
                    .append(fixed(y, 1)).append("\" y2=\"").append(fixed(y, 1))
                    .append("\" stroke=\"#D62728\" stroke-dasharray=\"6 4\"/>\n");
            svg.append(text(left + width - 4, y - 4, escape(fixed(threshold, 2) + " " + Labels.zh(group) + " "
                    + Labels.en(group)), "end", "fill=\"#D62728\""));
        }
        for (int k = 0; k < keys.size(); k++) {
            String colour = COLOURS[k % COLOURS.length];
            String dash = coefficient(result, keys.get(k)).group() == IndicatorGroup.JUNIOR
                    ? " stroke-dasharray=\"2 2\"" : "";
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < years.size(); i++) {
                HorizonYear.Coefficient c = byKey(years.get(i)).get(keys.get(k));
                if (c != null) {
                    double px = x(i, years.size(), left, width);
                    double py = top + height - height * c.after() / hi;
                    points.append(fixed(px, 1)).append(',').append(fixed(py, 1)).append(' ');
                    svg.append("<circle cx=\"").append(fixed(px, 1)).append("\" cy=\"").append(fixed(py, 1))
                            .append("\" r=\"3\" fill=\"").append(colour).append("\"/>\n");
                }
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append('"').append(dash)
                    .append(" points=\"").append(points.toString().strip()).append("\"/>\n");
            HorizonYear.Coefficient any = coefficient(result, keys.get(k));
            int ly = legendTop + k * 18;
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(left + 24).append("\" y1=\"").append(ly)
                    .append("\" y2=\"").append(ly).append("\" stroke-width=\"2\" stroke=\"").append(colour).append('"')
                    .append(dash).append("/>\n");
            svg.append(text(left + 30, ly + 4, escape(Labels.zh(any.group()) + " " + any.indicator().text().zh() + " — "
                    + Labels.en(any.group()) + " " + any.indicator().text().en()), "start", ""));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static double x(int i, int n, int left, int width) {
        return n == 1 ? left + width / 2.0 : left + 30 + (width - 60) * (double) i / (n - 1);
    }

    private static List<String> keys(HorizonResult result) {
        Map<String, Boolean> keys = new LinkedHashMap<>();
        result.years().forEach(y -> y.coefficients().forEach(c -> keys.put(c.key(), true)));
        return List.copyOf(keys.keySet());
    }

    private static HorizonYear.Coefficient coefficient(HorizonResult result, String key) {
        for (HorizonYear y : result.years()) {
            HorizonYear.Coefficient c = byKey(y).get(key);
            if (c != null) {
                return c;
            }
        }
        throw new IllegalArgumentException(key);
    }

    private static Map<String, HorizonYear.Coefficient> byKey(HorizonYear year) {
        Map<String, HorizonYear.Coefficient> byKey = new LinkedHashMap<>();
        year.coefficients().forEach(c -> byKey.put(c.key(), c));
        return byKey;
    }

    private static String count(HorizonYear y, RotationKind kind) {
        return Integer.toString(y.rotatedByKind().getOrDefault(kind, 0));
    }

    private static String yesNo(boolean value, boolean chinese) {
        return chinese ? (value ? "是" : "否") : (value ? "yes" : "no");
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String text(double x, double y, String content, String anchor, String extra) {
        return "<text x=\"" + fixed(x, 1) + "\" y=\"" + fixed(y, 1) + "\" text-anchor=\"" + anchor + "\""
                + (extra.isEmpty() ? "" : " " + extra) + ">" + content + "</text>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
