package org.lungang.webui.map.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Tier;
import org.lungang.webui.base.ui.BarChart;

/**
 * The county drawn as SVG from coordinates alone, so it needs no map tiles and no internet: schools are points
 * (colour by kind, ring by tier), the moves between two schools are one arrow whose width grows with their number
 * (colour by their main kind). The drawing is of a {@link View}: a zoom and a centre, so that a dense county seat
 * can be read by zooming in. Labels never overlap: they are placed in order of priority (schools with the most moves
 * first, then the largest), each where it collides with no label placed before it, or left out; zooming in leaves
 * room for more of them.
 */
final class CountyMap {

    static final int WIDTH = 900;
    static final int HEIGHT = 560;
    private static final int MARGIN = 40;
    private static final double FONT = 14;
    static final double MAX_ZOOM = 32;

    /**
     * What part of the county is drawn: the zoom (1 shows the whole county) and the centre, in the coordinates of
     * the whole-county drawing (0..WIDTH, 0..HEIGHT).
     */
    record View(double zoom, double centreX, double centreY) {

        static final View WHOLE = new View(1, WIDTH / 2.0, HEIGHT / 2.0);

        /** Zoomed by the factor around a point of the drawing (screen coordinates), which stays where it is. */
        View zoomAt(double factor, double screenX, double screenY) {
            double z = Math.max(1, Math.min(MAX_ZOOM, zoom * factor));
            double[] at = toBase(screenX, screenY);
            // The point under the cursor keeps its place on screen.
            double cx = at[0] - (screenX - WIDTH / 2.0) / z;
            double cy = at[1] - (screenY - HEIGHT / 2.0) / z;
            return new View(z, cx, cy).clamped();
        }

        /** Moved by a drag of (dx, dy) on screen: the drawing follows the pointer. */
        View pannedBy(double dx, double dy) {
            return new View(zoom, centreX - dx / zoom, centreY - dy / zoom).clamped();
        }

        double[] toBase(double screenX, double screenY) {
            return new double[] {centreX + (screenX - WIDTH / 2.0) / zoom, centreY + (screenY - HEIGHT / 2.0) / zoom};
        }

        double[] toScreen(double[] base) {
            return new double[] {(base[0] - centreX) * zoom + WIDTH / 2.0, (base[1] - centreY) * zoom + HEIGHT / 2.0};
        }

        /** The centre kept within the county, so that panning never loses it. */
        private View clamped() {
            return new View(zoom, Math.max(0, Math.min(WIDTH, centreX)), Math.max(0, Math.min(HEIGHT, centreY)));
        }
    }

    /** The moves from one school to another, drawn as one arrow. */
    record Flow(School from, School to, List<Rotation> moves) {

        int count() {
            return moves.size();
        }

        /** The kind most of the moves are (support, secondment, principal); ties go to the first kind. */
        RotationKind kind() {
            Map<RotationKind, Integer> byKind = new EnumMap<>(RotationKind.class);
            moves.forEach(r -> byKind.merge(r.getKind(), 1, Integer::sum));
            return byKind.entrySet().stream().max(Map.Entry.<RotationKind, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        }

        /** Wider for more moves, on a square root so that one busy pair does not hide the others. */
        double width() {
            return Math.min(12, 1.5 + 2 * (Math.sqrt(count()) - 1) + (count() > 1 ? 1 : 0));
        }
    }

    /** The moves between each pair of schools, the busiest first. */
    static List<Flow> flows(List<Rotation> moves) {
        Map<List<String>, List<Rotation>> byPair = new LinkedHashMap<>();
        for (Rotation move : moves) {
            byPair.computeIfAbsent(List.of(move.getHomeSchool().getId(), move.getDestination().getId()),
                    k -> new ArrayList<>()).add(move);
        }
        return byPair.values().stream()
                .map(list -> new Flow(list.get(0).getHomeSchool(), list.get(0).getDestination(), list))
                .sorted(Comparator.comparingInt(Flow::count).reversed())
                .toList();
    }

    /** A label's box on screen. */
    private record Box(double x, double y, double width, double height) {

        boolean overlaps(Box o) {
            return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
        }

        boolean inside() {
            return x >= 2 && y >= 2 && x + width <= WIDTH - 2 && y + height <= HEIGHT - 2;
        }
    }

    /** A label placed: its school and where its text starts. */
    record Label(School school, double x, double y, String anchor) {
    }

    private CountyMap() {
    }

    /** Projects the county's schools onto the whole-county drawing; equirectangular, so the county keeps its shape. */
    static Function<School, double[]> projection(List<School> county) {
        double minLat = county.stream().mapToDouble(s -> s.getLocation().latitude()).min().orElse(0);
        double maxLat = county.stream().mapToDouble(s -> s.getLocation().latitude()).max().orElse(1);
        double minLon = county.stream().mapToDouble(s -> s.getLocation().longitude()).min().orElse(0);
        double maxLon = county.stream().mapToDouble(s -> s.getLocation().longitude()).max().orElse(1);
        // A degree of longitude is shorter by cos(latitude).
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * cos, 1e-6);
        double spanY = Math.max(maxLat - minLat, 1e-6);
        double scale = Math.min((WIDTH - 2 * MARGIN) / spanX, (HEIGHT - 2 * MARGIN) / spanY);
        double offsetX = (WIDTH - spanX * scale) / 2;
        double offsetY = (HEIGHT - spanY * scale) / 2;
        return s -> new double[] {
                offsetX + (s.getLocation().longitude() - minLon) * cos * scale,
                HEIGHT - offsetY - (s.getLocation().latitude() - minLat) * scale};
    }

    /**
     * The labels that fit without overlapping, in order of priority: schools with the most moves shown, then the
     * largest. Each label tries the right of its point, then the left, above and below.
     */
    static List<Label> labels(List<School> schools, Map<School, double[]> screen, Map<School, Integer> moveCounts) {
        List<School> byPriority = schools.stream()
                .sorted(Comparator.<School>comparingInt(s -> moveCounts.getOrDefault(s, 0)).reversed()
                        .thenComparing(Comparator.comparingInt(School::getStudents).reversed())
                        .thenComparing(School::getId))
                .toList();
        List<Box> taken = new ArrayList<>();
        // The points themselves: a label must not hide another school.
        for (School s : schools) {
            double[] p = screen.get(s);
            taken.add(new Box(p[0] - 6, p[1] - 6, 12, 12));
        }
        List<Label> placed = new ArrayList<>();
        for (School school : byPriority) {
            double[] p = screen.get(school);
            double w = textWidth(school.getName());
            double h = FONT + 2;
            Box[] candidates = {
                    new Box(p[0] + 9, p[1] - h / 2, w, h),
                    new Box(p[0] - 9 - w, p[1] - h / 2, w, h),
                    new Box(p[0] - w / 2, p[1] - 9 - h, w, h),
                    new Box(p[0] - w / 2, p[1] + 9, w, h)};
            for (Box box : candidates) {
                if (box.inside() && taken.stream().filter(t -> !t.equals(own(p))).noneMatch(box::overlaps)) {
                    taken.add(box);
                    placed.add(new Label(school, box.x(), box.y() + h - 3, "start"));
                    break;
                }
            }
        }
        return placed;
    }

    private static Box own(double[] p) {
        return new Box(p[0] - 6, p[1] - 6, 12, 12);
    }

    /** The width of a label: a Chinese character is about a square of the font size, a Latin one about half. */
    static double textWidth(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x2E80 ? FONT * 0.6 : FONT;
        }
        return width;
    }

    /**
     * @param county every school of the plan (the projection is the same whatever the filter shows)
     * @param schools the schools to draw
     * @param moves the moves to draw
     */
    static String svg(List<School> county, List<School> schools, List<Rotation> moves, View view,
            Function<String, String> words, String title) {
        Function<School, double[]> base = projection(county);
        Map<School, double[]> screen = new LinkedHashMap<>();
        for (School s : schools) {
            screen.put(s, view.toScreen(base.apply(s)));
        }
        List<Flow> flows = flows(moves);
        Map<School, Integer> moveCounts = new LinkedHashMap<>();
        for (Flow f : flows) {
            moveCounts.merge(f.from(), f.count(), Integer::sum);
            moveCounts.merge(f.to(), f.count(), Integer::sum);
        }
        List<School> visible = schools.stream().filter(s -> onScreen(screen.get(s))).toList();

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d'"
                + " width='100%%' role='img' aria-label='%s' font-family='sans-serif' font-size='%.0f'"
                // As wide as the view and never taller than the window, so that the whole map is in sight.
                + " style='display:block;max-height:max(460px, calc(100vh - 200px));background:#f7f9fb;"
                + "border:1px solid #dde3ea;border-radius:6px;"
                + "cursor:grab;user-select:none'>", WIDTH, HEIGHT, BarChart.escape(title), FONT));
        svg.append("<title>").append(BarChart.escape(title)).append("</title><defs>");
        for (RotationKind kind : RotationKind.values()) {
            // The arrowhead scales with the stroke: markerUnits strokeWidth keeps it in proportion.
            svg.append(String.format(Locale.ROOT, "<marker id='arrow-%s' viewBox='0 0 10 10' refX='8' refY='5'"
                    + " markerWidth='4' markerHeight='4' orient='auto-start-reverse'><path d='M0,0 L10,5 L0,10 z'"
                    + " fill='%s'/></marker>", kind.name(), color(kind)));
        }
        svg.append("</defs><g id='moves'>");
        for (Flow flow : flows) {
            double[] a = view.toScreen(base.apply(flow.from()));
            double[] b = view.toScreen(base.apply(flow.to()));
            if (!onScreen(a) && !onScreen(b) && !crosses(a, b)) {
                continue;
            }
            // Stop short of the receiving point so the arrowhead stays visible; bend a little so that the two
            // directions between a pair of schools are two arrows, not one line.
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double length = Math.max(Math.hypot(dx, dy), 1);
            double shorten = Math.min(8 + flow.width(), length / 2);
            double ex = b[0] - dx / length * shorten;
            double ey = b[1] - dy / length * shorten;
            double bend = Math.min(18, length / 6);
            double mx = (a[0] + ex) / 2 - dy / length * bend;
            double my = (a[1] + ey) / 2 + dx / length * bend;
            svg.append(String.format(Locale.ROOT, "<path class='move' data-count='%d' d='M%.1f,%.1f Q%.1f,%.1f"
                    + " %.1f,%.1f' fill='none' stroke='%s' stroke-width='%.1f' stroke-opacity='0.7'"
                    + " stroke-linecap='round' marker-end='url(#arrow-%s)'><title>%s</title></path>",
                    flow.count(), a[0], a[1], mx, my, ex, ey, color(flow.kind()), flow.width(), flow.kind().name(),
                    BarChart.escape(words.apply("flow:" + flow.from().getName() + "\u0000" + flow.to().getName()
                            + "\u0000" + flow.count() + "\u0000" + names(flow)))));
        }
        svg.append("</g><g id='schools'>");
        for (School school : visible) {
            double[] p = screen.get(school);
            svg.append(String.format(Locale.ROOT, "<circle class='school' data-school='%s' cx='%.1f' cy='%.1f'"
                    + " r='6.5' fill='%s' stroke='%s' stroke-width='%s'%s style='cursor:pointer'>"
                    + "<title>%s · %s · %s · %s</title></circle>",
                    BarChart.escape(school.getId()), p[0], p[1], color(school.getKind()),
                    school.getTier() == Tier.WEAK ? "#d0312d" : "#243447",
                    school.getTier() == Tier.STRONG ? "3" : "1.5",
                    school.getTier() == Tier.WEAK ? " stroke-dasharray='3 2'" : "",
                    BarChart.escape(school.getName()), words.apply("kind:" + school.getKind().name()),
                    words.apply("stage:" + school.getStage().name()), words.apply("tier:" + school.getTier().name())));
        }
        svg.append("</g><g id='labels'>");
        for (Label label : labels(visible, screen, moveCounts)) {
            // A white halo keeps a label readable over the arrows.
            svg.append(String.format(Locale.ROOT, "<text class='label' data-school='%s' x='%.1f' y='%.1f'"
                    + " fill='#243447' stroke='#f7f9fb' stroke-width='3' paint-order='stroke'"
                    + " style='cursor:pointer'>%s</text>", BarChart.escape(label.school().getId()), label.x(),
                    label.y(), BarChart.escape(label.school().getName())));
        }
        svg.append("</g>");
        legend(svg, words);
        svg.append("</svg>");
        return svg.toString();
    }

    private static String names(Flow flow) {
        List<String> names = flow.moves().stream().map(r -> r.getTeacher().name()).limit(8).toList();
        return String.join("、", names) + (flow.count() > names.size() ? "…" : "");
    }

    private static boolean onScreen(double[] p) {
        return p[0] >= 0 && p[0] <= WIDTH && p[1] >= 0 && p[1] <= HEIGHT;
    }

    /** Whether a segment with both ends off screen may still cross it (its bounding box meets the screen). */
    private static boolean crosses(double[] a, double[] b) {
        return Math.max(a[0], b[0]) >= 0 && Math.min(a[0], b[0]) <= WIDTH && Math.max(a[1], b[1]) >= 0
                && Math.min(a[1], b[1]) <= HEIGHT;
    }

    private static void legend(StringBuilder svg, Function<String, String> words) {
        svg.append("<g id='legend'><rect x='6' y='6' width='560' height='40' rx='4' fill='#ffffff'"
                + " fill-opacity='0.85'/>");
        int x = 12;
        int y = 20;
        for (SchoolKind kind : SchoolKind.values()) {
            svg.append(String.format(Locale.ROOT, "<circle cx='%d' cy='%d' r='6' fill='%s' stroke='#243447'/>"
                    + "<text x='%d' y='%d'>%s</text>", x + 6, y, color(kind), x + 16, y + 4,
                    BarChart.escape(words.apply("kind:" + kind.name()))));
            x += 70;
        }
        for (RotationKind kind : RotationKind.values()) {
            svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='%s'"
                    + " stroke-width='3' marker-end='url(#arrow-%s)'/><text x='%d' y='%d'>%s</text>", x, y, x + 22,
                    y, color(kind), kind.name(), x + 28, y + 4, BarChart.escape(words.apply("move:" + kind.name()))));
            x += 90;
        }
        svg.append(String.format(Locale.ROOT, "<text x='12' y='%d' fill='#555' font-size='11'>%s</text></g>", 40,
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
