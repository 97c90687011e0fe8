package org.lungang.webui.rotation.ui;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.explain.Labels;
import org.lungang.solver.explain.MoveExplainer;
import org.lungang.solver.explain.MoveExplanation;
import org.lungang.webui.base.ui.EmptyState;
import org.lungang.webui.base.ui.Filters;
import org.lungang.webui.base.ui.UiScheduler;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.plan.PlanVersion;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.security.ui.Permissions;
import org.lungang.webui.solve.SolveService;
import org.lungang.webui.solve.SolveService.JobState;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.Workspace.Snapshot;
import org.lungang.webui.workspace.ui.MainLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rotation list with filters and sorting; solving with live progress (score, elapsed time and the best plan's
 * figures, pushed to the browser as the solver improves); a row opens the teacher's move to pin, forbid, change by
 * hand or compare with the recommended destinations.
 */
@Route(value = "plan", layout = MainLayout.class)
@PageTitle("轮岗方案 · Lungang")
@PermitAll
public class PlanView extends VerticalLayout implements BeforeEnterObserver {

    static final Duration POLL = Duration.ofMillis(700);
    private static final Logger LOG = LoggerFactory.getLogger(PlanView.class);

    private final Workspace workspace;
    private final SolveService solves;
    private final PlanService plans;
    private final ScenarioService scenarios;
    private final UiScheduler scheduler;
    private final Permissions permissions;
    private final ObjectMapper objectMapper;

    private final Grid<Row> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<Subject> subject = new ComboBox<>();
    private final ComboBox<RotationKind> kind = new ComboBox<>();
    private final Checkbox pinnedOnly = new Checkbox();
    private final IntegerField seconds = new IntegerField();
    private final Checkbox warmStart = new Checkbox();
    private final Button solve = new Button();
    private final Button stop = new Button();
    private final Span progressStatus = new Span();
    private final Span progressScore = new Span();
    private final Span progressElapsed = new Span();
    private final Span progressKpis = new Span();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span summary = new Span();

    private List<Row> rows = List.of();
    private Snapshot snapshot;
    private Long runningJob;
    private ScheduledFuture<?> polling;

    /** One line of the rotation list. */
    record Row(Rotation rotation, String teacher, String from, String to, Subject subject, RotationKind kind,
            double km, boolean pinned, String why) {
    }

    public PlanView(Workspace workspace, SolveService solves, PlanService plans, ScenarioService scenarios,
            UiScheduler scheduler, Permissions permissions, ObjectMapper objectMapper) {
        this.workspace = workspace;
        this.solves = solves;
        this.plans = plans;
        this.scenarios = scenarios;
        this.scheduler = scheduler;
        this.permissions = permissions;
        this.objectMapper = objectMapper;
        setSizeFull();
        buildControls();
    }

    private void buildControls() {
        seconds.setLabel(getTranslation("plan.seconds"));
        seconds.setValue(30);
        seconds.setMin(1);
        seconds.setMax(7200);
        seconds.setStepButtonsVisible(true);
        seconds.setWidth("9em");
        seconds.setId("solve-seconds");
        warmStart.setLabel(getTranslation("plan.warmStart"));
        solve.setText(getTranslation("plan.solve"));
        solve.setIcon(VaadinIcon.PLAY.create());
        solve.setId("solve-button");
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        solve.addClickListener(e -> startSolve());
        stop.setText(getTranslation("plan.stop"));
        stop.setIcon(VaadinIcon.STOP.create());
        stop.setId("stop-button");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.addClickListener(e -> stopSolve());
        stop.setEnabled(false);

        Filters.search(search, getTranslation("plan.search"), this::applyFilter);
        Filters.choice(subject, getTranslation("subject"), List.of(Subject.values()), Words::of, this::applyFilter);
        Filters.choice(kind, getTranslation("plan.kind"), List.of(RotationKind.values()),
                k -> getTranslation("kind." + k.name()), this::applyFilter);
        pinnedOnly.setLabel(getTranslation("plan.pinnedOnly"));
        pinnedOnly.setId("pinned-only");
        summary.setId("plan-count");
        pinnedOnly.addValueChangeListener(e -> applyFilter());

        grid.setId("rotation-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Row::teacher).setHeader(getTranslation("plan.teacher")).setSortable(true).setAutoWidth(true);
        grid.addColumn(Row::from).setHeader(getTranslation("plan.from")).setSortable(true).setAutoWidth(true);
        grid.addColumn(Row::to).setHeader(getTranslation("plan.to")).setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> Words.of(r.subject())).setHeader(getTranslation("subject")).setSortable(true)
                .setComparator(Comparator.comparing(Row::subject)).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("kind." + r.kind().name())).setHeader(getTranslation("plan.kind"))
                .setSortable(true).setComparator(Comparator.comparing(Row::kind)).setAutoWidth(true);
        grid.addColumn(r -> Labels.km(r.km())).setHeader(getTranslation("plan.km")).setSortable(true)
                .setComparator(Comparator.comparingDouble(Row::km)).setAutoWidth(true);
        grid.addComponentColumn(r -> r.pinned() ? pinIcon() : new Span())
                .setHeader(getTranslation("plan.pinned")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::why).setHeader(getTranslation("plan.why")).setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("plan.empty"));
        grid.addItemClickListener(e -> openMove(e.getItem()));
    }

    private Span pinIcon() {
        Span pin = new Span(VaadinIcon.PIN.create());
        pin.getElement().setAttribute("aria-label", getTranslation("plan.pinned"));
        pin.getElement().setAttribute("title", getTranslation("plan.pinned"));
        return pin;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        snapshot = workspace.snapshot().orElse(null);
        if (snapshot == null) {
            add(new EmptyState(getTranslation("empty.noScenario"), getTranslation("empty.noScenarioHint")));
            return;
        }
        boolean canPlan = permissions.canPlan();
        solve.setVisible(canPlan);
        stop.setVisible(canPlan);
        seconds.setVisible(canPlan);
        warmStart.setVisible(canPlan);

        H2 title = new H2(getTranslation("plan.title"));
        HorizontalLayout solveBar = new HorizontalLayout(seconds, warmStart, solve, stop);
        solveBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(MainLayout.toolbar(title, new Span(snapshot.name()), solveBar));

        progressBar.setIndeterminate(true);
        progressBar.setVisible(false);
        progressBar.setWidth("12em");
        progressStatus.setId("solve-status");
        progressScore.setId("solve-score");
        progressElapsed.setId("solve-elapsed");
        progressKpis.setId("solve-kpis");
        Div progress = new Div(progressStatus, progressBar, progressScore, progressElapsed, progressKpis);
        progress.setId("solve-progress");
        progress.getElement().setAttribute("aria-live", "polite");
        progress.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap")
                .set("align-items", "center");
        add(progress);

        HorizontalLayout filters = new HorizontalLayout(search, subject, kind, pinnedOnly, summary);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters);
        add(grid);
        setFlexGrow(1, grid);

        showPlan(snapshot);
        solves.list(snapshot.scenario().getId()).stream()
                .filter(job -> job.job().getStatus().isActive())
                .findFirst()
                .ifPresentOrElse(this::follow, () -> showIdle(snapshot));
    }

    private void showPlan(Snapshot s) {
        Map<String, MoveExplanation> why = MoveExplainer.explainAll(s.plan()).stream()
                .collect(Collectors.toMap(MoveExplanation::teacherId, Function.identity(), (a, b) -> a));
        rows = s.plan().getRotations().stream()
                .filter(Rotation::isMoving)
                .map(r -> new Row(r, r.getTeacher().name(), r.getHomeSchool().getName(), r.getDestination().getName(),
                        r.getSubject(), r.getKind(), r.getCommuteKm(), r.isPinnedByPlanner(),
                        firstSentence(why.get(r.getId()))))
                .sorted(Comparator.comparing(Row::from).thenComparing(Row::teacher))
                .toList();
        applyFilter();
    }

    private String firstSentence(MoveExplanation explanation) {
        if (explanation == null) {
            return "";
        }
        List<String> sentences = Words.english() ? explanation.en() : explanation.zh();
        return String.join(Words.english() ? " " : "", sentences.stream().skip(1).limit(2).toList());
    }

    private void applyFilter() {
        String text = search.getValue() == null ? "" : search.getValue().trim().toLowerCase();
        List<Row> shown = rows.stream()
                .filter(r -> text.isEmpty() || r.teacher().toLowerCase().contains(text)
                        || r.from().toLowerCase().contains(text) || r.to().toLowerCase().contains(text)
                        || r.rotation().getId().toLowerCase().contains(text))
                .filter(r -> subject.getValue() == null || r.subject() == subject.getValue())
                .filter(r -> kind.getValue() == null || r.kind() == kind.getValue())
                .filter(r -> !pinnedOnly.getValue() || r.pinned())
                .toList();
        grid.setItems(shown);
        summary.setText(getTranslation("plan.count", shown.size(), rows.size()));
    }

    private void showIdle(Snapshot s) {
        progressBar.setVisible(false);
        solve.setEnabled(true);
        stop.setEnabled(false);
        progressStatus.setText(s.version().isPresent()
                ? getTranslation("plan.version", s.version().get().getVersionNumber())
                : getTranslation("overview.noPlanYet"));
        progressScore.setText(getTranslation("plan.score", String.valueOf(s.score())));
        progressElapsed.setText("");
        progressKpis.setText(kpiLine(s.kpis().county().rotated(), s.kpis().county().quotaSchoolsMet(),
                s.kpis().county().quotaSchools()));
    }

    private String kpiLine(int rotated, int quotaMet, int quotaSchools) {
        return getTranslation("plan.kpiLine", rotated, quotaMet, quotaSchools);
    }

    private void startSolve() {
        Integer limit = seconds.getValue();
        if (limit == null || limit < 1) {
            seconds.setInvalid(true);
            seconds.setErrorMessage(getTranslation("plan.secondsInvalid"));
            return;
        }
        try {
            JobState state = solves.submit(snapshot.scenario().getId(), Duration.ofSeconds(limit),
                    warmStart.getValue() && snapshot.version().isPresent());
            follow(state);
        } catch (RuntimeException e) {
            error(e);
        }
    }

    private void stopSolve() {
        if (runningJob != null) {
            try {
                solves.stop(runningJob);
            } catch (RuntimeException e) {
                error(e);
            }
        }
    }

    private void follow(JobState state) {
        runningJob = state.job().getId();
        solve.setEnabled(false);
        stop.setEnabled(true);
        progressBar.setVisible(true);
        showProgress(state, null);
        cancelPolling();
        UI ui = UI.getCurrent();
        long jobId = runningJob;
        polling = scheduler.every(POLL, () -> poll(ui, jobId));
    }

    /** On the scheduler's thread: reads the job and its plan, then pushes the figures to the browser. */
    private void poll(UI ui, long jobId) {
        try {
            JobState state = solves.status(jobId);
            PlanVersion version = state.planId() == null ? null : plans.get(state.planId());
            ui.access(() -> {
                showProgress(state, version);
                if (!state.job().getStatus().isActive()) {
                    finished(state);
                }
            });
        } catch (RuntimeException e) {
            // A failed poll must not end the polling silently: say so on the page; the next poll tries again.
            LOG.warn("Reading solve job {} failed", jobId, e);
            ui.access(() -> progressStatus.setText(getTranslation("plan.pollFailed")));
        }
    }

    private void showProgress(JobState state, PlanVersion version) {
        progressStatus.setText(getTranslation("status." + state.job().getStatus().name()));
        progressScore.setText(getTranslation("plan.score",
                state.job().getBestScore() == null ? "—" : state.job().getBestScore()));
        progressElapsed.setText(getTranslation("plan.elapsed", state.elapsed().toSeconds(),
                state.job().getTimeLimitSeconds()));
        if (version != null && version.getKpisJson() != null) {
            try {
                JsonNode county = objectMapper.readTree(version.getKpisJson()).path("county");
                progressKpis.setText(kpiLine(county.path("rotated").asInt(), county.path("quotaSchoolsMet").asInt(),
                        county.path("quotaSchools").asInt()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                progressKpis.setText("");
            }
        }
    }

    private void finished(JobState state) {
        cancelPolling();
        runningJob = null;
        workspace.invalidate();
        snapshot = workspace.snapshot().orElse(snapshot);
        showPlan(snapshot);
        showIdle(snapshot);
        progressStatus.setText(getTranslation("status." + state.job().getStatus().name()));
        if (state.job().getErrorMessage() != null) {
            Notification.show(state.job().getErrorMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void cancelPolling() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        cancelPolling();
        super.onDetach(event);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (runningJob != null && polling == null) {
            UI ui = event.getUI();
            long jobId = runningJob;
            polling = scheduler.every(POLL, () -> poll(ui, jobId));
        }
    }

    private void openMove(Row row) {
        new MoveDialog(snapshot, row.rotation(), workspace, scenarios, plans, permissions.canPlan() && runningJob == null,
                this::refreshAfterChange).open();
    }

    private void refreshAfterChange() {
        workspace.invalidate();
        snapshot = workspace.snapshot().orElse(snapshot);
        showPlan(snapshot);
        showIdle(snapshot);
    }

    /** Rows currently shown, for tests. */
    List<Row> shownRows() {
        return grid.getListDataView().getItems().toList();
    }

    private void error(RuntimeException e) {
        Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
