package org.lungang.webui.whatif.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToDoubleFunction;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.lungang.data.sweep.Binding;
import org.lungang.data.sweep.SensitivityReport;
import org.lungang.solver.kpi.IndicatorKpis;
import org.lungang.solver.kpi.PlanKpis;
import org.lungang.solver.kpi.SubjectShortage;
import org.lungang.webui.base.ui.BarChart;
import org.lungang.webui.base.ui.EmptyState;
import org.lungang.webui.base.ui.Polling;
import org.lungang.webui.base.ui.Tone;
import org.lungang.webui.base.ui.UiScheduler;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.plan.PlanService.ConstraintView;
import org.lungang.webui.plan.PlanVersion;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.whatif.BindingRules;

/**
 * Two or more scenarios side by side: the figures of each one's current plan, with units, "of N" and the difference
 * to a baseline the planner picks, coloured better or worse; a chart of the balance coefficients against their
 * thresholds; and, for a scenario that does poorly (breaks a hard rule, or scores worse than the baseline), the rules
 * it does not meet and, on request, the rules that bind it ({@link BindingRules}).
 */
class ScenarioComparison extends Div {

    /** A scenario's current plan, as its figures. */
    record Compared(Scenario scenario, PlanVersion version, PlanKpis kpis) {

        HardMediumSoftLongScore score() {
            return HardMediumSoftLongScore.parseScore(version.getScore());
        }

        /**
         * Does poorly: breaks a hard rule, or scores worse than the baseline. (A quota gap alone is not enough: some
         * counties cannot meet every quota in any plan, and then every scenario would be flagged.)
         */
        boolean poorAgainst(Compared base) {
            return score().hardScore() < 0 || (this != base && score().compareTo(base.score()) < 0);
        }
    }

    /** Which way a figure is better. */
    enum Better { HIGHER, LOWER }

    /**
     * One compared figure: its label, how to read it from a plan's figures, its unit (a message key), its total
     * ("of N", null when it has none) and which way is better; the score's row reads no figure (null value).
     */
    record Metric(String label, ToDoubleFunction<PlanKpis> value, int digits, String unit,
            ToDoubleFunction<PlanKpis> total, Better better) {
    }

    private final PlanService plans;
    private final BindingRules bindingRules;
    private final UiScheduler scheduler;
    private final ComboBox<Scenario> baseline = new ComboBox<>();
    private final Div body = new Div();
    private List<Compared> compared = List.of();
    private Long preferredBaseline;

    ScenarioComparison(PlanService plans, BindingRules bindingRules, UiScheduler scheduler) {
        this.plans = plans;
        this.bindingRules = bindingRules;
        this.scheduler = scheduler;
        setId("scenario-comparison");
        setWidthFull();
        baseline.setLabel(getTranslation("compare.baseline"));
        baseline.setId("comparison-baseline");
        baseline.setItemLabelGenerator(Scenario::getName);
        baseline.setWidth("18em");
        baseline.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                if (e.isFromClient()) {
                    preferredBaseline = e.getValue().getId();
                }
                showBody();
            }
        });
        body.setWidthFull();
    }

    /** Compares the selected scenarios; {@code current} is the baseline until the planner picks another. */
    void compare(List<Scenario> selected, Optional<Scenario> current) {
        removeAll();
        compared = selected.stream().map(this::latest).flatMap(Optional::stream).toList();
        if (compared.size() < 2) {
            add(new EmptyState(getTranslation("scenarios.compareEmpty"), getTranslation("scenarios.compareHint")));
            return;
        }
        List<Scenario> scenarios = compared.stream().map(Compared::scenario).toList();
        Scenario base = pick(scenarios, preferredBaseline)
                .or(() -> current.flatMap(c -> pick(scenarios, c.getId())))
                .orElse(scenarios.get(0));
        add(baseline, body);
        baseline.setItems(scenarios);
        if (base.equals(baseline.getValue())) {
            showBody();
        } else {
            baseline.setValue(base);
        }
    }

    private static Optional<Scenario> pick(List<Scenario> scenarios, Long id) {
        return id == null ? Optional.empty() : scenarios.stream().filter(s -> s.getId().equals(id)).findFirst();
    }

    private Optional<Compared> latest(Scenario scenario) {
        return plans.latest(scenario.getId()).flatMap(v -> plans.kpis(v.getId())
                .map(kpis -> new Compared(scenario, v, kpis)));
    }

    private void showBody() {
        body.removeAll();
        Compared base = compared.stream().filter(c -> c.scenario().equals(baseline.getValue())).findFirst()
                .orElse(compared.get(0));
        List<IndicatorKpis> indicators = base.kpis().indicators();
        body.add(table(base, metrics(indicators)));
        body.add(chart(indicators));
        compared.stream().filter(c -> c.poorAgainst(base)).map(this::poorResult).forEach(body::add);
    }

    private List<Metric> metrics(List<IndicatorKpis> indicators) {
        List<Metric> metrics = new ArrayList<>(List.of(
                new Metric(getTranslation("scenarios.mRotated"), k -> k.county().rotated(), 0, "people",
                        k -> k.county().eligible(), Better.HIGHER),
                new Metric(getTranslation("scenarios.mQuotaSchools"), k -> k.county().quotaSchoolsMet(), 0,
                        "schools", k -> k.county().quotaSchools(), Better.HIGHER),
                new Metric(getTranslation("overview.backboneShare"), k -> k.county().backboneShare() * 100, 1,
                        "percent", null, Better.HIGHER),
                new Metric(getTranslation("overview.cadreShare"), k -> k.county().cadreBackboneShare() * 100, 1,
                        "percent", null, Better.HIGHER),
                new Metric(getTranslation("overview.commute"), k -> k.commute().meanKm(), 1, "km", null,
                        Better.LOWER),
                new Metric(getTranslation("scenarios.mFilled"),
                        k -> k.shortages().stream().mapToInt(SubjectShortage::filled).sum(), 0, "posts",
                        k -> k.shortages().stream().mapToInt(SubjectShortage::openBefore).sum(), Better.HIGHER),
                new Metric(getTranslation("scenarios.mShortfalls"), k -> k.shortfalls().size(), 0, "items", null,
                        Better.LOWER)));
        for (IndicatorKpis indicator : indicators) {
            metrics.add(new Metric(label(indicator, " · ") + " " + getTranslation("compare.cv"),
                    k -> coefficientAfter(k, indicator), 3, null, null, Better.LOWER));
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

    /** The table: a row per figure (the score first), a column per scenario, the baseline's first. */
    private Grid<Metric> table(Compared base, List<Metric> metrics) {
        Grid<Metric> table = new Grid<>();
        table.setId("comparison-grid");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addColumn(Metric::label).setHeader(getTranslation("scenarios.metric")).setAutoWidth(true)
                .setKey("metric");
        List<Compared> columns = new ArrayList<>(List.of(base));
        compared.stream().filter(c -> c != base).forEach(columns::add);
        for (Compared c : columns) {
            table.addComponentColumn(m -> cell(m, c, c == base ? null : base))
                    .setHeader(c == base ? c.scenario().getName() + " · " + getTranslation("compare.baseline")
                            : c.scenario().getName())
                    // Shared widths, so that long cells (the score in words) wrap rather than scroll sideways.
                    .setFlexGrow(1).setKey("scenario-" + c.scenario().getId());
        }
        List<Metric> rows = new ArrayList<>();
        rows.add(new Metric(getTranslation("compare.score"), null, 0, null, null, Better.HIGHER));
        rows.addAll(metrics);
        table.setItems(rows);
        table.setAllRowsVisible(true);
        return table;
    }

    /** A figure with its unit and total, and its difference to the baseline's (unless it is the baseline). */
    private Component cell(Metric metric, Compared c, Compared base) {
        if (metric.value() == null) {
            return scoreCell(c, base);
        }
        double value = metric.value().applyAsDouble(c.kpis());
        if (Double.isNaN(value)) {
            return new Span("—");
        }
        String text = Words.decimal(value, metric.digits()) + unit(metric);
        if (metric.total() != null) {
            text += getTranslation("compare.ofN", Words.decimal(metric.total().applyAsDouble(c.kpis()), 0));
        }
        Span cell = new Span(text);
        if (base == null) {
            return cell;
        }
        double delta = value - metric.value().applyAsDouble(base.kpis());
        return withDelta(cell, (delta >= 0 ? "+" : "") + Words.decimal(delta, metric.digits()) + unit(metric),
                Math.abs(delta) < Math.pow(10, -metric.digits()) / 2 ? 0
                        : (delta > 0) == (metric.better() == Better.HIGHER) ? 1 : -1);
    }

    private Component scoreCell(Compared c, Compared base) {
        Span cell = new Span(Words.score(c.score()));
        if (base == null) {
            return cell;
        }
        int sign = Integer.signum(c.score().compareTo(base.score()));
        return withDelta(cell, Words.levels(c.score().subtract(base.score())), sign);
    }

    /** A cell with its difference to the baseline, green when better and red when worse (and said in words). */
    private Component withDelta(Span value, String delta, int betterSign) {
        Span difference = new Span("Δ " + delta);
        difference.addClassName("comparison-delta");
        if (betterSign != 0) {
            Tone tone = betterSign > 0 ? Tone.GOOD : Tone.BAD;
            difference.getStyle().set("color", tone.color()).set("font-weight", "600");
            difference.setText(difference.getText() + " " + getTranslation(betterSign > 0 ? "compare.better"
                    : "compare.worse"));
            difference.getElement().setAttribute("data-tone", tone.name().toLowerCase());
        }
        Div cell = new Div(value, new Span(" "), difference);
        return cell;
    }

    private String unit(Metric metric) {
        return metric.unit() == null ? "" : getTranslation("compare.unit." + metric.unit());
    }

    private Div chart(List<IndicatorKpis> indicators) {
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

    /** Why a scenario does poorly: the rules it does not meet now, and the binding rules on request. */
    private Div poorResult(Compared c) {
        Div box = new Div();
        box.addClassName("comparison-poor");
        box.getElement().setAttribute("data-scenario", c.scenario().getName());
        box.getStyle().set("border-left", "4px solid " + Tone.BAD.color()).set("padding", "var(--lumo-space-s)")
                .set("margin", "var(--lumo-space-s) 0");
        box.add(new Div(new Span(getTranslation("compare.poorTitle", c.scenario().getName(),
                Words.score(c.score())))));
        List<String> unmet = plans.analysis(c.version().getId()).constraints().stream()
                .filter(this::breaksOrMisses)
                .map(rule -> Words.rule(rule.name()) + " ("
                        + Words.levels(rule.score()) + ")")
                .toList();
        Span rules = new Span(getTranslation("compare.poorRules") + " " + String.join(Words.english() ? "; " : "；",
                unmet));
        rules.addClassName("comparison-unmet");
        box.add(new Div(rules));
        Div findings = new Div();
        findings.addClassName("comparison-binding");
        Button find = new Button(getTranslation("compare.findBinding"));
        find.addClassName("comparison-find-binding");
        find.addClickListener(e -> {
            find.setEnabled(false);
            follow(c, findings);
        });
        box.add(find, findings);
        return box;
    }

    private boolean breaksOrMisses(ConstraintView rule) {
        HardMediumSoftLongScore score = HardMediumSoftLongScore.parseScore(rule.score());
        return score.hardScore() < 0 || score.mediumScore() < 0;
    }

    /** Starts (or joins) the analysis and follows it until its findings are in. */
    private void follow(Compared c, Div findings) {
        CompletableFuture<SensitivityReport> analysis = bindingRules.analyse(c.version().getId());
        findings.removeAll();
        findings.add(new Span(getTranslation("compare.bindingRunning", c.scenario().getName(),
                bindingRules.expectedTime().toSeconds())));
        Polling<CompletableFuture<SensitivityReport>> polling = new Polling<>(findings, scheduler,
                Duration.ofSeconds(1), () -> analysis, future -> {
                    if (future.isDone()) {
                        showFindings(future, findings);
                    }
                }, CompletableFuture::isDone, () -> { });
        polling.start();
    }

    private void showFindings(CompletableFuture<SensitivityReport> future, Div findings) {
        findings.removeAll();
        if (future.isCompletedExceptionally()) {
            findings.add(new Span(getTranslation("compare.bindingFailed")));
            return;
        }
        List<Binding> binding = future.join().bindings().stream().filter(Binding::binds).toList();
        if (binding.isEmpty()) {
            findings.add(new Div(new Span(getTranslation("compare.bindingNone"))));
        }
        for (Binding b : binding) {
            Div line = new Div(new Span(getTranslation("compare.binding",
                    Words.rule(b.constraint()),
                    getTranslation("analysis.level." + b.level().toUpperCase()), Words.levels(b.gain()),
                    signed(b.rotatedChange()), signed(b.shortageFilledChange()))));
            line.addClassName("comparison-binding-rule");
            findings.add(line);
        }
        Span method = new Span(getTranslation("compare.bindingMethod"));
        method.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size",
                "var(--lumo-font-size-s)");
        findings.add(new Div(method));
    }

    private static String signed(int value) {
        return value > 0 ? "+" + value : String.valueOf(value);
    }
}
