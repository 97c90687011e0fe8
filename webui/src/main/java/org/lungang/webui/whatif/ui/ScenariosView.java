package org.lungang.webui.whatif.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lungang.webui.base.ui.Confirmations;
import org.lungang.webui.base.ui.Polling;
import org.lungang.webui.base.ui.UiScheduler;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.security.ui.Permissions;
import org.lungang.webui.solve.SolveService;
import org.lungang.webui.sweep.SweepService;
import org.lungang.webui.whatif.BindingRules;
import org.lungang.webui.sweep.ui.SweepPanel;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.ui.CurrentPlan;
import org.lungang.webui.workspace.ui.MainLayout;

/**
 * What-if: the scenarios of the current dataset, solving several at once, two or more side by side
 * ({@link ScenarioComparison}), the policy form to create or edit one ({@link ScenarioForm}), and policy sweeps
 * ({@link SweepPanel}).
 */
@Route(value = "scenarios", layout = MainLayout.class)
@PageTitle("情景对比 · Lungang")
@PermitAll
public class ScenariosView extends VerticalLayout implements BeforeEnterObserver {

    private final ScenarioService scenarios;
    private final PlanService plans;
    private final SolveService solves;
    private final SweepService sweeps;
    private final Workspace workspace;
    private final Permissions permissions;
    private final Polling<Boolean> polling;

    private final Grid<Scenario> grid = new Grid<>();
    private final ScenarioComparison comparison;
    private final ScenarioForm form;
    private final IntegerField seconds = new IntegerField();
    private final Button edit = new Button();
    private final Button delete = new Button();
    private long datasetId;

    public ScenariosView(ScenarioService scenarios, PlanService plans, SolveService solves, SweepService sweeps,
            Workspace workspace, Permissions permissions, UiScheduler scheduler, ObjectMapper objectMapper,
            BindingRules bindingRules) {
        this.scenarios = scenarios;
        this.plans = plans;
        this.solves = solves;
        this.sweeps = sweeps;
        this.workspace = workspace;
        this.permissions = permissions;
        this.comparison = new ScenarioComparison(plans, bindingRules, scheduler);
        this.form = new ScenarioForm(scenarios, objectMapper, () -> {
            workspace.invalidate();
            refresh();
        });
        // Following the jobs of the dataset's scenarios: the state read is whether any of them is still active.
        this.polling = new Polling<>(this, scheduler, Duration.ofSeconds(1), this::anyActive, active -> {
            grid.getDataProvider().refreshAll();
            if (!active) {
                workspace.invalidate();
                compare();
            }
        }, active -> !active, () -> { });
        setWidthFull();

        grid.setId("scenario-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Scenario::getName).setHeader(getTranslation("scenarios.name")).setAutoWidth(true);
        grid.addColumn(s -> Optional.ofNullable(s.getDescription()).orElse(""))
                .setHeader(getTranslation("scenarios.description")).setFlexGrow(2);
        grid.addColumn(form::changes).setHeader(getTranslation("scenarios.changes"))
                .setFlexGrow(3);
        grid.addColumn(this::status).setHeader(getTranslation("scenarios.plan")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("scenarios.empty"));
        grid.addSelectionListener(e -> {
            compare();
            edit.setEnabled(e.getAllSelectedItems().size() == 1);
            delete.setEnabled(!e.getAllSelectedItems().isEmpty());
        });

        seconds.setId("scenario-seconds");
        seconds.setLabel(getTranslation("plan.seconds"));
        seconds.setValue(20);
        seconds.setMin(1);
        edit.setText(getTranslation("scenarios.edit"));
        edit.setId("scenario-edit");
        edit.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(form::startEditing));
        delete.setText(getTranslation("scenarios.delete"));
        delete.setId("scenario-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Scenario> current = workspace.scenario();
        if (current.isEmpty()) {
            add(CurrentPlan.noScenario(this));
            return;
        }
        datasetId = current.get().getDatasetId();
        form.forDataset(datasetId);
        add(new H2(getTranslation("scenarios.title")));
        if (permissions.canPlan()) {
            Button solve = new Button(getTranslation("scenarios.solveSelected"), e -> solveSelected());
            solve.setId("scenario-solve");
            solve.setTooltipText(getTranslation("scenarios.solveHint"));
            solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.setEnabled(false);
            delete.setEnabled(false);
            HorizontalLayout bar = new HorizontalLayout(seconds, solve, edit, delete);
            bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            add(bar);
        }
        add(grid, new H3(getTranslation("scenarios.compare")), comparison);
        if (permissions.canPlan()) {
            form.endEditing();
            add(form, new H3(getTranslation("sweep.title")), new SweepPanel(sweeps, scenarios.list(datasetId),
                    current.get(), created -> refresh()));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(scenarios.list(datasetId));
        compare();
    }

    private void compare() {
        comparison.compare(new ArrayList<>(grid.getSelectedItems()), workspace.scenario());
    }

    private String status(Scenario scenario) {
        if (solves.list(scenario.getId()).stream().anyMatch(j -> j.job().getStatus().isActive())) {
            return getTranslation("status.SOLVING");
        }
        return plans.latest(scenario.getId())
                .map(v -> getTranslation("plan.version", v.getVersionNumber()) + " · " + Words.score(v.getScore()))
                .orElse(getTranslation("scenarios.noPlan"));
    }

    private void confirmDelete() {
        List<Scenario> selected = new ArrayList<>(grid.getSelectedItems());
        if (selected.isEmpty()) {
            return;
        }
        ConfirmDialog dialog = Confirmations.ask("scenario-delete-confirm", getTranslation("scenarios.deleteTitle"),
                getTranslation("scenarios.cancelEdit"), getTranslation("scenarios.delete"), () -> delete(selected));
        dialog.setText(getTranslation("scenarios.deleteText", String.join("、",
                selected.stream().map(Scenario::getName).toList())));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void delete(List<Scenario> selected) {
        try {
            for (Scenario s : selected) {
                scenarios.delete(s.getId());
                if (form.isEditing(s)) {
                    form.endEditing();
                }
            }
            Notification.show(getTranslation("scenarios.deleted", selected.size()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } finally {
            // Some may be deleted before one is refused: the list shows what is left either way.
            workspace.invalidate();
            grid.deselectAll();
            refresh();
        }
    }

    private void solveSelected() {
        // Nothing ticked: the click solves the scenario being worked on (the one in the header), rather than nothing.
        List<Scenario> chosen = grid.getSelectedItems().isEmpty()
                ? workspace.scenario().map(List::of).orElse(List.of())
                : new ArrayList<>(grid.getSelectedItems());
        if (chosen.isEmpty()) {
            Notification.show(getTranslation("scenarios.selectFirst"), 3000, Notification.Position.MIDDLE);
            return;
        }
        int limit = seconds.getValue() == null ? 20 : Math.max(1, seconds.getValue());
        int submitted = 0;
        try {
            for (Scenario s : chosen) {
                // Warm whenever the scenario has a plan, as on the plan page: a re-solve keeps what it achieved.
                solves.submit(s.getId(), Duration.ofSeconds(limit), null);
                submitted++;
            }
            Notification.show(getTranslation("scenarios.submitted", submitted), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } finally {
            // Follow those submitted, even when a later one is refused.
            grid.getDataProvider().refreshAll();
            polling.start();
        }
    }

    /** On the scheduler's thread: whether a job of the dataset's scenarios is still queued or solving. */
    private boolean anyActive() {
        return scenarios.list(datasetId).stream()
                .anyMatch(s -> solves.list(s.getId()).stream().anyMatch(j -> j.job().getStatus().isActive()));
    }
}
