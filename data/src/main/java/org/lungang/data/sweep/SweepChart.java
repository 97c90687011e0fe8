package org.lungang.data.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

import org.lungang.solver.domain.Text;

/**
 * The trade-off chart of a sweep as a standalone SVG document, written by hand (no chart library): four small
 * multiples sharing the x axis (the first parameter): shortage posts filled, teachers rotated, mean commute, and the
 * largest coefficient of variation after the plan (with the national thresholds dashed). One line per value of the
 * second parameter. Points that miss a quota are drawn as orange diamonds, points that break a hard rule as red
 * crosses, so a reader sees where the policy stops being attainable. The web application shows the same SVG.
 */
public final class SweepChart {

    private static final int PANEL_W = 400;
    private static final int PANEL_H = 220;
    private static final int LEFT = 70;
    private static final int TOP = 60;
    private static final int GAP_X = 90;
    private static final int WIDTH = LEFT + 2 * PANEL_W + GAP_X + 40;
    private static final int GAP_Y = 80;
    private static final String[] COLOURS = {"#0072B2", "#009E73", "#CC79A7", "#56B4E9", "#7F7F7F", "#8C564B",
        "#17BECF", "#BCBD22"};
    private static final String QUOTA_MISSED = "#E69F00";
    private static final String INFEASIBLE = "#D62728";

    private record Metric(Text name, ToDoubleFunction<SweepPoint> value, double[] guides) {
    }

    private static final List<Metric> METRICS = List.of(
            new Metric(new Text("填补缺编岗位", "Shortage posts filled"), SweepPoint::shortageFilled, new double[0]),
            new Metric(new Text("交流人数", "Teachers rotated"), SweepPoint::rotated, new double[0]),
            new Metric(new Text("平均通勤（公里）", "Mean commute (km)"), SweepPoint::meanCommuteKm, new double[0]),
            new Metric(new Text("交流后最大差异系数", "Largest CV after"), SweepPoint::coefficientMaxAfter,
                    new double[] {0.45, 0.50}));

    /** The language of a chart's own words: one language, or both side by side (English first). */
    public enum Language {
        CHINESE, ENGLISH, BOTH
    }

    /**
     * The words of the chart. The command line writes both languages side by side ({@link #BILINGUAL}); the web
     * application writes the planner's language alone, with its own names and formats of the swept parameters.
     *
     * @param language of the titles, legend, descriptions and tooltips
     * @param parameterName a parameter's name on an axis or in the legend, from its command-line name
     * @param value a value of a parameter as shown on the x axis and in the legend, from the name and the value
     */
    public record Words(Language language, UnaryOperator<String> parameterName,
            BiFunction<String, Double, String> value) {

        /** The text in the chart's language; {@code both} is the two side by side, as the command line has it. */
        String say(String en, String zh, String both) {
            return switch (language) {
                case CHINESE -> zh;
                case ENGLISH -> en;
                case BOTH -> both;
            };
        }

        /** A name in the chart's language; both side by side as {@code English · 中文}. */
        String say(Text name) {
            return say(name.en(), name.zh(), name.en() + " · " + name.zh());
        }
    }

    /** The words of the command line's chart: both languages, parameters by their command-line names. */
    public static final Words BILINGUAL = new Words(Language.BOTH, UnaryOperator.identity(),
            (name, value) -> SweepParameter.format(value));

    private SweepChart() {
    }

    /** The chart as an SVG document (UTF-8 text), in both languages. */
    public static String svg(SweepResult result) {
        return svg(result, BILINGUAL);
    }

    /** The chart as an SVG document (UTF-8 text), in the given words. */
    public static String svg(SweepResult result, Words words) {
        int rows = (METRICS.size() + 1) / 2;
        int legendTop = TOP + rows * (PANEL_H + GAP_Y) - 20;
        int legendRows = result.seriesCount() + 3;
        int height = legendTop + legendRows * 18 + 20;
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        String title = words.say("Sweep: ", "参数扫描：", "Sweep 参数扫描: ") + result.problemName();
        svg.append("<title>").append(escape(title)).append("</title>\n");
        String xName = words.parameterName().apply(result.parameters().get(0).name());
        int count = result.points().size();
        svg.append("<desc>").append(escape(words.say("x: " + xName + "; " + count + " points",
                "横轴：" + xName + "；共 " + count + " 个点", "x: " + xName + "; " + count + " points")))
                .append("</desc>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(LEFT, 28, escape(title), "start", "font-size=\"16\" font-weight=\"bold\""));

        for (int m = 0; m < METRICS.size(); m++) {
            int x0 = LEFT + (m % 2) * (PANEL_W + GAP_X);
            int y0 = TOP + (m / 2) * (PANEL_H + GAP_Y);
            panel(svg, result, METRICS.get(m), x0, y0, words);
        }
        legend(svg, result, LEFT, legendTop, words);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void panel(StringBuilder svg, SweepResult result, Metric metric, int x0, int y0, Words words) {
        List<Double> xs = result.parameters().get(0).values();
        double xMin = xs.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double xMax = xs.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (xMax == xMin) {
            xMin -= 1;
            xMax += 1;
        }
        double lo = 0;
        double hi = 0;
        for (SweepPoint p : result.points()) {
            lo = Math.min(lo, metric.value.applyAsDouble(p));
            hi = Math.max(hi, metric.value.applyAsDouble(p));
        }
        for (double guide : metric.guides) {
            hi = Math.max(hi, guide);
        }
        double[] ticks = niceTicks(lo, hi == lo ? lo + 1 : hi);
        double yMin = ticks[0];
        double yMax = ticks[ticks.length - 1];
        Scale sx = new Scale(xMin, xMax, x0, x0 + PANEL_W);
        Scale sy = new Scale(yMin, yMax, y0 + PANEL_H, y0);

        svg.append("<g class=\"panel\">\n");
        String metricName = words.say(metric.name);
        svg.append(text(x0, y0 - 10, escape(metricName), "start", "font-weight=\"bold\""));
        svg.append("<rect x=\"").append(x0).append("\" y=\"").append(y0).append("\" width=\"").append(PANEL_W)
                .append("\" height=\"").append(PANEL_H).append("\" fill=\"none\" stroke=\"#999\"/>\n");
        for (double tick : ticks) {
            double y = sy.at(tick);
            svg.append(line(x0, y, x0 + PANEL_W, y, "#eee", ""));
            svg.append(text(x0 - 6, y + 4, number(tick), "end", ""));
        }
        List<Double> xTicks = xs.size() <= 12 ? xs : toList(niceTicks(xMin, xMax));
        String xName = result.parameters().get(0).name();
        for (double tick : xTicks) {
            double x = sx.at(tick);
            if (x < x0 - 0.5 || x > x0 + PANEL_W + 0.5) {
                continue;
            }
            svg.append(line(x, y0 + PANEL_H, x, y0 + PANEL_H + 4, "#999", ""));
            svg.append(text(x, y0 + PANEL_H + 17, escape(words.value().apply(xName, Math.round(tick * 1e6) / 1e6)),
                    "middle", ""));
        }
        svg.append(text(x0 + PANEL_W / 2.0, y0 + PANEL_H + 34, escape(words.parameterName().apply(xName)), "middle",
                "fill=\"#555\""));
        for (int g = 0; g < metric.guides.length; g++) {
            double y = sy.at(metric.guides[g]);
            svg.append(line(x0, y, x0 + PANEL_W, y, "#999", "stroke-dasharray=\"4 3\""));
            // Alternate the labels below and above their lines, as the thresholds lie close together.
            svg.append(text(x0 + PANEL_W + 4, g % 2 == 0 ? y + 10 : y - 2, number(metric.guides[g]), "start",
                    "fill=\"#777\""));
        }
        for (int s = 0; s < result.seriesCount(); s++) {
            String colour = COLOURS[s % COLOURS.length];
            List<SweepPoint> series = result.series(s);
            StringBuilder path = new StringBuilder();
            for (SweepPoint p : series) {
                path.append(path.isEmpty() ? "M" : " L").append(fmt(sx.at(p.x()))).append(',')
                        .append(fmt(sy.at(metric.value.applyAsDouble(p))));
            }
            if (!path.isEmpty()) {
                svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"2\"/>\n");
            }
            for (SweepPoint p : series) {
                svg.append(marker(p.status(), sx.at(p.x()), sy.at(metric.value.applyAsDouble(p)), colour,
                        tooltip(result, p, metricName, metric.value.applyAsDouble(p), words)));
            }
        }
        svg.append("</g>\n");
    }

    private static void legend(StringBuilder svg, SweepResult result, int x, int y, Words words) {
        svg.append("<g class=\"legend\">\n");
        int row = 0;
        for (int s = 0; s < result.seriesCount(); s++) {
            String colour = COLOURS[s % COLOURS.length];
            double ly = y + row * 18;
            svg.append(line(x, ly, x + 24, ly, colour, "stroke-width=\"2\""));
            String label = result.parameters().size() < 2
                    ? words.parameterName().apply(result.parameters().get(0).name())
                    : words.parameterName().apply(result.parameters().get(1).name()) + " = " + words.value()
                            .apply(result.parameters().get(1).name(), result.parameters().get(1).values().get(s));
            svg.append(text(x + 32, ly + 4, escape(label), "start", ""));
            row++;
        }
        for (SweepPoint.Status status : SweepPoint.Status.values()) {
            String meaning = status(status, words);
            svg.append(marker(status, x + 12, y + row * 18, "#444", meaning));
            svg.append(text(x + 32, y + row * 18 + 4, escape(meaning), "start", ""));
            row++;
        }
        svg.append("</g>\n");
    }

    /** What a marker means, as the legend and the tooltips say it. */
    private static String status(SweepPoint.Status status, Words words) {
        return switch (status) {
            case FEASIBLE -> words.say("every rule and quota met", "全部规则与比例均满足",
                    "every rule and quota met · 全部满足");
            case QUOTA_MISSED -> words.say("a policy quota missed", "有政策比例未达标",
                    "a policy quota missed (see sweep.md) · 比例未达标");
            case INFEASIBLE -> words.say("a hard rule broken: infeasible", "违反硬性规则：方案不可行",
                    "a hard rule broken: infeasible · 违反硬性规则");
        };
    }

    /** A point's tooltip: its parameter values, the panel's figure and what its marker means. */
    private static String tooltip(SweepResult result, SweepPoint point, String metricName, double value,
            Words words) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < result.parameters().size(); i++) {
            String name = result.parameters().get(i).name();
            values.add(words.parameterName().apply(name) + " = " + words.value().apply(name, point.values().get(i)));
        }
        return String.join(words.say(", ", "，", ", "), values) + words.say(": ", "：", ": ") + metricName + " "
                + SweepParameter.format(Math.round(value * 1000) / 1000.0) + words.say("; ", "；", "; ")
                + status(point.status(), words);
    }

    private static String marker(SweepPoint.Status status, double x, double y, String colour, String tooltip) {
        String title = "<title>" + escape(tooltip) + "</title>";
        return switch (status) {
            case FEASIBLE -> "<circle class=\"feasible\" cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"3.5\" fill=\""
                    + colour + "\">" + title + "</circle>\n";
            case QUOTA_MISSED -> "<path class=\"quota-missed\" d=\"M" + fmt(x) + "," + fmt(y - 6) + " L" + fmt(x + 6)
                    + "," + fmt(y) + " L" + fmt(x) + "," + fmt(y + 6) + " L" + fmt(x - 6) + "," + fmt(y)
                    + " Z\" fill=\"white\" stroke=\"" + QUOTA_MISSED + "\" stroke-width=\"2\">" + title + "</path>\n";
            case INFEASIBLE -> "<path class=\"infeasible\" d=\"M" + fmt(x - 5) + "," + fmt(y - 5) + " L" + fmt(x + 5)
                    + "," + fmt(y + 5) + " M" + fmt(x - 5) + "," + fmt(y + 5) + " L" + fmt(x + 5) + "," + fmt(y - 5)
                    + "\" stroke=\"" + INFEASIBLE + "\" stroke-width=\"2.5\">" + title + "</path>\n";
        };
    }

    private record Scale(double from, double to, double pixelFrom, double pixelTo) {
        double at(double value) {
            return pixelFrom + (value - from) / (to - from) * (pixelTo - pixelFrom);
        }
    }

    /** Round tick values covering [lo, hi]: steps of 1, 2 or 5 times a power of ten, about five of them. */
    static double[] niceTicks(double lo, double hi) {
        double raw = (hi - lo) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double factor : new double[] {1, 2, 5, 10}) {
            step = factor * magnitude;
            if (step >= raw) {
                break;
            }
        }
        double first = Math.floor(lo / step) * step;
        double last = Math.ceil(hi / step) * step;
        int count = (int) Math.round((last - first) / step) + 1;
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            ticks[i] = first + i * step;
        }
        return ticks;
    }

    private static List<Double> toList(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String extra) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\"" + (extra.isEmpty() ? "" : " " + extra) + "/>\n";
    }

    private static String text(double x, double y, String escaped, String anchor, String extra) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\""
                + (extra.isEmpty() ? "" : " " + extra) + ">" + escaped + "</text>\n";
    }

    private static String number(double value) {
        double rounded = Math.round(value * 1e6) / 1e6;
        return SweepParameter.format(rounded == 0 ? 0 : rounded);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
