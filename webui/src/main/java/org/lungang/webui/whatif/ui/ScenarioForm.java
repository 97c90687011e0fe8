package org.lungang.webui.whatif.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import org.lungang.solver.domain.ConstraintNames;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;

/**
 * The policy form: a new scenario of the dataset, or the changes of one being edited. Only the fields filled in
 * change the dataset's policy; a weight is the soft level of the constraint's score.
 */
class ScenarioForm extends VerticalLayout {

    private final ScenarioService scenarios;
    private final ObjectMapper objectMapper;
    private final Runnable saved;

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
    private final H3 title = new H3();
    private final Button create = new Button();
    private final Button save = new Button();
    private final Button cancel = new Button();
    /** The scenario the form edits; null when it creates one. */
    private Scenario editing;
    private long datasetId;

    /** @param saved told when a scenario was created or saved */
    ScenarioForm(ScenarioService scenarios, ObjectMapper objectMapper, Runnable saved) {
        this.scenarios = scenarios;
        this.objectMapper = objectMapper;
        this.saved = saved;
        setPadding(false);

        name.setLabel(getTranslation("scenarios.name"));
        name.setId("scenario-name");
        quota.setId("scenario-quota");
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
        for (IntegerField weight : List.of(shortageWeight, balanceWeight, commuteWeight, allianceWeight)) {
            weight.setMin(0);
            weight.setHelperText(getTranslation("scenarios.weightHint"));
        }
        shortageWeight.setLabel(getTranslation("scenarios.wShortage"));
        balanceWeight.setLabel(getTranslation("scenarios.wBalance"));
        commuteWeight.setLabel(getTranslation("scenarios.wCommute"));
        allianceWeight.setLabel(getTranslation("scenarios.wAlliance"));

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

        FormLayout form = new FormLayout(name, quota, backbone, exchange, secondees, commute, housing,
                shortageWeight, balanceWeight, commuteWeight, allianceWeight, new HorizontalLayout(create, save, cancel));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(title, form);
        endEditing();
    }

    private NumberField percentField(String key) {
        NumberField field = new NumberField(getTranslation(key));
        field.setMin(0);
        field.setMax(100);
        field.setSuffixComponent(new Div("%"));
        return field;
    }

    void forDataset(long datasetId) {
        this.datasetId = datasetId;
    }

    boolean isEditing(Scenario scenario) {
        return editing != null && editing.getId().equals(scenario.getId());
    }

    private void create() {
        Scenario created = scenarios.create(spec());
        Notification.show(getTranslation("scenarios.created", created.getName()), 3000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        endEditing();
        saved.run();
    }

    private void save() {
        Scenario stored = scenarios.update(editing.getId(), spec());
        Notification.show(getTranslation("scenarios.saved", stored.getName()), 3000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        endEditing();
        saved.run();
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
        title.setText(getTranslation("scenarios.editing", scenario.getName()));
        create.setVisible(false);
        save.setVisible(true);
        cancel.setVisible(true);
    }

    void endEditing() {
        editing = null;
        for (var field : List.of(quota, backbone, exchange, commute, housing)) {
            field.clear();
        }
        for (var field : List.of(secondees, shortageWeight, balanceWeight, commuteWeight, allianceWeight)) {
            field.clear();
        }
        name.clear();
        title.setText(getTranslation("scenarios.new"));
        create.setVisible(true);
        save.setVisible(false);
        cancel.setVisible(false);
    }

    /**
     * A scenario's changes to the dataset's policy in the planner's words, as the form names them: shares in
     * percent, weights as their soft level, the housing factor; a change the form does not offer by its field name.
     */
    String changes(Scenario scenario) {
        Map<String, String> policyLabels = Map.of("rotationQuota", "scenarios.quota",
                "backboneShare", "scenarios.backbone", "cadreBackboneExchangeShare", "scenarios.exchange");
        Map<String, String> weightLabels = Map.of(ConstraintNames.SHORTAGE_POSTS_FILLED, "scenarios.wShortage",
                ConstraintNames.BALANCE_ABOVE_DEGREE, "scenarios.wBalance",
                ConstraintNames.COMMUTE_DISTANCE, "scenarios.wCommute", ConstraintNames.SAME_ALLIANCE,
                "scenarios.wAlliance");
        List<String> parts = new ArrayList<>();
        readTree(scenario.getPolicyJson()).fields().forEachRemaining(field -> {
            String key = field.getKey();
            if (policyLabels.containsKey(key)) {
                parts.add(getTranslation(policyLabels.get(key)) + " "
                        + Words.decimal(percent(field.getValue()), 1) + "%");
            } else if (key.equals("maxSecondeesPerHost")) {
                parts.add(getTranslation("scenarios.secondees") + " " + field.getValue().asText());
            } else if (key.equals("maxCommuteKm")) {
                parts.add(getTranslation("scenarios.commute") + " " + field.getValue().asText());
            } else {
                parts.add(key + " " + field.getValue().asText());
            }
        });
        JsonNode weights = readTree(scenario.getWeightsJson());
        weights.fieldNames().forEachRemaining(constraint -> {
            Integer soft = soft(weights, constraint);
            // The balance weight is written on its three constraints: named once, on the first.
            boolean balanceTwin = constraint.equals(ConstraintNames.BALANCE_BACKBONE)
                    || constraint.equals(ConstraintNames.BALANCE_PE_ARTS);
            if (!balanceTwin || !weights.has(ConstraintNames.BALANCE_ABOVE_DEGREE)) {
                String label = weightLabels.containsKey(constraint) ? getTranslation(weightLabels.get(constraint))
                        : Words.rule(constraint);
                parts.add(label + " "
                        + (soft == null ? Words.levels(weights.path(constraint).asText()) : soft));
            }
        });
        if (scenario.getHousingBedsFactor() != null) {
            parts.add(getTranslation("scenarios.housing") + " ×" + Words.decimal(scenario.getHousingBedsFactor(), 2));
        }
        return String.join(" · ", parts);
    }

    private JsonNode readTree(String json) {
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored scenario is not valid JSON", e);
        }
    }

    private static Double percent(JsonNode policy, String field) {
        return policy.has(field) ? percent(policy.get(field)) : null;
    }

    private static double percent(JsonNode share) {
        return Math.round(share.asDouble() * 100_000) / 1000.0;
    }

    /** The soft level of a stored weight; null when the scenario leaves the constraint's weight as it is. */
    private static Integer soft(JsonNode weights, String constraint) {
        String text = weights.path(constraint).asText("");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Math.toIntExact(HardMediumSoftLongScore.parseScore(text).softScore());
        } catch (IllegalArgumentException | ArithmeticException e) {
            return null;
        }
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
            weights.put(constraint, HardMediumSoftLongScore.ofSoft(soft).toString());
        }
    }
}
