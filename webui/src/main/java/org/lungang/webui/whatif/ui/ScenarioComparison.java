package org.lungang.webui.whatif.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import org.lungang.solver.kpi.IndicatorKpis;
import org.lungang.solver.kpi.PlanKpis;
import org.lungang.solver.kpi.SubjectShortage;
import org.lungang.webui.base.ui.BarChart;
import org.lungang.webui.base.ui.EmptyState;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.scenario.Scenario;

/**
 * Two or more scenarios side by side: the figures of each one's latest plan with the difference to the first, and a
 * chart of the balance coefficients against their thresholds.
 */
class ScenarioComparison extends Div {

    /** A scenario's latest plan, as its figures. */
    private record Compared(Scenario scenario, PlanKpis kpis) {
    }

    /** One compared figure: its label and how to read it from a plan's figures. */
    private record Metric(String label, ToDoubleFunction<PlanKpis> value, int digits) {
    }

    private final PlanService plans;

    ScenarioComparison(PlanService plans) {
        this.plans = plans;
        setId("scenario-comparison");
        setWidthFull();
    }

    void compare(List<Scenario> selected) {
        removeAll();
        List<Compared> compared = selected.stream().map(this::latest).flatMap(Optional::stream).toList();
        if (compared.size() < 2) {
            add(new EmptyState(getTranslation("scenarios.compareEmpty"), getTranslation("scenarios.compareHint")));
            return;
        }
        List<IndicatorKpis> indicators = compared.get(0).kpis().indicators();
        add(table(compared, metrics(indicators)));
        add(chart(compared, indicators));
    }

    private Optional<Compared> latest(Scenario scenario) {
        return plans.latest(scenario.getId()).flatMap(v -> plans.kpis(v.getId()))
                .map(kpis -> new Compared(scenario, kpis));
    }

    private List<Metric> metrics(List<IndicatorKpis> indicators) {
        List<Metric> metrics = new ArrayList<>(List.of(
                new Metric(getTranslation("scenarios.mRotated"), k -> k.county().rotated(), 0),
                new Metric(getTranslation("scenarios.mQuotaSchools"), k -> k.county().quotaSchoolsMet(), 0),
                new Metric(getTranslation("overview.backboneShare"), k -> k.county().backboneShare() * 100, 1),
                new Metric(getTranslation("overview.cadreShare"), k -> k.county().cadreBackboneShare() * 100, 1),
                new Metric(getTranslation("overview.commute"), k -> k.commute().meanKm(), 1),
                new Metric(getTranslation("scenarios.mFilled"),
                        k -> k.shortages().stream().mapToInt(SubjectShortage::filled).sum(), 0),
                new Metric(getTranslation("scenarios.mShortfalls"), k -> k.shortfalls().size(), 0)));
        for (IndicatorKpis indicator : indicators) {
            metrics.add(new Metric(label(indicator, " · ") + " CV", k -> coefficientAfter(k, indicator), 3));
        }
        return metrics;
    }

    private static String label(IndicatorKpis indicator, String separator) {
        return Words.of(indicator.group()) + separator + Words.of(indicator.indicator());
    }

    /** The same indicator of the same school group in another plan; NaN when that plan has none. */
    private static double coefficientAfter(PlanKpis kpis, IndicatorKpis like) {
        return kpis.indicators().stream()
                .filter(k -> k.group() == like.group() && k.indicator() == like.indicator())
                .mapToDouble(IndicatorKpis::coefficientAfter).findFirst().orElse(Double.NaN);
    }

    private Grid<Metric> table(List<Compared> compared, List<Metric> metrics) {
        Grid<Metric> table = new Grid<>();
        table.setId("comparison-grid");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.addColumn(Metric::label).setHeader(getTranslation("scenarios.metric")).setAutoWidth(true);
        PlanKpis first = compared.get(0).kpis();
        for (Compared c : compared) {
            table.addColumn(m -> cell(m, c.kpis(), c.kpis() == first ? null : first))
                    .setHeader(c.scenario().getName()).setAutoWidth(true);
        }
        table.setItems(metrics);
        table.setAllRowsVisible(true);
        return table;
    }

    /** A figure, and its difference to the first plan's (unless it is the first). */
    private static String cell(Metric metric, PlanKpis kpis, PlanKpis first) {
        double value = metric.value().applyAsDouble(kpis);
        if (Double.isNaN(value)) {
            return "—";
        }
        String text = Words.decimal(value, metric.digits());
        if (first == null) {
            return text;
        }
        double delta = value - metric.value().applyAsDouble(first);
        return text + "（Δ " + (delta >= 0 ? "+" : "") + Words.decimal(delta, metric.digits()) + "）";
    }

    private Div chart(List<Compared> compared, List<IndicatorKpis> indicators) {
        List<BarChart.Group> groups = indicators.stream()
                .map(indicator -> new BarChart.Group(label(indicator, " "),
                        compared.stream().map(c -> coefficientAfter(c.kpis(), indicator))
                                .map(v -> Double.isNaN(v) ? 0.0 : v).toList(),
                        indicator.threshold()))
                .toList();
        Div chart = new Div(BarChart.of(getTranslation("scenarios.chart"),
                compared.stream().map(c -> c.scenario().getName()).toList(), groups));
        chart.setId("comparison-chart");
        chart.getStyle().set("overflow-x", "auto");
        return chart;
    }
}
