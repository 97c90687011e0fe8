package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lungang.data.excel.ProblemWorkbook;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Teacher;
import org.lungang.webui.dataset.Dataset;
import org.lungang.webui.importexport.ui.ImportExportViewAccess;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.lungang.webui.solve.SolveService;
import org.lungang.webui.workspace.Workspace;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every view in the Chinese UI shows Chinese: no raw {@code !key!} of a missing message, no key in one bundle but not
 * the other, and no English phrase where the planner expects Chinese. The English check is a heuristic: words of
 * three or more Latin letters, once the data's own names (schools, teachers, datasets), JSON paths, upper-case codes
 * shown beside their Chinese name and a few proper names are taken out.
 */
class ChineseUiTest extends KaribuTest {

    private static final Pattern RAW_KEY = Pattern.compile("![A-Za-z][\\w. ()\\-]*!");
    private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![A-Za-z])[A-Za-z][a-z]{2,}(?![a-z])");
    /** Technical text the planner reads as it is: JSON paths and file names. */
    private static final Pattern TECHNICAL = Pattern.compile("\\$[\\w.\\[\\]\"]*|[\\w.-]+\\.(json|xlsx|csv)\\b");
    private static final Set<String> PROPER_NAMES = Set.of("Lungang", "Excel", "Bearer", "Authorization", "Workbook",
            "xlsx", "json");
    private static final List<String> ROUTES = List.of("", "plan", "schools", "teachers", "map", "scenarios",
            "import-export");

    @Autowired
    private SolveService solves;
    @Autowired
    private ApplicationContext context;

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Set<String> zh = load("/i18n/messages.properties").stringPropertyNames();
        Set<String> en = load("/i18n/messages_en.properties").stringPropertyNames();

        assertThat(difference(zh, en)).as("keys only in the Chinese bundle").isEmpty();
        assertThat(difference(en, zh)).as("keys only in the English bundle").isEmpty();
    }

    @Test
    void theCheckFindsARawKeyAndAnEnglishLabelButNotTheDatasNames() {
        List<String> problems = check("synthetic", List.of("!sweep.param.null!", "求解 (see sweep.md)",
                "学校 · " + UiFixture.COUNTY, "文件 broken.json，位置 $.teachers[3].schoolId", "小学 (PRIMARY)", "得分 0hard/-2medium"));

        assertThat(problems).containsExactly("synthetic: raw key in \"!sweep.param.null!\"",
                "synthetic: English \"see\" in \"求解 (see sweep.md)\"",
                "synthetic: English \"hard\" in \"得分 0hard/-2medium\"");
    }

    @Test
    void everyViewOfASolvedPlanIsInChinese() {
        solveToEnd(scenario);
        workspace().invalidate();
        List<String> problems = new ArrayList<>();
        for (String route : ROUTES) {
            UI.getCurrent().navigate(route);
            problems.addAll(check(route, texts()));
        }
        // The dialogs opened from the lists: a school (also opened from the map) and a teacher.
        UI.getCurrent().navigate("schools");
        GridKt._clickItem(_get(Grid.class, spec -> spec.withId("school-grid")), 0);
        problems.addAll(check("schools/dialog", texts()));

        assertThat(problems).isEmpty();
    }

    @Test
    void importErrorsOfAWorkbookAndOfAJsonFileAreInChinese() throws IOException {
        UI.getCurrent().navigate("import-export");
        ImportExportViewAccess.importFile("错误.xlsx", brokenWorkbook());
        List<String> problems = new ArrayList<>(check("import-export/xlsx", texts()));
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("import-errors")))).isPositive();

        String broken = new String(UiFixture.resource("county-small.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"schoolId\" : \"[A-Z0-9]+\"", "\"schoolId\" : \"NOWHERE\"")
                .replaceFirst("\"subject\" : \"[A-Z_]+\"", "\"subject\" : \"LATIN\"");
        ImportExportViewAccess.importFile("broken.json", broken.getBytes(StandardCharsets.UTF_8));
        problems.addAll(check("import-export/json", texts()));

        assertThat(problems).isEmpty();
    }

    @Test
    void aSweepNamesItsParametersAndRulesInChinese() {
        Dataset dataset = datasets.importJson(UiFixture.resource("two-schools.json"), "two-schools.json");
        Scenario tiny = scenarios.create(new ScenarioSpec(dataset.getId(), "两校基准", null, null, null));
        choose(tiny);
        UI.getCurrent().navigate("scenarios");
        assertThat(check("scenarios/before", texts())).isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("sweep-values-1")), "10,90");
        _setValue(_get(IntegerField.class, spec -> spec.withId("sweep-seconds")), 1);
        clickInBrowser(_get(Button.class, spec -> spec.withId("sweep-run")));
        await().pollInSameThread().atMost(Duration.ofMinutes(1)).until(() -> {
            MockVaadin.clientRoundtrip();
            return _get(Span.class, spec -> spec.withId("sweep-status")).getText().startsWith("扫描完成");
        });

        assertThat(check("scenarios/sweep", texts())).isEmpty();
    }

    /** The template's example county with every cell of the first data row of each sheet replaced by nonsense. */
    private static byte[] brokenWorkbook() throws IOException {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        ProblemWorkbook.writeTemplate(template);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            for (Sheet sheet : workbook) {
                Row row = sheet.getRow(1);
                if (row != null && !sheet.getSheetName().equals("说明")) {
                    row.forEach(cell -> cell.setCellValue("？x"));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The session's workspace (session-scoped: looked up within the mocked session). */
    private Workspace workspace() {
        return context.getBean(Workspace.class);
    }

    private void solveToEnd(Scenario s) {
        long job = solves.submit(s.getId(), Duration.ofSeconds(2), false).job().getId();
        await().pollInSameThread().atMost(Duration.ofMinutes(1))
                .until(() -> !solves.status(job).job().getStatus().isActive());
    }

    /** Every text the planner can read on the current page: texts, labels, grid headers and cells, SVG texts. */
    private List<String> texts() {
        List<String> texts = new ArrayList<>();
        collect(UI.getCurrent().getElement(), texts);
        for (Grid<?> grid : _find(Grid.class)) {
            grid.getColumns().forEach(c -> texts.add(c.getHeaderText()));
            int rows = Math.min(GridKt._size(grid), 40);
            for (int i = 0; i < rows; i++) {
                // A component cell reads as the component's description: keep its texts, not its markup.
                GridKt._getFormattedRow(grid, i).forEach(cell -> texts.add(
                        cell.replaceAll("@[\\w-]+='[^']*'|\\b[A-Z][A-Za-z]*\\[|#[\\w-]+|text=", " ")));
            }
        }
        for (Select<?> select : _find(Select.class)) {
            labels(select).forEach(texts::add);
        }
        for (ComboBox<?> box : _find(ComboBox.class)) {
            labels(box).forEach(texts::add);
        }
        return texts;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Stream<String> labels(Select select) {
        List<String> labels = new ArrayList<>();
        select.getListDataView().getItems().forEach(item -> labels.add(select.getItemLabelGenerator().apply(item)));
        if (select.isEmptySelectionAllowed() && select.getValue() == null) {
            // What the field shows while nothing is chosen.
            labels.add(String.valueOf(select.getItemLabelGenerator().apply(null)));
        }
        return labels.stream();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Stream<String> labels(ComboBox box) {
        try {
            return box.getListDataView().getItems().map(item -> box.getItemLabelGenerator().apply(item));
        } catch (IllegalStateException lazy) {
            return Stream.empty();
        }
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        for (String property : List.of("label", "placeholder", "helperText", "title", "errorMessage", "text",
                "header", "confirmText", "cancelText", "headerTitle")) {
            if (element.hasProperty(property)) {
                texts.add(element.getProperty(property, ""));
            }
        }
        for (String attribute : List.of("aria-label", "title", "label", "placeholder")) {
            if (element.hasAttribute(attribute)) {
                texts.add(element.getAttribute(attribute));
            }
        }
        if (element.hasProperty("innerHTML")) {
            // Server-drawn SVG: its texts and tooltips, without the markup.
            Matcher m = Pattern.compile(">([^<]+)<").matcher(element.getProperty("innerHTML", ""));
            while (m.find()) {
                texts.add(m.group(1));
            }
        }
        if (element.hasProperty("i18n")) {
            texts.add(element.getProperty("i18n", ""));
        }
        element.getChildren().forEach(child -> collect(child, texts));
    }

    /** The problems of a page's texts: raw keys, and English where Chinese is expected. */
    private List<String> check(String page, List<String> texts) {
        Set<String> dataNames = new LinkedHashSet<>();
        workspace().snapshot().ifPresent(s -> {
            s.plan().getSchools().stream().map(School::getName).forEach(dataNames::add);
            s.plan().getTeachers().stream().map(Teacher::name).forEach(dataNames::add);
        });
        datasets.list().forEach(d -> dataNames.add(d.getName()));
        scenarios.list(null).forEach(s -> dataNames.add(s.getName()));
        dataNames.add("planner");
        List<String> problems = new ArrayList<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            if (RAW_KEY.matcher(text).find()) {
                problems.add(page + ": raw key in \"" + text + "\"");
                continue;
            }
            String rest = TECHNICAL.matcher(text).replaceAll(" ");
            for (String name : dataNames) {
                rest = rest.replace(name, " ");
            }
            Matcher english = ENGLISH_WORD.matcher(rest);
            while (english.find()) {
                if (!PROPER_NAMES.contains(english.group())) {
                    problems.add(page + ": English \"" + english.group() + "\" in \"" + text + "\"");
                    break;
                }
            }
        }
        return problems.stream().distinct().toList();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ChineseUiTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> only = new LinkedHashSet<>(a);
        only.removeAll(b);
        return only;
    }
}
