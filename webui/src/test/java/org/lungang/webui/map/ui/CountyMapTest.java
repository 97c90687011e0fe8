package org.lungang.webui.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lungang.data.generator.CountyGenerator;
import org.lungang.data.generator.CountyProfile;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;

/** The county map of the demo county (profile small: 42 schools): readable labels, moves per pair of schools, zoom. */
class CountyMapTest {

    private RotationPlan plan;

    @BeforeEach
    void county() {
        plan = CountyGenerator.generate(CountyProfile.named("small"), 1).plan();
    }

    /** Sends three candidates of the first school to the second, and one to the third. */
    private List<Rotation> moves() {
        List<School> schools = plan.getSchools();
        List<Rotation> candidates = plan.getRotations().stream()
                .filter(r -> r.getHomeSchool() == schools.get(0)).limit(4).toList();
        for (int i = 0; i < candidates.size(); i++) {
            candidates.get(i).setDestination(schools.get(i < 3 ? 1 : 2));
        }
        return candidates;
    }

    @Test
    void theMovesBetweenTwoSchoolsAreOneWiderArrow() {
        List<CountyMap.Flow> flows = CountyMap.flows(moves());

        assertThat(flows).hasSize(2);
        assertThat(flows.get(0).count()).isEqualTo(3);
        assertThat(flows.get(0).width()).isGreaterThan(flows.get(1).width());
    }

    @Test
    void noTwoLabelsOverlapAtAnyZoom() {
        for (double zoom : new double[] {1, 2, 4, 8}) {
            CountyMap.View view = CountyMap.View.WHOLE.zoomAt(zoom, CountyMap.WIDTH / 2.0, CountyMap.HEIGHT / 2.0);
            Function<School, double[]> base = CountyMap.projection(plan.getSchools());
            Map<School, double[]> screen = new LinkedHashMap<>();
            plan.getSchools().forEach(s -> screen.put(s, view.toScreen(base.apply(s))));
            List<School> visible = plan.getSchools().stream().filter(s -> screen.get(s)[0] >= 0
                    && screen.get(s)[0] <= CountyMap.WIDTH && screen.get(s)[1] >= 0
                    && screen.get(s)[1] <= CountyMap.HEIGHT).toList();

            List<CountyMap.Label> labels = CountyMap.labels(visible, screen, Map.of());

            if (zoom == 1) {
                assertThat(labels).isNotEmpty();
            }
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    assertThat(overlap(labels.get(i), labels.get(j)))
                            .as("zoom %s: %s and %s", zoom, labels.get(i).school().getName(),
                                    labels.get(j).school().getName())
                            .isFalse();
                }
            }
        }
    }

    @Test
    void mostSchoolsWhoseLabelsDidNotFitGetThemWhenZoomedInOn() {
        Function<School, double[]> base = CountyMap.projection(plan.getSchools());
        List<School> unlabelled = plan.getSchools().stream()
                .filter(s -> !labelled(CountyMap.View.WHOLE).contains(s.getId())).toList();
        assertThat(unlabelled).as("the whole county has more schools than room for labels").isNotEmpty();

        // Schools on (almost) the same spot, as a county seat's schools sharing a campus, stay one label at any zoom.
        long labelledWhenZoomed = unlabelled.stream().filter(school -> {
            double[] at = CountyMap.View.WHOLE.toScreen(base.apply(school));
            return labelled(CountyMap.View.WHOLE.zoomAt(8, at[0], at[1])).contains(school.getId());
        }).count();

        assertThat(labelledWhenZoomed).isGreaterThanOrEqualTo((unlabelled.size() + 1) / 2);
    }

    @Test
    void zoomingKeepsThePointUnderThePointerInPlace() {
        CountyMap.View view = CountyMap.View.WHOLE.zoomAt(2, 300, 200);
        double[] base = CountyMap.View.WHOLE.toBase(300, 200);

        double[] screen = view.toScreen(base);
        assertThat(screen[0]).isCloseTo(300, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(screen[1]).isCloseTo(200, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(view.zoom()).isEqualTo(2);
    }

    @Test
    void everySchoolDrawnCanBeClickedByItsId() {
        String svg = CountyMap.svg(plan.getSchools(), plan.getSchools(), moves(), CountyMap.View.WHOLE,
                key -> key.startsWith("tiers") ? "ring" : "x", "地图");

        Matcher ids = Pattern.compile("<circle class='school' data-school='([^']+)'").matcher(svg);
        int count = 0;
        while (ids.find()) {
            count++;
        }
        assertThat(count).isEqualTo(plan.getSchools().size());
        assertThat(svg).contains("data-count='3'");
    }

    private List<String> labelled(CountyMap.View view) {
        String svg = CountyMap.svg(plan.getSchools(), plan.getSchools(), List.of(), view, key -> "x", "地图");
        Matcher m = Pattern.compile("class='label' data-school='([^']+)'").matcher(svg);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static boolean overlap(CountyMap.Label a, CountyMap.Label b) {
        double aw = CountyMap.textWidth(a.school().getName());
        double bw = CountyMap.textWidth(b.school().getName());
        double h = 14;
        return a.x() < b.x() + bw && b.x() < a.x() + aw && a.y() - h < b.y() && b.y() - h < a.y();
    }
}
