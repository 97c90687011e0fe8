package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.Test;
import org.lungang.solver.domain.Exemption;
import org.lungang.solver.domain.Labels;
import org.lungang.solver.domain.Rotation;

/** Health exemptions are personal data: the views show a viewer that a teacher is exempt, never why. */
class PersonalDataViewTest extends KaribuTest {

    /** Opens the first exempt teacher's decision in the Teachers view; returns her exemption. */
    private Exemption openFirstExemptTeacher() {
        UI.getCurrent().navigate("teachers");
        _setValue(_get(Checkbox.class, spec -> spec.withId("filter-exempt")), true);
        @SuppressWarnings("unchecked")
        Grid<Rotation> grid = _get(Grid.class, spec -> spec.withId("teacher-grid"));
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).getEligibility().exemption() != null)
                .findFirst().orElseThrow(() -> new AssertionError("the example county has no exempt teacher"));
        Exemption exemption = GridKt._get(grid, row).getEligibility().exemption();
        GridKt._clickItem(grid, row);
        return exemption;
    }

    private static String explanation() {
        return _get(UnorderedList.class, spec -> spec.withId("move-explanation")).getElement().getTextRecursively();
    }

    @Test
    void aPlannerReadsWhyATeacherIsExempt() {
        Exemption exemption = openFirstExemptTeacher();

        assertThat(explanation()).contains(Labels.zh(exemption));
    }

    @Test
    void aViewerReadsThatATeacherIsExemptButNotWhy() {
        loginAs("VIEWER");
        Exemption exemption = openFirstExemptTeacher();

        assertThat(explanation()).doesNotContain(Labels.zh(exemption)).contains("暂缓交流").contains("原因仅规划人员可见");
    }
}
