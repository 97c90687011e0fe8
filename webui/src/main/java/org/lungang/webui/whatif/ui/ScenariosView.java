package org.lungang.webui.whatif.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lungang.solver.constraints.ConstraintNames;
import org.lungang.webui.base.ui.BarChart;
import org.lungang.webui.base.ui.EmptyState;
import org.lungang.webui.base.ui.UiScheduler;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.plan.PlanVersion;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.lungang.webui.security.ui.Permissions;
import org.lungang.webui.solve.SolveService;
import org.lungang.webui.sweep.SweepService;
import org.lungang.webui.sweep.ui.SweepPanel;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.ui.MainLayout;

/**
 * What-if: scenarios of the current dataset, a policy form to create one, solving them, two or more side by side
 * with the differences to the first and a chart of the balance coefficients, and policy sweeps ({@link SweepPanel}).
 */
@Route(value = "scenarios", layout = MainLayout.class)
@PageTitle("情景对比 · Lungang")
@PermitAll
public class ScenariosView extends VerticalLayout implements BeforeEnterObserver {

    /** One compared figure: its label and how to read it from a plan's stored KPIs. */
    private record Metric(String label, Function<Plan, Double> value, int digits) {
    }

    /** A scenario's latest plan as stored: the version and its KPIs. */
    record Plan(Scenario scenario, PlanVersion version, JsonNode kpis) {
        double county(String field) {
            return kpis.path("county").path(field).asDouble();
        }
    }

    private final ScenarioService scenarios;
    private final PlanService plans;
    private final SolveService solves;
    private final SweepService sweeps;
    private final Workspace workspace;
    private final Permissions permissions;
    private final UiScheduler scheduler;
    private final ObjectMapper objectMapper;

    private final Grid<Scenario> grid = new Grid<>();
    private final Div comparison = new Div();
    private final TextField name = new TextField();
    private final NumberField quota = percentField("scenarios.quota");
    private final NumberField backbone = percentField("scenarios.backbone");
    private final NumberField exchange = percentField("scenarios.exchange");
    private final IntegerField secondees = new IntegerField();
    private final NumberField commute = new NumberField();
    private final NumberField housing = new NumberField();
    private final IntegerField shortageWeight = new IntegerField();
    private final IntegerField balanceWeight = new IntegerField();
    private final IntegerField commuteWeight = new IntegerField();
    private final IntegerField allianceWeight = new IntegerField();
    private final IntegerField seconds = new IntegerField();
    private final H3 formTitle = new H3();
    private final Button create = new Button();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final Button edit = new Button();
    private final Button delete = new Button();
    /** The scenario the form edits; null when it creates one. */
    private Scenario editing;
    private long datasetId;
    private ScheduledFuture<?> polling;

    public ScenariosView(ScenarioService scenarios, PlanService plans, SolveService solves, SweepService sweeps,
            Workspace workspace, Permissions permissions, UiScheduler scheduler, ObjectMapper objectMapper) {
        this.scenarios = scenarios;
        this.plans = plans;
        this.solves = solves;
        this.sweeps = sweeps;
        this.workspace = workspace;
        this.permissions = permissions;
        this.scheduler = scheduler;
        this.objectMapper = objectMapper;
        setWidthFull();

        grid.setId("scenario-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Scenario::getName).setHeader(getTranslation("scenarios.name")).setAutoWidth(true);
        grid.addColumn(s -> Optional.ofNullable(s.getDescription()).orElse(""))
                .setHeader(getTranslation("scenarios.description")).setFlexGrow(2);
        grid.addColumn(s -> s.getPolicyJson() + " " + s.getWeightsJson() + (s.getHousingBedsFactor() == null ? ""
                : " " + getTranslation("scenarios.housing") + " ×" + Words.decimal(s.getHousingBedsFactor(), 2)))
                .setHeader(getTranslation("scenarios.changes"))
                .setFlexGrow(3);
        grid.addColumn(this::status).setHeader(getTranslation("scenarios.plan")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("scenarios.empty"));
        grid.addSelectionListener(e -> {
            compare(new ArrayList<>(e.getAllSelectedItems()));
            edit.setEnabled(e.getAllSelectedItems().size() == 1);
            delete.setEnabled(!e.getAllSelectedItems().isEmpty());
        });
        comparison.setId("scenario-comparison");
        comparison.setWidthFull();

        name.setLabel(getTranslation("scenarios.name"));
        name.setId("scenario-name");
        secondees.setLabel(getTranslation("scenarios.secondees"));
        secondees.setMin(0);
        commute.setLabel(getTranslation("scenarios.commute"));
        commute.setMin(0);
        commute.setId("scenario-commute");
        // Beds are school data, not policy: the factor is a field of the scenario, applied to the dataset's schools.
        housing.setLabel(getTranslation("scenarios.housing"));
        housing.setHelperText(getTranslation("scenarios.housingHint"));
        housing.setMin(0);
        housing.setStep(0.5);
        housing.setId("scenario-housing");
        for (IntegerField weight : new IntegerField[] {shortageWeight, balanceWeight, commuteWeight, allianceWeight}) {
            weight.setMin(0);
            weight.setHelperText(getTranslation("scenarios.weightHint"));
        }
        shortageWeight.setLabel(getTranslation("scenarios.wShortage"));
        balanceWeight.setLabel(getTranslation("scenarios.wBalance"));
        commuteWeight.setLabel(getTranslation("scenarios.wCommute"));
        allianceWeight.setLabel(getTranslation("scenarios.wAlliance"));
        seconds.setLabel(getTranslation("plan.seconds"));
        seconds.setValue(20);
        seconds.setMin(1);
        quota.setId("scenario-quota");

        create.setText(getTranslation("scenarios.create"));
        create.setId("scenario-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        save.setText(getTranslation("scenarios.save"));
        save.setId("scenario-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("scenarios.cancelEdit"));
        cancel.setId("scenario-cancel");
        cancel.addClickListener(e -> endEditing());
        edit.setText(getTranslation("scenarios.edit"));
        edit.setId("scenario-edit");
        edit.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::startEditing));
        delete.setText(getTranslation("scenarios.delete"));
        delete.setId("scenario-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
    }

    private NumberField percentField(String key) {
        NumberField field = new NumberField(getTranslation(key));
        field.setMin(0);
        field.setMax(100);
        field.setSuffixComponent(new Div("%"));
        return field;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Scenario> current = workspace.scenario();
        if (current.isEmpty()) {
            add(new EmptyState(getTranslation("empty.noScenario"), getTranslation("empty.noScenarioHint")));
            return;
        }
        datasetId = current.get().getDatasetId();
        add(new H2(getTranslation("scenarios.title")));
        if (permissions.canPlan()) {
            Button solve = new Button(getTranslation("scenarios.solveSelected"), e -> solveSelected());
            solve.setId("scenario-solve");
            solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.setEnabled(false);
            delete.setEnabled(false);
            HorizontalLayout bar = new HorizontalLayout(seconds, solve, edit, delete);
            bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            add(bar);
        }
        add(grid, new H3(getTranslation("scenarios.compare")), comparison);
        if (permissions.canPlan()) {
            add(formTitle, form());
            endEditing();
            add(new H3(getTranslation("sweep.title")), new SweepPanel(sweeps, scenarios.list(datasetId), current.get(),
                    created -> refresh()));
        }
        refresh();
    }

    private FormLayout form() {
        HorizontalLayout buttons = new HorizontalLayout(create, save, cancel);
        FormLayout form = new FormLayout(name, quota, backbone, exchange, secondees, commute, housing,
                shortageWeight, balanceWeight, commuteWeight, allianceWeight, buttons);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        return form;
    }

    private void refresh() {
        grid.setItems(scenarios.list(datasetId));
        compare(new ArrayList<>(grid.getSelectedItems()));
    }

    private String status(Scenario scenario) {
        boolean active = solves.list(scenario.getId()).stream().anyMatch(j -> j.job().getStatus().isActive());
        if (active) {
            return getTranslation("status.SOLVING");
        }
        return plans.latest(scenario.getId())
                .map(v -> getTranslation("plan.version", v.getVersionNumber()) + " · " + v.getScore())
                .orElse(getTranslation("scenarios.noPlan"));
    }

    void create() {
        try {
            Scenario created = scenarios.create(spec());
            Notification.show(getTranslation("scenarios.created", created.getName()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            endEditing();
            refresh();
        } catch (RuntimeException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    void save() {
        try {
            Scenario saved = scenarios.update(editing.getId(), spec());
            Notification.show(getTranslation("scenarios.saved", saved.getName()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            workspace.invalidate();
            endEditing();
            refresh();
        } catch (RuntimeException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Fills the form with the scenario's changes; saving replaces them (a new solve uses them). */
    void startEditing(Scenario scenario) {
        editing = scenario;
        JsonNode policy = readTree(scenario.getPolicyJson());
        JsonNode weights = readTree(scenario.getWeightsJson());
        name.setValue(scenario.getName());
        quota.setValue(percent(policy, "rotationQuota"));
        backbone.setValue(percent(policy, "backboneShare"));
        exchange.setValue(percent(policy, "cadreBackboneExchangeShare"));
        secondees.setValue(policy.has("maxSecondeesPerHost") ? policy.get("maxSecondeesPerHost").asInt() : null);
        commute.setValue(policy.has("maxCommuteKm") ? policy.get("maxCommuteKm").asDouble() : null);
        housing.setValue(scenario.getHousingBedsFactor());
        shortageWeight.setValue(soft(weights, ConstraintNames.SHORTAGE_POSTS_FILLED));
        balanceWeight.setValue(soft(weights, ConstraintNames.BALANCE_ABOVE_DEGREE));
        commuteWeight.setValue(soft(weights, ConstraintNames.COMMUTE_DISTANCE));
        allianceWeight.setValue(soft(weights, ConstraintNames.SAME_ALLIANCE));
        formTitle.setText(getTranslation("scenarios.editing", scenario.getName()));
        create.setVisible(false);
        save.setVisible(true);
        cancel.setVisible(true);
    }

    private void endEditing() {
        editing = null;
        for (var field : List.of(quota, backbone, exchange, commute, housing)) {
            field.clear();
        }
        for (var field : List.of(secondees, shortageWeight, balanceWeight, commuteWeight, allianceWeight)) {
            field.clear();
        }
        name.clear();
        formTitle.setText(getTranslation("scenarios.new"));
        create.setVisible(true);
        save.setVisible(false);
        cancel.setVisible(false);
    }

    private JsonNode readTree(String json) {
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored scenario is not valid JSON", e);
        }
    }

    private static Double percent(JsonNode policy, String field) {
        return policy.has(field) ? Math.round(policy.get(field).asDouble() * 100_000) / 1000.0 : null;
    }

    /** The soft part of a weight written {@code 0hard/0medium/2soft}; null when the scenario leaves it. */
    private static Integer soft(JsonNode weights, String constraint) {
        String text = weights.path(constraint).asText("");
        int slash = text.lastIndexOf('/');
        if (slash < 0 || !text.endsWith("soft")) {
            return null;
        }
        try {
            return Integer.valueOf(text.substring(slash + 1, text.length() - "soft".length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void confirmDelete() {
        List<Scenario> selected = new ArrayList<>(grid.getSelectedItems());
        if (selected.isEmpty()) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("scenario-delete-confirm");
        dialog.setHeader(getTranslation("scenarios.deleteTitle"));
        dialog.setText(getTranslation("scenarios.deleteText", String.join("、",
                selected.stream().map(Scenario::getName).toList())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("scenarios.cancelEdit"));
        dialog.setConfirmText(getTranslation("scenarios.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> delete(selected));
        dialog.open();
    }

    private void delete(List<Scenario> selected) {
        try {
            for (Scenario s : selected) {
                scenarios.delete(s.getId());
                if (editing != null && editing.getId().equals(s.getId())) {
                    endEditing();
                }
            }
            Notification.show(getTranslation("scenarios.deleted", selected.size()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        workspace.invalidate();
        grid.deselectAll();
        refresh();
    }

    /** The form as a scenario: only the fields filled in change the dataset's policy. */
    private ScenarioSpec spec() {
        ObjectNode policy = objectMapper.createObjectNode();
        share(policy, "rotationQuota", quota.getValue());
        share(policy, "backboneShare", backbone.getValue());
        share(policy, "cadreBackboneExchangeShare", exchange.getValue());
        if (secondees.getValue() != null) {
            policy.put("maxSecondeesPerHost", secondees.getValue());
        }
        if (commute.getValue() != null) {
            policy.put("maxCommuteKm", commute.getValue());
        }
        Map<String, String> weights = new LinkedHashMap<>();
        weight(weights, ConstraintNames.SHORTAGE_POSTS_FILLED, shortageWeight.getValue());
        if (balanceWeight.getValue() != null) {
            for (String c : List.of(ConstraintNames.BALANCE_ABOVE_DEGREE, ConstraintNames.BALANCE_BACKBONE,
                    ConstraintNames.BALANCE_PE_ARTS)) {
                weight(weights, c, balanceWeight.getValue());
            }
        }
        weight(weights, ConstraintNames.COMMUTE_DISTANCE, commuteWeight.getValue());
        weight(weights, ConstraintNames.SAME_ALLIANCE, allianceWeight.getValue());
        String description = describe();
        if (description.isEmpty() && editing != null) {
            description = editing.getDescription();
        }
        return new ScenarioSpec(datasetId, name.getValue(), description, policy, weights, housing.getValue());
    }

    private String describe() {
        List<String> parts = new ArrayList<>();
        if (quota.getValue() != null) {
            parts.add(getTranslation("scenarios.quota") + " " + Words.decimal(quota.getValue(), 0) + "%");
        }
        if (commute.getValue() != null) {
            parts.add(getTranslation("scenarios.commute") + " " + Words.decimal(commute.getValue(), 0));
        }
        if (housing.getValue() != null) {
            parts.add(getTranslation("scenarios.housing") + " ×" + Words.decimal(housing.getValue(), 1));
        }
        return String.join("，", parts);
    }

    private static void share(ObjectNode policy, String field, Double percent) {
        if (percent != null) {
            policy.put(field, percent / 100.0);
        }
    }

    private static void weight(Map<String, String> weights, String constraint, Integer soft) {
        if (soft != null) {
            weights.put(constraint, "0hard/0medium/" + soft + "soft");
        }
    }

    private void solveSelected() {
        if (grid.getSelectedItems().isEmpty()) {
            Notification.show(getTranslation("scenarios.selectFirst"), 3000, Notification.Position.MIDDLE);
            return;
        }
        int limit = seconds.getValue() == null ? 20 : Math.max(1, seconds.getValue());
        try {
            for (Scenario s : grid.getSelectedItems()) {
                solves.submit(s.getId(), Duration.ofSeconds(limit), false);
            }
        } catch (RuntimeException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        grid.getDataProvider().refreshAll();
        follow();
    }

    /** Refreshes the list and the comparison by server push until no job of this dataset is active. */
    private void follow() {
        if (polling != null) {
            return;
        }
        UI ui = UI.getCurrent();
        List<Long> ids = scenarios.list(datasetId).stream().map(Scenario::getId).toList();
        polling = scheduler.every(Duration.ofSeconds(1), () -> {
            boolean active = ids.stream().anyMatch(id -> solves.list(id).stream()
                    .anyMatch(j -> j.job().getStatus().isActive()));
            ui.access(() -> {
                grid.getDataProvider().refreshAll();
                if (!active) {
                    stopFollowing();
                    workspace.invalidate();
                    compare(new ArrayList<>(grid.getSelectedItems()));
                }
            });
        });
    }

    private void stopFollowing() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopFollowing();
        super.onDetach(event);
    }

    private Optional<Plan> plan(Scenario scenario) {
        return plans.latest(scenario.getId()).map(v -> {
            try {
                return new Plan(scenario, v, objectMapper.readTree(plans.get(v.getId()).getKpisJson()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    void compare(List<Scenario> selected) {
        comparison.removeAll();
        List<Plan> compared = selected.stream().map(this::plan).flatMap(Optional::stream).toList();
        if (compared.size() < 2) {
            comparison.add(new EmptyState(getTranslation("scenarios.compareEmpty"),
                    getTranslation("scenarios.compareHint")));
            return;
        }
        List<Metric> metrics = new ArrayList<>(List.of(
                new Metric(getTranslation("scenarios.mRotated"), p -> p.county("rotated"), 0),
                new Metric(getTranslation("scenarios.mQuotaSchools"), p -> p.county("quotaSchoolsMet"), 0),
                new Metric(getTranslation("overview.backboneShare"), p -> p.county("backboneShare") * 100, 1),
                new Metric(getTranslation("overview.cadreShare"), p -> p.county("cadreBackboneShare") * 100, 1),
                new Metric(getTranslation("overview.commute"), p -> p.kpis().path("commute").path("meanKm").asDouble(), 1),
                new Metric(getTranslation("scenarios.mFilled"), p -> {
                    double filled = 0;
                    for (JsonNode s : p.kpis().path("shortages")) {
                        filled += s.path("filled").asDouble();
                    }
                    return filled;
                }, 0),
                new Metric(getTranslation("scenarios.mShortfalls"), p -> (double) p.kpis().path("shortfalls").size(), 0)));
        JsonNode indicators = compared.get(0).kpis().path("indicators");
        for (int i = 0; i < indicators.size(); i++) {
            int index = i;
            JsonNode k = indicators.get(i);
            metrics.add(new Metric(getTranslation("group." + k.path("group").asText()) + " · "
                    + getTranslation("indicator." + k.path("indicator").asText()) + " CV",
                    p -> p.kpis().path("indicators").path(index).path("coefficientAfter").asDouble(), 3));
        }

        Grid<Metric> table = new Grid<>();
        table.setId("comparison-grid");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.addColumn(Metric::label).setHeader(getTranslation("scenarios.metric")).setAutoWidth(true);
        Plan first = compared.get(0);
        for (Plan p : compared) {
            table.addColumn(m -> {
                double v = m.value().apply(p);
                String text = Words.decimal(v, m.digits());
                if (p == first) {
                    return text;
                }
                double delta = v - m.value().apply(first);
                return text + "（Δ " + (delta >= 0 ? "+" : "") + Words.decimal(delta, m.digits()) + "）";
            }).setHeader(p.scenario().getName()).setAutoWidth(true);
        }
        table.setItems(metrics);
        table.setAllRowsVisible(true);
        comparison.add(table);

        List<BarChart.Group> groups = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            int index = i;
            JsonNode k = indicators.get(i);
            groups.add(new BarChart.Group(getTranslation("group." + k.path("group").asText()) + " "
                    + getTranslation("indicator." + k.path("indicator").asText()),
                    compared.stream().map(p -> p.kpis().path("indicators").path(index).path("coefficientAfter")
                            .asDouble()).toList(), k.path("threshold").asDouble()));
        }
        Div chart = new Div(BarChart.of(getTranslation("scenarios.chart"),
                compared.stream().map(p -> p.scenario().getName()).toList(), groups));
        chart.setId("comparison-chart");
        chart.getStyle().set("overflow-x", "auto");
        comparison.add(chart);
    }
}
