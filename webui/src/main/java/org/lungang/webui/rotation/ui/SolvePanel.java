package org.lungang.webui.rotation.ui;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
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
import org.lungang.webui.plan.PlanVersion;
import org.lungang.webui.solve.SolveService;
import org.lungang.webui.solve.SolveService.JobState;
import org.lungang.webui.workspace.Workspace.Snapshot;

/**
 * Solving the current scenario with live progress: the controls (time limit, warm start, solve, stop, versions) for
 * the view's heading, and this progress line (status, score, elapsed time and the best plan's figures, pushed to the
 * browser as the solver improves). Each new best plan saved also refreshes the rotation list, at most about once a
 * second. Warm start is ticked whenever the scenario has a plan; a solve that ends worse than the plan it would
 * replace is kept as a version but not made current, and the planner is told so.
 */
class SolvePanel extends Div {

    static final Duration POLL = Duration.ofMillis(700);
    /** The rotation list is shown again at most this often while a solve improves the plan. */
    static final Duration LIST_REFRESH = Duration.ofSeconds(1);

    /**
     * What one poll read: the job, the figures of its best plan so far (null before it has one) and when that plan
     * was last saved.
     */
    private record Progress(JobState state, PlanKpis kpis, Instant savedAt) {
    }

    private final SolveService solves;
    private final PlanService plans;
    private final Runnable finished;
    private final Runnable improved;
    private final Polling<Progress> polling;

    private final IntegerField seconds = new IntegerField();
    private final Checkbox warmStart = new Checkbox();
    private final Button solve = new Button();
    private final Button stop = new Button();
    private final Anchor versions = new Anchor("versions");
    private final HorizontalLayout controls = new HorizontalLayout(seconds, warmStart, solve, stop, versions);
    private final Span status = new Span();
    private final Span score = new Span();
    private final Span elapsed = new Span();
    private final Span figures = new Span();
    private final ProgressBar bar = new ProgressBar();

    private Snapshot snapshot;
    private Long runningJob;
    private Instant shownSavedAt;
    private Instant listShownAt = Instant.MIN;

    /**
     * @param finished told on the UI thread when a followed job has ended (its plan is saved); it shows the new plan
     *                 through {@link #showIdle(Snapshot)}
     * @param improved told on the UI thread when a followed job has saved a better plan, at most once per
     *                 {@link #LIST_REFRESH}; it shows the plan as saved now (the list), leaving this panel alone
     */
    SolvePanel(SolveService solves, PlanService plans, UiScheduler scheduler, Runnable finished, Runnable improved) {
        this.solves = solves;
        this.plans = plans;
        this.finished = finished;
        this.improved = improved;
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
        warmStart.setId("solve-warm-start");
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
        versions.setText(getTranslation("versions.link"));
        versions.setId("versions-link");
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
        // A warm start keeps what the current plan achieved (and the planner's edits): the default whenever there is
        // one, on every visit and after a reload.
        warmStart.setValue(current.version().isPresent());
        solves.list(current.scenario().getId()).stream()
                .filter(job -> job.job().getStatus().isActive())
                .findFirst()
                .ifPresentOrElse(this::follow, () -> showIdle(current));
    }

    /** The plan as it is, with no job running. */
    void showIdle(Snapshot current) {
        if (snapshot != null && snapshot.version().isEmpty() && current.version().isPresent()) {
            warmStart.setValue(true);
        }
        snapshot = current;
        warmStart.setEnabled(current.version().isPresent());
        bar.setVisible(false);
        solve.setEnabled(true);
        stop.setEnabled(false);
        status.setText(snapshot.version().isPresent()
                ? getTranslation("plan.version", snapshot.version().get().getVersionNumber())
                : getTranslation(snapshot.unsolvedKey(), snapshot.kpis().county().rotated()));
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
        shownSavedAt = null;
        showProgress(new Progress(state, null, null));
        polling.stop();
        polling.start();
    }

    /** On the scheduler's thread: the job and its best plan's figures. */
    private Progress read() {
        JobState state = solves.status(runningJob);
        if (state.planId() == null) {
            return new Progress(state, null, null);
        }
        return new Progress(state, plans.kpis(state.planId()).orElse(null), plans.get(state.planId()).getUpdatedAt());
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
        } else if (progress.savedAt() != null && !progress.savedAt().equals(shownSavedAt)
                && Duration.between(listShownAt, Instant.now()).compareTo(LIST_REFRESH) >= 0) {
            shownSavedAt = progress.savedAt();
            listShownAt = Instant.now();
            improved.run();
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
        } else if (state.planId() != null) {
            tellIfSetAside(plans.get(state.planId()));
        }
    }

    /** A solve that ended worse than the plan it would replace: the planner learns it, and where to restore it. */
    private void tellIfSetAside(PlanVersion version) {
        if (!version.isSetAside()) {
            return;
        }
        Span text = new Span(getTranslation("solve.setAside", version.getVersionNumber(),
                Words.score(version.getScore()), version.getBasedOnVersion()));
        Anchor link = new Anchor("versions", getTranslation("versions.link"));
        Notification notification = new Notification();
        notification.setId("solve-set-aside");
        notification.add(new Div(text), link);
        notification.setDuration(15000);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.open();
        status.setText(getTranslation("solve.setAsideStatus", version.getVersionNumber()));
    }

    private String figures(PlanKpis kpis) {
        CountyKpis county = kpis.county();
        return getTranslation("plan.kpiLine", county.rotated(), county.quotaSchoolsMet(), county.quotaSchools());
    }
}
