package org.lungang.webui.map.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Tier;
import org.lungang.webui.base.ui.BarChart;

/**
 * The county drawn as SVG from coordinates alone, so it needs no map tiles and no internet: schools are points
 * (colour by kind, ring by tier), moves are arrows from the sending to the receiving school (colour by kind).
 */
final class CountyMap {

    static final int WIDTH = 900;
    static final int HEIGHT = 560;
    private static final int MARGIN = 40;

    private CountyMap() {
    }

    static String svg(List<School> schools, List<Rotation> moves, Function<String, String> words, String title) {
        double minLat = schools.stream().mapToDouble(s -> s.getLocation().latitude()).min().orElse(0);
        double maxLat = schools.stream().mapToDouble(s -> s.getLocation().latitude()).max().orElse(1);
        double minLon = schools.stream().mapToDouble(s -> s.getLocation().longitude()).min().orElse(0);
        double maxLon = schools.stream().mapToDouble(s -> s.getLocation().longitude()).max().orElse(1);
        // Equirectangular: a degree of longitude is shorter by cos(latitude); keep the county's true shape.
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * cos, 1e-6);
        double spanY = Math.max(maxLat - minLat, 1e-6);
        double scale = Math.min((WIDTH - 2 * MARGIN) / spanX, (HEIGHT - 2 * MARGIN) / spanY);
        Function<School, double[]> xy = s -> new double[] {
                MARGIN + (s.getLocation().longitude() - minLon) * cos * scale,
                HEIGHT - MARGIN - (s.getLocation().latitude() - minLat) * scale};

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d'"
                + " width='100%%' role='img' aria-label='%s' font-family='sans-serif' font-size='11'"
                + " style='max-width:%dpx;background:#f7f9fb;border:1px solid #dde3ea;border-radius:6px'>",
                WIDTH, HEIGHT, BarChart.escape(title), WIDTH));
        svg.append("<title>").append(BarChart.escape(title)).append("</title><defs>");
        for (RotationKind kind : RotationKind.values()) {
            svg.append(String.format(Locale.ROOT, "<marker id='arrow-%s' viewBox='0 0 10 10' refX='9' refY='5'"
                    + " markerWidth='7' markerHeight='7' orient='auto-start-reverse'><path d='M0,0 L10,5 L0,10 z'"
                    + " fill='%s'/></marker>", kind.name(), color(kind)));
        }
        svg.append("</defs><g id='moves'>");
        for (Rotation move : moves) {
            double[] a = xy.apply(move.getHomeSchool());
            double[] b = xy.apply(move.getDestination());
            // Stop short of the receiving point so the arrowhead stays visible.
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double length = Math.max(Math.hypot(dx, dy), 1);
            double shorten = Math.min(9, length / 2);
            svg.append(String.format(Locale.ROOT, "<line class='move' x1='%.1f' y1='%.1f' x2='%.1f' y2='%.1f'"
                    + " stroke='%s' stroke-width='2' stroke-opacity='0.75' marker-end='url(#arrow-%s)'>"
                    + "<title>%s: %s → %s</title></line>",
                    a[0], a[1], b[0] - dx / length * shorten, b[1] - dy / length * shorten, color(move.getKind()),
                    move.getKind().name(), BarChart.escape(move.getTeacher().name()),
                    BarChart.escape(move.getHomeSchool().getName()), BarChart.escape(move.getDestination().getName())));
        }
        svg.append("</g><g id='schools'>");
        for (School school : schools) {
            double[] p = xy.apply(school);
            svg.append(String.format(Locale.ROOT, "<circle class='school' cx='%.1f' cy='%.1f' r='7' fill='%s'"
                    + " stroke='%s' stroke-width='%s'%s><title>%s · %s · %s</title></circle>",
                    p[0], p[1], color(school.getKind()), school.getTier() == Tier.WEAK ? "#d0312d" : "#243447",
                    school.getTier() == Tier.STRONG ? "3" : "1.5",
                    school.getTier() == Tier.WEAK ? " stroke-dasharray='3 2'" : "",
                    BarChart.escape(school.getName()), words.apply("kind:" + school.getKind().name()),
                    words.apply("tier:" + school.getTier().name())));
            svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%.1f' fill='#243447'>%s</text>",
                    p[0] + 9, p[1] + 4, BarChart.escape(school.getName())));
        }
        svg.append("</g>");
        legend(svg, words);
        svg.append("</svg>");
        return svg.toString();
    }

    private static void legend(StringBuilder svg, Function<String, String> words) {
        int x = 12;
        int y = 16;
        for (SchoolKind kind : SchoolKind.values()) {
            svg.append(String.format(Locale.ROOT, "<circle cx='%d' cy='%d' r='6' fill='%s' stroke='#243447'/>"
                    + "<text x='%d' y='%d'>%s</text>", x + 6, y, color(kind), x + 16, y + 4,
                    BarChart.escape(words.apply("kind:" + kind.name()))));
            x += 80;
        }
        for (RotationKind kind : RotationKind.values()) {
            svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='%s'"
                    + " stroke-width='2' marker-end='url(#arrow-%s)'/><text x='%d' y='%d'>%s</text>", x, y, x + 22,
                    y, color(kind), kind.name(), x + 26, y + 4, BarChart.escape(words.apply("move:" + kind.name()))));
            x += 100;
        }
        svg.append(String.format(Locale.ROOT, "<text x='12' y='%d' fill='#555'>%s</text>", 36,
                BarChart.escape(words.apply("tiers"))));
    }

    static String color(SchoolKind kind) {
        return switch (kind) {
            case URBAN -> "#1676f3";
            case TOWN -> "#f2a900";
            case VILLAGE -> "#2e9d5b";
        };
    }

    static String color(RotationKind kind) {
        return switch (kind) {
            case SUPPORT -> "#c75b12";
            case SECONDMENT -> "#7b4fc9";
            case PRINCIPAL -> "#d0312d";
        };
    }
}
