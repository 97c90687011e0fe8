package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lungang.data.InvalidInputException;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.province.ProvinceService;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.workspace.Workspace;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The province view on a province of two two-school counties and one file that is not a problem file: each county
 * solves in a second on this machine (no cluster is configured in the tests).
 */
class ProvinceViewTest extends KaribuTest {

    @Autowired
    private ProvinceService provinces;
    @Autowired
    private PlanService plans;
    @Autowired
    private org.springframework.context.ApplicationContext context;
    @Value("${lungang.data-dir}")
    private String dataDir;

    private Path province;

    @BeforeEach
    void provinceOfThreeFiles() throws IOException {
        province = Path.of(dataDir, "provinces", "tiny-" + System.nanoTime());
        Files.createDirectories(province);
        Files.write(province.resolve("a.json"), UiFixture.resource("two-schools.json"));
        Files.write(province.resolve("b.json"), UiFixture.resource("two-schools.json"));
        Files.writeString(province.resolve("c.json"), "{ \"name\": ");
        UI.getCurrent().navigate("province");
    }

    private void read(String directory) {
        _setValue(_get(TextField.class, spec -> spec.withId("province-directory")), directory);
        clickInBrowser(_get(Button.class, spec -> spec.withId("province-read")));
    }

    private String progress() {
        return _get(Span.class, spec -> spec.withId("province-progress")).getText();
    }

    private void solve() {
        read(province.toString());
        _setValue(_get(IntegerField.class, spec -> spec.withId("province-seconds")), 1);
        clickInBrowser(_get(Button.class, spec -> spec.withId("province-start")));
        await().pollInSameThread().atMost(Duration.ofMinutes(2)).until(() -> {
            MockVaadin.clientRoundtrip();
            return progress().startsWith("全部完成");
        });
    }

    @Test
    void eachFileIsCheckedBeforeTheRunAndTheInvalidOneIsReportedUnderItsName() {
        read(province.toString());

        Grid<?> files = _get(Grid.class, spec -> spec.withId("province-files"));
        assertThat(GridKt._size(files)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(files, 0).get(3)).isEqualTo("通过");
        assertThat(GridKt._getFormattedRow(files, 2).get(3)).endsWith("处错误");
        Grid<?> errors = _get(Grid.class, spec -> spec.withId("province-errors"));
        assertThat(errors.isVisible()).isTrue();
        assertThat(GridKt._getFormattedRow(errors, 0).get(0)).isEqualTo("c.json");
        assertThat(_get(Span.class, spec -> spec.withId("province-source")).getText())
                .contains("3 个县").contains("1 个文件有误");
        assertThat(_get(Button.class, spec -> spec.withId("province-start")).isEnabled()).isTrue();
    }

    @Test
    void aDirectoryOutsideTheAllowedRootsIsRefusedWithItsPathAndNothingCanStart() {
        read("/etc");

        Grid<?> errors = _get(Grid.class, spec -> spec.withId("province-errors"));
        assertThat(GridKt._getFormattedRow(errors, 0).get(0)).isEqualTo("/etc");
        assertThat(GridKt._getFormattedRow(errors, 0).get(2)).contains("not under an allowed province directory");
        assertThat(_get(Button.class, spec -> spec.withId("province-start")).isEnabled()).isFalse();
    }

    @Test
    void aRunShowsEachCountysStateThenTheSummaryAndTheChart() {
        solve();

        assertThat(progress()).isEqualTo("全部完成：3/3 个县，失败 1，用时 " + progress().replaceFirst(".*用时 ", ""));
        Grid<?> counties = _get(Grid.class, spec -> spec.withId("province-counties"));
        assertThat(GridKt._size(counties)).isEqualTo(3);
        assertThat(List.of(0, 1, 2)).extracting(row -> GridKt._getFormattedRow(counties, row).get(2))
                .containsExactly("已完成", "已完成", "数据有误");
        assertThat(GridKt._getFormattedRow(counties, 2).get(8)).startsWith("c.json: line 1");
        assertThat(_get(Div.class, spec -> spec.withId("province-totals")).getElement().getTextRecursively())
                .contains("3 个县：已求解 2，数据有误 1，求解失败 0");
        assertThat(_get(Div.class, spec -> spec.withId("province-chart")).getChildren()
                .filter(Svg.class::isInstance)).hasSize(1);
    }

    @Test
    void aSolvedCountyOpensAsAScenarioWhosePlanIsTheCountysPlan() {
        solve();
        @SuppressWarnings("unchecked")
        Grid<ProvinceService.County> counties = _get(Grid.class, spec -> spec.withId("province-counties"));
        ProvinceService.County county = GridKt._get(counties, 0);

        _click((Button) GridKt._getCellComponent(counties, 0, "open"));

        Scenario opened = context.getBean(Workspace.class).scenario().orElseThrow();
        assertThat(opened.getName()).endsWith(" · " + county.county());
        assertThat(plans.latest(opened.getId())).hasValueSatisfying(
                version -> assertThat(version.getMoves()).isEqualTo(county.result().rotated()));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("plan");
    }

    @Test
    void anUnsolvedCountyCannotBeOpened() {
        solve();
        Grid<?> counties = _get(Grid.class, spec -> spec.withId("province-counties"));

        assertThat(((Button) GridKt._getCellComponent(counties, 2, "open")).isEnabled()).isFalse();
    }

    @Test
    void aZipWhoseEntryPointsOutsideItsFolderIsRefusedWithTheEntryNamed() throws IOException {
        byte[] zip = zip("../evil.json", "{}");

        assertThatThrownBy(() -> provinces.fromZip(zip, "province.zip"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.file()).isEqualTo("province.zip");
                            assertThat(error.location()).isEqualTo("../evil.json");
                        }));
    }

    @Test
    void aZipOfCountyFilesInOneFolderIsReadAsTheProvince() throws IOException {
        byte[] zip = zip("prov/a.json", new String(UiFixture.resource("two-schools.json"), StandardCharsets.UTF_8));

        ProvinceService.Province read = provinces.fromZip(zip, "province.zip");

        assertThat(read.name()).isEqualTo("prov");
        assertThat(read.files()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("a.json");
            assertThat(f.valid()).isTrue();
        });
    }

    @Test
    void aViewerSeesNoControlsToStartAProvince() {
        loginAs("VIEWER");
        UI.getCurrent().navigate("scenarios");
        UI.getCurrent().navigate("province");

        assertThat(_find(Button.class, spec -> spec.withId("province-start"))).isEmpty();
    }

    private static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
