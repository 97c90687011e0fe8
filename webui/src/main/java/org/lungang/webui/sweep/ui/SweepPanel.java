package org.lungang.webui.sweep.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.lungang.data.sweep.SweepChart;
import org.lungang.data.sweep.SweepParameterException;
import org.lungang.data.sweep.SweepPoint;
import org.lungang.webui.base.BackgroundRun.State;
import org.lungang.webui.base.InvalidRequestException;
import org.lungang.webui.base.ui.Tone;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.sweep.SweepService;
import org.lungang.webui.sweep.SweepService.Axis;
import org.lungang.webui.sweep.SweepService.SweepRun;

/**
 * A what-if sweep on one scenario: one or two parameters over a range, solved point by point off the UI thread with
 * progress by server push, then the chart ({@link SweepChart}) and a row per point, each of which can be opened as a
 * scenario of its own.
 */
public class SweepPanel extends VerticalLayout {

    private final SweepService sweeps;
    private final Consumer<Scenario> opened;

    private final Select<Scenario> scenario = new Select<>();
    private final Select<String> first = new Select<>();
    private final TextField firstValues = new TextField();
    private final Select<String> second = new Select<>();
    private final TextField secondValues = new TextField();
    private final IntegerField seconds = new IntegerField();
    private final Button run = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Div chart = new Div();
    private final Grid<SweepPoint> table = new Grid<>();
    private final SweepErrorWords errorWords = new SweepErrorWords((key, params) -> getTranslation(key, params));
    private SweepRun current;

    /**
     * @param choices the scenarios that can be swept, {@code selected} first chosen
     * @param opened told of a scenario made from a point
     */
    public SweepPanel(SweepService sweeps, List<Scenario> choices, Scenario selected, Consumer<Scenario> opened) {
        this.sweeps = sweeps;
        this.opened = opened;
        setPadding(false);
        setWidthFull();
        add(new Paragraph(getTranslation("sweep.hint")));

        scenario.setId("sweep-scenario");
        scenario.setLabel(getTranslation("sweep.scenario"));
        scenario.setItems(choices);
        scenario.setItemLabelGenerator(Scenario::getName);
        scenario.setValue(choices.stream().filter(s -> s.getId().equals(selected.getId())).findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0)));
        first.setId("sweep-param-1");
        first.setLabel(getTranslation("sweep.first"));
        first.setItems(SweepService.PARAMETERS);
        first.setItemLabelGenerator(this::parameterLabel);
        first.setValue(SweepService.PARAMETERS.get(0));
        first.addValueChangeListener(e -> hint(firstValues, e.getValue()));
        firstValues.setId("sweep-values-1");
        firstValues.setLabel(getTranslation("sweep.values"));
        firstValues.setValue("10:30:5");
        hint(firstValues, first.getValue());
        second.setId("sweep-param-2");
        second.setLabel(getTranslation("sweep.second"));
        second.setItems(SweepService.PARAMETERS);
        second.setItemLabelGenerator(this::parameterLabel);
        second.setEmptySelectionAllowed(true);
        second.setEmptySelectionCaption(getTranslation("sweep.none"));
        second.addValueChangeListener(e -> hint(secondValues, e.getValue()));
        secondValues.setId("sweep-values-2");
        secondValues.setLabel(getTranslation("sweep.values"));
        seconds.setId("sweep-seconds");
        seconds.setLabel(getTranslation("sweep.seconds"));
        seconds.setMin(1);
        seconds.setValue(10);
        run.setText(getTranslation("sweep.run"));
        run.setId("sweep-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> start());
        FormLayout form = new FormLayout(scenario, seconds, first, firstValues, second, secondValues, run);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        progress.setId("sweep-progress");
        progress.setVisible(false);
        status.setId("sweep-status");
        chart.setId("sweep-chart");
        chart.setWidthFull();
        chart.getStyle().set("overflow-x", "auto");
        table();
        add(form, progress, status, chart, table);
    }

    /** A parameter's name; the empty choice of the second parameter ({@code null}) is "none". */
    private String parameterLabel(String name) {
        return name == null ? getTranslation("sweep.none") : getTranslation("sweep.param." + name);
    }

    private void hint(TextField values, String parameter) {
        values.setHelperText(parameter == null ? null
                : getTranslation(SweepValues.isShare(parameter) ? "sweep.valuesHintPercent" : "sweep.valuesHint"));
    }

    /** A point's values as the planner reads them: "交流比例 15% · 通勤上限（公里） 30". */
    String pointLabel(SweepPoint point) {
        List<org.lungang.data.sweep.SweepParameter> parameters = current.request().parameters();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            String name = parameters.get(i).name();
            parts.add(shortName(name) + " " + SweepValues.format(name, point.values().get(i)));
        }
        return String.join(" · ", parts);
    }

    private String shortName(String parameter) {
        return getTranslation("sweep.short." + parameter);
    }

    /** The rules a point breaks or misses, by their Chinese names: "学校交流比例（差 4 人）". */
    String brokenRules(SweepPoint point) {
        return point.brokenRules().stream()
                .map(r -> Words.rule(r.rule()) + (r.hard() ? getTranslation("sweep.brokenHard")
                        : getTranslation("sweep.shortBy", r.shortBy())))
                .collect(java.util.stream.Collectors.joining("；"));
    }

    private SweepChart.Words chartWords() {
        return new SweepChart.Words(Words.english() ? SweepChart.Language.ENGLISH : SweepChart.Language.CHINESE,
                this::shortName, SweepValues::format);
    }

    private void table() {
        table.setId("sweep-grid");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addColumn(this::pointLabel).setHeader(getTranslation("sweep.point")).setAutoWidth(true);
        table.addComponentColumn(p -> tone(p.status()).badge(getTranslation("sweep.status." + p.status())))
                .setHeader(getTranslation("sweep.status")).setKey("status").setAutoWidth(true);
        table.addColumn(SweepPoint::rotated).setHeader(getTranslation("sweep.rotated")).setAutoWidth(true);
        table.addColumn(SweepPoint::shortageFilled).setHeader(getTranslation("sweep.filled")).setAutoWidth(true);
        table.addColumn(p -> Words.decimal(p.coefficientMaxAfter(), 3)).setHeader(getTranslation("sweep.cvMax"))
                .setAutoWidth(true);
        table.addColumn(p -> Words.decimal(p.meanCommuteKm(), 1)).setHeader(getTranslation("sweep.commute"))
                .setAutoWidth(true);
        table.addColumn(p -> Words.score(p.score())).setHeader(getTranslation("sweep.score")).setAutoWidth(true);
        table.addColumn(this::brokenRules).setHeader(getTranslation("sweep.broken")).setFlexGrow(3);
        table.addComponentColumn(p -> {
            Button open = new Button(getTranslation("sweep.open"), e -> open(p));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return open;
        }).setKey("open").setAutoWidth(true);
        table.setPartNameGenerator(p -> p.status() == SweepPoint.Status.INFEASIBLE ? "infeasible" : null);
        table.setAllRowsVisible(true);
        table.setVisible(false);
    }

    private static Tone tone(SweepPoint.Status status) {
        return switch (status) {
            case FEASIBLE -> Tone.GOOD;
            case QUOTA_MISSED -> Tone.WARN;
            case INFEASIBLE -> Tone.BAD;
        };
    }

    void start() {
        if (scenario.getValue() == null) {
            return;
        }
        List<Axis> axes = new ArrayList<>();
        // Shares are entered in percent, as in the scenario form; the sweep takes them as fractions.
        axes.add(new Axis(first.getValue(), SweepValues.toSweep(first.getValue(), firstValues.getValue())));
        if (second.getValue() != null) {
            axes.add(new Axis(second.getValue(), SweepValues.toSweep(second.getValue(), secondValues.getValue())));
        }
        int limit = seconds.getValue() == null ? 0 : seconds.getValue();
        UI ui = UI.getCurrent();
        firstValues.setInvalid(false);
        secondValues.setInvalid(false);
        seconds.setInvalid(false);
        try {
            current = sweeps.start(scenario.getValue().getId(), axes, Duration.ofSeconds(limit), sweep -> {
                try {
                    ui.access(() -> show(sweep));
                } catch (UIDetachedException e) {
                    // The planner left the page: the sweep goes on, and nobody is waiting for its progress here.
                }
            });
        } catch (SweepService.LimitException e) {
            // Words are formatted here, not by the message format, which would group digits by the locale.
            refuse(getTranslation("sweepError." + e.limit().name(), e.figures().stream().map(String::valueOf)
                    .toArray()), e.limit() == SweepService.Limit.TIME_PER_POINT ? seconds : null);
            return;
        } catch (InvalidRequestException e) {
            if (!(e.getCause() instanceof SweepParameterException refused)) {
                throw e;
            }
            refuse(errorWords.of(refused), second.getValue() != null
                    && refused.getParameter().equals(second.getValue()) ? secondValues : firstValues);
            return;
        }
        run.setEnabled(false);
        chart.removeAll();
        table.setVisible(false);
        show(current);
    }

    /** A sweep refused before anything is solved: said in the planner's words, and the field at fault marked. */
    private void refuse(String text, HasValidation field) {
        if (field != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
        }
        Notification.show(getTranslation("error.invalid", text), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void show(SweepRun sweep) {
        if (sweep != current) {
            return;
        }
        State state = sweep.state();
        progress.setVisible(state == State.RUNNING);
        progress.setValue(sweep.total() == 0 ? 0 : (double) sweep.done() / sweep.total());
        switch (state) {
            case RUNNING -> status.setText(getTranslation("sweep.running", sweep.done(), sweep.total()));
            case COMPLETED -> status.setText(getTranslation("sweep.done", sweep.total()));
            // The technical rest is in the log, under the reference the words give.
            case FAILED -> status.setText(getTranslation("sweep.failed",
                    sweep.failure().map(errorWords::failed).orElse("")));
            case STOPPED -> status.setText(getTranslation("sweep.stopped", sweep.done(), sweep.total()));
        }
        if (state != State.RUNNING) {
            run.setEnabled(true);
        }
        List<SweepPoint> points = sweep.points();
        table.setItems(points);
        table.setVisible(!points.isEmpty());
        sweep.result().ifPresent(result -> {
            chart.removeAll();
            chart.add(new Svg(SweepChart.svg(result, chartWords())));
        });
    }

    private void open(SweepPoint point) {
        // Named in the planner's words ("基准 · 交流比例 15%"), not by the sweep's parameter names.
        String base = scenario.getValue() == null ? "" : scenario.getValue().getName() + " · ";
        String from = scenario.getValue() == null ? "" : scenario.getValue().getName();
        Scenario created = sweeps.openAsScenario(current.id(), point.index(), base + pointLabel(point),
                getTranslation("sweep.pointDescription", pointLabel(point), from));
        Notification.show(getTranslation("sweep.opened", created.getName()), 4000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        opened.accept(created);
    }
}
