package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.Test;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;

class SchoolsTeachersMapViewTest extends KaribuTest {

    @Test
    void theSchoolsGridListsEverySchoolAndASchoolOpensItsStaffing() {
        UI.getCurrent().navigate("schools");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("school-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(5);

        GridKt._clickItem(grid, 0);

        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("school-staffing")))).isPositive();
    }

    @Test
    void theTeachersFiltersNarrowTheRosterToEligibleTeachers() {
        UI.getCurrent().navigate("teachers");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("teacher-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(19);

        _setValue(_get(Checkbox.class, spec -> spec.withId("filter-eligible")), true);

        assertThat(GridKt._size(grid)).isEqualTo(12);
    }

    @Test
    void aTeachersRowOpensTheExplanationOfTheDecision() {
        UI.getCurrent().navigate("teachers");
        GridKt._clickItem(_get(Grid.class, spec -> spec.withId("teacher-grid")), 0);

        assertThat(_get(UnorderedList.class, spec -> spec.withId("move-explanation")).getChildren().count())
                .isPositive();
    }

    @Test
    void theMapDrawsEverySchoolAndFiltersMovesBySubject() {
        UI.getCurrent().navigate("map");
        assertThat(_get(Span.class, spec -> spec.withId("map-count")).getText()).startsWith("学校 5 所");
        assertThat(_find(Svg.class)).hasSize(1);

        @SuppressWarnings("unchecked")
        ComboBox<Subject> subject = _get(ComboBox.class, spec -> spec.withId("map-subject"));
        _setValue(subject, Subject.ART);

        assertThat(_get(Span.class, spec -> spec.withId("map-count")).getText()).contains("交流 0 人");
    }

    @Test
    void theMapZoomsInWithItsButtonAndBackToTheWholeCounty() {
        UI.getCurrent().navigate("map");

        _click(_get(Button.class, spec -> spec.withId("map-zoom-in")));
        assertThat(_get(Span.class, spec -> spec.withId("map-count")).getText()).endsWith("放大 2.0 倍");

        _click(_get(Button.class, spec -> spec.withId("map-whole")));
        assertThat(_get(Span.class, spec -> spec.withId("map-count")).getText()).endsWith("放大 1.0 倍");
    }

    @Test
    void theMapFiltersSchoolsByStage() {
        UI.getCurrent().navigate("map");

        @SuppressWarnings("unchecked")
        ComboBox<Stage> stage = _get(ComboBox.class, spec -> spec.withId("map-stage"));
        _setValue(stage, Stage.JUNIOR);

        // The example county's two junior schools, and the other ends of any move to or from them (of 5 in all).
        String count = _get(Span.class, spec -> spec.withId("map-count")).getText();
        assertThat(Integer.parseInt(count.replaceAll("^学校 (\\d+) 所.*", "$1"))).isBetween(2, 5);
        String svg = _get(Svg.class).getElement().getProperty("innerHTML", "");
        assertThat(svg.split("· 初中 ·", -1)).hasSize(3);
    }

    /** The example county's alliances: G1 led by its first primary school (3 schools), G2 by its middle school (2). */
    private static final List<String> ALLIANCES = List.of("青水县第一小学牵头的联盟（共 3 所学校）",
            "青水县实验中学牵头的联盟（共 2 所学校）");

    @Test
    void theSchoolsGridNamesEachSchoolsAllianceAfterItsLeadingSchoolNotByItsId() {
        UI.getCurrent().navigate("schools");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("school-grid"));

        List<String> shown = IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._getFormatted(grid, row, "alliance")).distinct().toList();

        assertThat(shown).containsExactlyInAnyOrderElementsOf(ALLIANCES);
    }

    @Test
    void theSchoolsAllianceFilterOffersAlliancesByNameAndNarrowsTheGridToOne() {
        UI.getCurrent().navigate("schools");
        @SuppressWarnings("unchecked")
        ComboBox<String> alliance = _get(ComboBox.class, spec -> spec.withId("school-alliance"));
        assertThat(ComboBoxKt.getSuggestions(alliance)).containsExactlyElementsOf(ALLIANCES);

        ComboBoxKt.selectByLabel(alliance, ALLIANCES.get(0));

        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("school-grid")))).isEqualTo(3);
    }

    @Test
    void theMapsAllianceFilterOffersAlliancesByName() {
        UI.getCurrent().navigate("map");
        @SuppressWarnings("unchecked")
        ComboBox<String> alliance = _get(ComboBox.class, spec -> spec.withId("map-alliance"));

        assertThat(ComboBoxKt.getSuggestions(alliance)).containsExactlyElementsOf(ALLIANCES);

        ComboBoxKt.selectByLabel(alliance, ALLIANCES.get(1));
        assertThat(alliance.getValue()).isEqualTo("G2");
    }
}
