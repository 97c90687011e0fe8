package org.lungang.data.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.kpi.Shortfall;
import org.lungang.solver.kpi.ShortfallKind;

/** The table and the chart, written from a result made by hand (no solving). */
class SweepOutputTest {

    private static final RotationPolicy POLICY = RotationPolicy.defaults();
    private static final Shortfall MISSED = new Shortfall(ConstraintNames.SCHOOL_ROTATION_QUOTA, "U1", 5, 3, 2,
            "学校 U1：交流比例差 2 人", "School U1: rotation quota short by 2", ShortfallKind.MISSED);

    private static SweepPoint point(int index, List<Double> values, int rotated, List<String> hard,
            List<Shortfall> shortfalls) {
        return new SweepPoint(index, values, index > 0, "0hard/0medium/-10soft", hard.isEmpty() ? 0 : -1,
                shortfalls.isEmpty() ? 0 : -2, -10, rotated, 0.25, rotated - 1, 0.3, 0.4, 3, 6, 12.5, 0, hard,
                shortfalls, Map.of());
    }

    private static SweepResult twoParameters() {
        SweepParameter quota = SweepParameter.parse("quota=0.1,0.2,0.3", POLICY);
        SweepParameter commute = SweepParameter.parse("maxCommuteKm=30,50", POLICY);
        return new SweepResult("Test & <county>", List.of(quota, commute), Duration.ofSeconds(2), 2, List.of(
                point(0, List.of(0.1, 30.0), 4, List.of(), List.of()),
                point(1, List.of(0.2, 30.0), 6, List.of(), List.of()),
                point(2, List.of(0.3, 30.0), 6, List.of(), List.of(MISSED)),
                point(3, List.of(0.1, 50.0), 4, List.of(), List.of()),
                point(4, List.of(0.2, 50.0), 7, List.of(), List.of()),
                point(5, List.of(0.3, 50.0), 8, List.of(ConstraintNames.HOUSING_BEDS), List.of())));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static long countByClass(Document svg, String tag, String cssClass) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        long count = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (cssClass.equals(((Element) nodes.item(i)).getAttribute("class"))) {
                count++;
            }
        }
        return count;
    }

    @Test
    void theChartIsValidSvgWithOneLinePerValueOfTheSecondParameterInEachPanel() throws Exception {
        Document svg = parse(SweepChart.svg(twoParameters()));

        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(countByClass(svg, "g", "panel")).isEqualTo(4);
        NodeList paths = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
        long lines = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            if (((Element) paths.item(i)).getAttribute("class").isEmpty()) {
                lines++;
            }
        }
        assertThat(lines).isEqualTo(4 * 2);
    }

    @Test
    void theChartMarksInfeasibleAndQuotaMissedPointsInEveryPanelAndTheLegend() throws Exception {
        Document svg = parse(SweepChart.svg(twoParameters()));

        assertThat(countByClass(svg, "path", "infeasible")).isEqualTo(4 + 1);
        assertThat(countByClass(svg, "path", "quota-missed")).isEqualTo(4 + 1);
        assertThat(countByClass(svg, "circle", "feasible")).isEqualTo(4 * 4 + 1);
    }

    @Test
    void theChartInChineseAloneNamesParametersInTheGivenWordsWithoutTheEnglishLegend() throws Exception {
        SweepChart.Words chinese = new SweepChart.Words(SweepChart.Language.CHINESE, name -> "参数" + name.length(),
                (name, value) -> SweepParameter.format(value * 100) + "%");

        String svg = SweepChart.svg(twoParameters(), chinese);

        assertThat(svg).contains("填补缺编岗位", "有政策比例未达标", "%").doesNotContain("sweep.md", "Shortage posts",
                "every rule");
        // Every title, label, legend and tooltip, the problem's own name aside.
        assertThat(words(svg).replace("Test & <county>", "")).doesNotContainPattern("[A-Za-z]{2,}");
    }

    @Test
    void theChartInEnglishAloneHasNoChineseInItsTitlesLegendOrTooltips() throws Exception {
        SweepChart.Words english = new SweepChart.Words(SweepChart.Language.ENGLISH, name -> "Param " + name,
                (name, value) -> SweepParameter.format(value));

        String svg = SweepChart.svg(twoParameters(), english);

        assertThat(words(svg)).contains("Shortage posts filled", "a policy quota missed", "Param quota")
                .doesNotContainPattern("\\p{IsHan}").doesNotContain("sweep.md");
        NodeList titles = parse(svg).getElementsByTagNameNS("http://www.w3.org/2000/svg", "title");
        // The chart's own title, then one tooltip for each point in each panel and for each legend marker.
        assertThat(titles.getLength()).isEqualTo(1 + 4 * 6 + 3);
        assertThat(titles.item(1).getTextContent())
                .isEqualTo("Param quota = 0.1, Param maxCommuteKm = 30: Shortage posts filled 3; "
                        + "every rule and quota met");
    }

    /** The chart's text as a reader sees it: every text, title and description, without the markup. */
    private static String words(String svg) throws Exception {
        return parse(svg).getDocumentElement().getTextContent();
    }

    @Test
    void theChartEscapesTheProblemName() {
        assertThat(SweepChart.svg(twoParameters())).contains("Test &amp; &lt;county&gt;");
    }

    @Test
    void theCsvHasAHeaderAndOneRowPerPointInfeasibleOnesIncluded() {
        List<String> lines = SweepTable.csv(twoParameters()).lines().toList();

        assertThat(lines).hasSize(1 + 6);
        assertThat(lines.get(0)).startsWith("quota,maxCommuteKm,status,rotated,");
        assertThat(lines.get(3)).startsWith("0.3,30,QUOTA_MISSED,6,")
                .contains(ConstraintNames.SCHOOL_ROTATION_QUOTA + " (short by 2)");
        assertThat(lines.get(6)).startsWith("0.3,50,INFEASIBLE,8,")
                .contains(ConstraintNames.HOUSING_BEDS + " (hard)");
    }

    @Test
    void theMarkdownListsEachBrokenPointWithItsRuleAndShortfallInWords() {
        String md = SweepTable.markdown(twoParameters(), false);

        assertThat(md).contains("### quota=0.3, maxCommuteKm=30 — quota missed")
                .contains("- School rotation quota [U1] required 5, achieved 3, short by 2: "
                        + "School U1: rotation quota short by 2")
                .contains("### quota=0.3, maxCommuteKm=50 — INFEASIBLE")
                .contains("- " + ConstraintNames.HOUSING_BEDS + ": hard rule broken");
        assertThat(md.lines().filter(l -> l.startsWith("| 0."))).hasSize(6);
    }

    @Test
    void theMarkdownSpeaksChineseWhenAsked() {
        assertThat(SweepTable.markdown(twoParameters(), true)).contains("比例未达标").contains("学校 U1：交流比例差 2 人")
                .contains("不可行");
    }
}
