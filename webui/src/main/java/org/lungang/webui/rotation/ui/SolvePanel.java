package org.lungang.webui.rotation.ui;

import java.time.Duration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import org.lungang.solver.kpi.CountyKpis;
import org.lungang.solver.kpi.PlanKpis;
import org.lungang.webui.base.ui.Polling;
import org.lungang.webui.base.ui.UiScheduler;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.solve.SolveService;
import org.lungang.webui.solve.SolveService.JobState;
import org.lungang.webui.workspace.Workspace.Snapshot;

/**
 * Solving the current scenario with live progress: the controls (time limit, warm start, solve, stop) for the view's
 * heading, and this progress line (status, score, elapsed time and the best plan's figures, pushed to the browser as
 * the solver improves).
 */
class SolvePanel extends Div {

    static final Duration POLL = Duration.ofMillis(700);

    /** What one poll read: the job and the figures of its best plan so far (null before it has one). */
    private record Progress(JobState state, PlanKpis kpis) {
    }

    private final SolveService solves;
    private final PlanService plans;
    private final Runnable finished;
    private final Polling<Progress> polling;

    private final IntegerField seconds = new IntegerField();
    private final Checkbox warmStart = new Checkbox();
    private final Button solve = new Button();
    private final Button stop = new Button();
    private final HorizontalLayout controls = new HorizontalLayout(seconds, warmStart, solve, stop);
    private final Span status = new Span();
    private final Span score = new Span();
    private final Span elapsed = new Span();
    private final Span figures = new Span();
    private final ProgressBar bar = new ProgressBar();

    private Snapshot snapshot;
    private Long runningJob;

    /**
     * @param finished told on the UI thread when a followed job has ended (its plan is saved); it shows the new plan
     *                 through {@link #showIdle(Snapshot)}
     */
    SolvePanel(SolveService solves, PlanService plans, UiScheduler scheduler, Runnable finished) {
        this.solves = solves;
        this.plans = plans;
        this.finished = finished;
        this.polling = new Polling<>(this, scheduler, POLL, this::read, this::showProgress,
                p -> !p.state().job().getStatus().isActive(), () -> status.setText(getTranslation("plan.pollFailed")));

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
        solve.addClickListener(e -> start());
        stop.setText(getTranslation("plan.stop"));
        stop.setIcon(VaadinIcon.STOP.create());
        stop.setId("stop-button");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.addClickListener(e -> {
            if (runningJob != null) {
                solves.stop(runningJob);
            }
        });
        stop.setEnabled(false);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        bar.setIndeterminate(true);
        bar.setVisible(false);
        bar.setWidth("12em");
        status.setId("solve-status");
        score.setId("solve-score");
        elapsed.setId("solve-elapsed");
        figures.setId("solve-kpis");
        add(status, bar, score, elapsed, figures);
        setId("solve-progress");
        getElement().setAttribute("aria-live", "polite");
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap")
                .set("align-items", "center");
    }

    /** The controls, for the view's heading; hidden from those who may not plan. */
    HorizontalLayout controls(boolean canPlan) {
        controls.setVisible(canPlan);
        return controls;
    }

    boolean isSolving() {
        return runningJob != null;
    }

    /** Shows the plan's state, and follows the scenario's solve job if one is running. */
    void show(Snapshot current) {
        snapshot = current;
        solves.list(current.scenario().getId()).stream()
                .filter(job -> job.job().getStatus().isActive())
                .findFirst()
                .ifPresentOrElse(this::follow, () -> showIdle(current));
    }

    /** The plan as it is, with no job running. */
    void showIdle(Snapshot current) {
        snapshot = current;
        bar.setVisible(false);
        solve.setEnabled(true);
        stop.setEnabled(false);
        status.setText(snapshot.version().isPresent()
                ? getTranslation("plan.version", snapshot.version().get().getVersionNumber())
                : getTranslation("overview.noPlanYet"));
        score.setText(getTranslation("plan.score", Words.score(snapshot.score())));
        elapsed.setText("");
        figures.setText(figures(snapshot.kpis()));
    }

    private void start() {
        Integer limit = seconds.getValue();
        if (limit == null || limit < 1) {
            seconds.setInvalid(true);
            seconds.setErrorMessage(getTranslation("plan.secondsInvalid"));
            return;
        }
        follow(solves.submit(snapshot.scenario().getId(), Duration.ofSeconds(limit),
                warmStart.getValue() && snapshot.version().isPresent()));
    }

    private void follow(JobState state) {
        runningJob = state.job().getId();
        solve.setEnabled(false);
        stop.setEnabled(true);
        bar.setVisible(true);
        showProgress(new Progress(state, null));
        polling.stop();
        polling.start();
    }

    /** On the scheduler's thread: the job and its best plan's figures. */
    private Progress read() {
        JobState state = solves.status(runningJob);
        return new Progress(state, state.planId() == null ? null : plans.kpis(state.planId()).orElse(null));
    }

    private void showProgress(Progress progress) {
        JobState state = progress.state();
        status.setText(getTranslation("status." + state.job().getStatus().name()));
        score.setText(getTranslation("plan.score", Words.score(state.job().getBestScore())));
        elapsed.setText(getTranslation("plan.elapsed", state.elapsed().toSeconds(), state.job().getTimeLimitSeconds()));
        if (progress.kpis() != null) {
            figures.setText(figures(progress.kpis()));
        }
        if (!state.job().getStatus().isActive() && runningJob != null) {
            end(state);
        }
    }

    private void end(JobState state) {
        polling.stop();
        runningJob = null;
        finished.run();
        status.setText(getTranslation("status." + state.job().getStatus().name()));
        if (state.job().getErrorMessage() != null) {
            Notification.show(getTranslation("plan.solveFailed", state.job().getId()), 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private String figures(PlanKpis kpis) {
        CountyKpis county = kpis.county();
        return getTranslation("plan.kpiLine", county.rotated(), county.quotaSchoolsMet(), county.quotaSchools());
    }
}
