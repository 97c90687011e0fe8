package org.lungang.webui.cycle.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lungang.data.cycle.HorizonReport;
import org.lungang.data.cycle.HorizonResult;
import org.lungang.data.cycle.HorizonYear;
import org.lungang.webui.base.BackgroundRun.Failure;
import org.lungang.webui.base.BackgroundRun.State;
import org.lungang.webui.base.ui.Polling;
import org.lungang.webui.base.ui.Tone;
import org.lungang.webui.base.ui.UiScheduler;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.cycle.HorizonService;
import org.lungang.webui.cycle.HorizonService.HorizonRun;
import org.lungang.webui.cycle.HorizonService.ListedMove;
import org.lungang.webui.cycle.HorizonService.SolvedYear;
import org.lungang.webui.security.ui.Permissions;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.Workspace.Snapshot;
import org.lungang.webui.workspace.ui.CurrentPlan;
import org.lungang.webui.workspace.ui.MainLayout;

/**
 * A multi-year horizon of the current scenario (多年推演): years, time per year and the quota, run in the background
 * by {@link HorizonService} with progress (year k of n), then a row per year (rotated, returns, quotas, the official
 * 差异系数 of every indicator, coverage), the first year each threshold is met, the chart of the trajectories
 * against the thresholds ({@link HorizonReport#svg}, as {@code ./lungang horizon} draws it) and each year's list. A
 * running horizon can be stopped; the years solved until then stay.
 */
@Route(value = "horizon", layout = MainLayout.class)
@PageTitle("多年推演 · Lungang")
@PermitAll
public class HorizonView extends VerticalLayout implements BeforeEnterObserver {

    static final Duration POLL = Duration.ofMillis(700);

    private final Workspace workspace;
    private final HorizonService horizons;
    private final Permissions permissions;
    private final Polling<HorizonRun> polling;

    private final IntegerField years = new IntegerField();
    private final IntegerField seconds = new IntegerField();
    private final NumberField quota = new NumberField();
    private final IntegerField steps = new IntegerField();
    private final Button run = new Button();
    private final Button stop = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Grid<SolvedYear> table = new Grid<>();
    private final Div summary = new Div();
    private final Div chart = new Div();
    private final Select<Integer> listYear = new Select<>();
    private final Grid<ListedMove> list = new Grid<>();
    private Snapshot snapshot;
    private HorizonRun current;
    private int columnsFor = -1;

    public HorizonView(Workspace workspace, HorizonService horizons, Permissions permissions,
            UiScheduler scheduler) {
        this.workspace = workspace;
        this.horizons = horizons;
        this.permissions = permissions;
        this.polling = new Polling<>(this, scheduler, POLL, () -> horizons.get(current.id()), this::show,
                r -> r.state() != State.RUNNING, () -> status.setText(getTranslation("plan.pollFailed")));
        setWidthFull();

        years.setId("horizon-years");
        years.setLabel(getTranslation("horizon.years"));
        years.setMin(1);
        years.setMax(20);
        years.setStepButtonsVisible(true);
        years.setValue(5);
        seconds.setId("horizon-seconds");
        seconds.setLabel(getTranslation("horizon.seconds"));
        seconds.setMin(1);
        seconds.setMax(600);
        seconds.setValue(30);
        quota.setId("horizon-quota");
        quota.setLabel(getTranslation("horizon.quota"));
        quota.setMin(0);
        quota.setMax(100);
        quota.setSuffixComponent(new Div("%"));
        quota.setHelperText(getTranslation("horizon.quotaHint"));
        steps.setId("horizon-steps");
        steps.setLabel(getTranslation("horizon.steps"));
        steps.setMin(1);
        steps.setHelperText(getTranslation("horizon.stepsHint"));
        run.setId("horizon-run");
        run.setText(getTranslation("horizon.run"));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> start());
        stop.setId("horizon-stop");
        stop.setText(getTranslation("horizon.stop"));
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.setEnabled(false);
        stop.addClickListener(e -> stop());

        progress.setId("horizon-progress");
        progress.setVisible(false);
        status.setId("horizon-status");
        table.setId("horizon-grid");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAllRowsVisible(true);
        table.setVisible(false);
        summary.setId("horizon-summary");
        chart.setId("horizon-chart");
        chart.setWidthFull();
        chart.getStyle().set("overflow-x", "auto");
        listYear.setId("horizon-list-year");
        listYear.setLabel(getTranslation("horizon.listYear"));
        listYear.addValueChangeListener(e -> showList(e.getValue()));
        listYear.setVisible(false);
        list.setId("horizon-list-grid");
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        list.addColumn(ListedMove::teacherName).setHeader(getTranslation("plan.teacher")).setAutoWidth(true);
        list.addColumn(m -> Words.of(m.subject())).setHeader(getTranslation("cycle.subject")).setAutoWidth(true);
        list.addColumn(m -> Words.of(m.kind())).setHeader(getTranslation("cycle.kind")).setAutoWidth(true);
        list.addColumn(ListedMove::fromSchoolName).setHeader(getTranslation("plan.from")).setFlexGrow(2);
        list.addColumn(ListedMove::toSchoolName).setHeader(getTranslation("cycle.to")).setFlexGrow(2);
        list.setAllRowsVisible(true);
        list.setEmptyStateText(getTranslation("cycle.noMoves"));
        list.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        snapshot = CurrentPlan.begin(this, workspace, getTranslation("horizon.title")).orElse(null);
        if (snapshot == null) {
            return;
        }
        quota.setValue(Math.round(snapshot.plan().getPolicy().rotationQuota() * 1000) / 10.0);
        add(CurrentPlan.intro(this, "horizon.intro"));
        if (permissions.canPlan()) {
            FormLayout form = new FormLayout(years, seconds, quota, steps, run, stop);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 6));
            add(form);
        }
        add(progress, status, table, summary, chart, listYear, list);
        // A horizon started earlier (here or in another view) is shown, and followed while it runs.
        horizons.latest(snapshot.scenario().getId()).ifPresent(this::follow);
    }

    void start() {
        Double share = quota.getValue() == null ? null : quota.getValue() / 100.0;
        if (share != null && Math.abs(share - snapshot.plan().getPolicy().rotationQuota()) < 1e-9) {
            share = null; // the scenario's own quota: its problem as it is, as ./lungang horizon without --sweep
        }
        int count = years.getValue() == null ? 0 : years.getValue();
        int limit = seconds.getValue() == null ? 0 : seconds.getValue();
        follow(horizons.start(snapshot.scenario().getId(), count, Duration.ofSeconds(limit), share,
                steps.getValue(), r -> {
                }));
    }

    void stop() {
        polling.stop();
        show(horizons.stop(current.id()));
    }

    private void follow(HorizonRun run) {
        current = run;
        columnsFor = -1;
        chart.removeAll();
        show(run);
        if (run.state() == State.RUNNING) {
            polling.stop();
            polling.start();
        }
    }

    private void show(HorizonRun horizon) {
        if (horizon.id() != current.id()) {
            return;
        }
        State state = horizon.state();
        run.setEnabled(state != State.RUNNING);
        stop.setEnabled(state == State.RUNNING);
        progress.setVisible(state == State.RUNNING);
        progress.setValue(horizon.total() == 0 ? 0 : (double) horizon.done() / horizon.total());
        switch (state) {
            case RUNNING -> status.setText(getTranslation("horizon.running", horizon.done() + 1, horizon.total(),
                    horizon.yearInProgress()));
            case COMPLETED -> status.setText(getTranslation("horizon.done", horizon.total(),
                    horizon.request().firstYear(), horizon.request().firstYear() + horizon.total() - 1)
                    + horizon.result().map(HorizonResult::reproducibility).map(r -> r.repeatable()
                            ? getTranslation("horizon.repeatable", r.stepsPerYear())
                            : getTranslation("horizon.capped", r.stepsPerYear(), r.yearsAtTimeLimit().stream()
                                    .map(String::valueOf).collect(Collectors.joining(", "))))
                            .orElse(""));
            case STOPPED -> status.setText(getTranslation("horizon.stopped", horizon.done(), horizon.total()));
            case FAILED -> status.setText(getTranslation("horizon.failed", horizon.done(),
                    horizon.failure().map(f -> failure(horizon, f)).orElse("")));
        }
        List<SolvedYear> solved = horizon.solved();
        if (!solved.isEmpty() && columnsFor != solved.get(0).figures().coefficients().size()) {
            columns(solved.get(0).figures());
        }
        table.setItems(solved);
        table.setVisible(!solved.isEmpty());
        HorizonResult soFar = horizon.result().orElseGet(() -> new HorizonResult(horizon.request().scenarioName(),
                horizon.request().timePerYear().toSeconds(), solved.stream().map(SolvedYear::figures).toList()));
        summary.removeAll();
        chart.removeAll();
        if (!solved.isEmpty()) {
            summary.add(summary(soFar, state == State.COMPLETED));
            String svg = HorizonReport.svg(soFar);
            chart.add(new Svg(svg.substring(svg.indexOf("<svg"))));
        }
        Integer chosen = listYear.getValue();
        List<Integer> yearsSolved = solved.stream().map(s -> s.figures().year()).toList();
        listYear.setItems(yearsSolved);
        listYear.setVisible(!yearsSolved.isEmpty());
        if (!yearsSolved.isEmpty()) {
            listYear.setValue(chosen != null && yearsSolved.contains(chosen) ? chosen : yearsSolved.get(0));
        }
    }

    /**
     * Why the horizon ended early, in the planner's words: a year whose plan breaks a hard rule (the horizon stops
     * there, as {@code ./lungang horizon} does), or an unexpected error by the reference of its log entry.
     */
    private String failure(HorizonRun horizon, Failure failure) {
        List<SolvedYear> solved = horizon.solved();
        if (!solved.isEmpty() && !solved.get(solved.size() - 1).figures().feasible()) {
            return getTranslation("horizon.infeasibleYear", solved.get(solved.size() - 1).figures().year());
        }
        return getTranslation("error.unexpected", failure.reference());
    }

    /** A column per figure of the year, then one per indicator's coefficient, as the first year lists them. */
    private void columns(HorizonYear first) {
        table.removeAllColumns();
        table.addColumn(s -> s.figures().year()).setHeader(getTranslation("cycle.year")).setKey("year")
                .setAutoWidth(true);
        table.addColumn(s -> s.figures().rotated()).setHeader(getTranslation("horizon.rotated")).setKey("rotated")
                .setAutoWidth(true);
        table.addColumn(s -> s.figures().away()).setHeader(getTranslation("horizon.away")).setAutoWidth(true);
        table.addColumn(s -> s.figures().returned()).setHeader(getTranslation("horizon.returned"))
                .setKey("returned").setAutoWidth(true);
        table.addColumn(s -> s.figures().extended()).setHeader(getTranslation("horizon.extended"))
                .setAutoWidth(true);
        table.addComponentColumn(s -> (s.figures().quotaMet() ? Tone.GOOD : Tone.WARN).badge(getTranslation(
                "horizon.quotaLine", s.figures().quotaSchoolsMet(), s.figures().quotaSchools())))
                .setHeader(getTranslation("horizon.quotaMet")).setKey("quota").setAutoWidth(true);
        table.addColumn(s -> Words.decimal(s.figures().coverage() * 100, 1) + "%")
                .setHeader(getTranslation("horizon.coverage")).setKey("coverage").setAutoWidth(true);
        for (int i = 0; i < first.coefficients().size(); i++) {
            int index = i;
            HorizonYear.Coefficient c = first.coefficients().get(i);
            table.addComponentColumn(s -> {
                HorizonYear.Coefficient v = s.figures().coefficients().get(index);
                return Tone.ofCoefficient(v.after(), v.threshold()).badge(Words.decimal(v.after(), 3));
            }).setHeader(Words.of(c.group()) + " " + Words.of(c.indicator())).setKey(c.key()).setAutoWidth(true);
        }
        columnsFor = first.coefficients().size();
    }

    /** The first year each threshold is met, every one is, and coverage reaches 100 %. */
    private Component summary(HorizonResult result, boolean complete) {
        UnorderedList items = new UnorderedList();
        Map<String, Integer> first = result.firstYearMet();
        for (HorizonYear.Coefficient c : result.years().get(0).coefficients()) {
            Integer year = first.get(c.key());
            items.add(new ListItem(getTranslation("horizon.firstMet", Words.of(c.group()) + " "
                    + Words.of(c.indicator()), Words.decimal(c.threshold(), 2), year == null
                            ? getTranslation(complete ? "horizon.notWithin" : "horizon.notYet")
                            : getTranslation("horizon.inYear", year))));
        }
        Integer all = result.firstYearAllMet();
        items.add(new ListItem(getTranslation("horizon.allMet", all == null
                ? getTranslation(complete ? "horizon.notWithin" : "horizon.notYet")
                : getTranslation("horizon.inYear", all))));
        Integer full = result.firstYearFullCoverage();
        items.add(new ListItem(getTranslation("horizon.fullCoverage", full == null
                ? getTranslation(complete ? "horizon.notWithin" : "horizon.notYet")
                : getTranslation("horizon.inYear", full))));
        return new VerticalLayout(new H3(getTranslation("horizon.thresholds")), items);
    }

    private void showList(Integer year) {
        Optional<SolvedYear> solved = current == null || year == null ? Optional.empty()
                : current.solved().stream().filter(s -> s.figures().year() == year).findFirst();
        list.setVisible(solved.isPresent());
        list.setItems(solved.map(SolvedYear::moves).orElse(new ArrayList<>()));
    }
}
