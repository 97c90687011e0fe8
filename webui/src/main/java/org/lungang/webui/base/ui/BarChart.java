package org.lungang.webui.base.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Svg;

/**
 * A grouped bar chart drawn on the server as SVG: no chart library, no licence, nothing to download. Each group has
 * one bar per series; an optional dashed line marks a threshold per group.
 */
public final class BarChart {

    /** One group of bars, e.g. one indicator, with its bar values (one per series) and optional threshold. */
    public record Group(String label, List<Double> values, Double threshold) {
    }

    private static final String[] COLORS = {"#9aa5b1", "#1676f3", "#2e9d5b", "#c75b12", "#7b4fc9"};
    // Bars wide enough for their value label (11 px text, "0.45") so that neighbouring labels never overlap.
    private static final int BAR = 36;
    private static final int GAP = 28;
    private static final int HEIGHT = 240;
    private static final int TOP = 20;
    private static final int LEGEND = 24;

    private BarChart() {
    }

    public static Svg of(String title, List<String> series, List<Group> groups) {
        double max = groups.stream()
                .flatMap(g -> java.util.stream.Stream.concat(g.values().stream(),
                        g.threshold() == null ? java.util.stream.Stream.empty()
                                : java.util.stream.Stream.of(g.threshold())))
                .mapToDouble(Double::doubleValue).max().orElse(1);
        max = max <= 0 ? 1 : max * 1.1;
        int groupWidth = series.size() * BAR + GAP;
        int width = Math.max(320, groups.size() * groupWidth + 40);
        int labelsHeight = 40;
        int total = TOP + HEIGHT + labelsHeight + LEGEND;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' width='%d' height='%d' role='img'"
                        + " aria-label='%s' font-family='sans-serif' font-size='13'>",
                width, total, width, total, escape(title)));
        svg.append("<title>").append(escape(title)).append("</title>");
        int baseline = TOP + HEIGHT;
        svg.append(String.format(Locale.ROOT, "<line x1='30' y1='%d' x2='%d' y2='%d' stroke='#999'/>", baseline,
                width - 5, baseline));
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            int x0 = 36 + g * groupWidth;
            for (int s = 0; s < group.values().size(); s++) {
                double v = group.values().get(s);
                int h = (int) Math.round(v / max * HEIGHT);
                int x = x0 + s * BAR;
                svg.append(String.format(Locale.ROOT,
                        "<rect x='%d' y='%d' width='%d' height='%d' fill='%s'><title>%s %s: %.3f</title></rect>",
                        x, baseline - h, BAR - 3, h, COLORS[s % COLORS.length], escape(group.label()),
                        escape(series.get(s)), v));
                svg.append(String.format(Locale.ROOT,
                        "<text x='%d' y='%d' text-anchor='middle' font-size='11' fill='#333'>%s</text>",
                        x + (BAR - 3) / 2, baseline - h - 2, shortNumber(v)));
            }
            if (group.threshold() != null) {
                int y = baseline - (int) Math.round(group.threshold() / max * HEIGHT);
                svg.append(String.format(Locale.ROOT,
                        "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#d0312d' stroke-dasharray='4 2'"
                                + " stroke-width='2'><title>%.2f</title></line>",
                        x0 - 3, y, x0 + group.values().size() * BAR, y, group.threshold()));
            }
            svg.append(String.format(Locale.ROOT,
                    "<text x='%d' y='%d' text-anchor='middle' fill='#333'>%s</text>",
                    x0 + group.values().size() * BAR / 2, baseline + 20, escape(group.label())));
        }
        int lx = 36;
        int ly = total - 8;
        for (int s = 0; s < series.size(); s++) {
            svg.append(String.format(Locale.ROOT,
                    "<rect x='%d' y='%d' width='10' height='10' fill='%s'/><text x='%d' y='%d'>%s</text>",
                    lx, ly - 9, COLORS[s % COLORS.length], lx + 14, ly, escape(series.get(s))));
            lx += 28 + series.get(s).length() * 14;
        }
        svg.append("</svg>");
        return new Svg(svg.toString());
    }

    private static String shortNumber(double v) {
        return Math.abs(v) >= 10 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
