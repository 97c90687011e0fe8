package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every view of the current plan starts with the same heading: its title and the scenario worked on. */
class CurrentPlanTest extends KaribuTest {

    @ParameterizedTest
    @CsvSource({"plan, 轮岗方案", "schools, 学校", "teachers, 教师", "map, 交流地图"})
    void theHeadingNamesTheViewAndTheCurrentScenario(String route, String title) {
        UI.getCurrent().navigate(route);

        assertThat(_get(H2.class).getText()).isEqualTo(title);
        assertThat(_get(Span.class, spec -> spec.withId("current-scenario")).getText())
                .isEqualTo(UiFixture.COUNTY + " · " + UiFixture.SCENARIO);
    }
}
