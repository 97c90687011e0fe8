package org.lungang.webui.rotation.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.lungang.solver.domain.Labels;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.explain.MoveExplainer;
import org.lungang.solver.explain.MoveExplanation;
import org.lungang.solver.kpi.PlanKpis;
import org.lungang.webui.base.ui.Confirmations;
import org.lungang.webui.base.ui.Tone;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.rotation.ChangePreviews;
import org.lungang.webui.rotation.ChangePreviews.Preview;
import org.lungang.webui.rotation.ChangePreviews.Suggestion;
import org.lungang.webui.scenario.OverrideAction;
import org.lungang.webui.scenario.RotationOverride;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.security.PersonalData;
import org.lungang.webui.workspace.Workspace.Snapshot;

/**
 * One teacher's decision: the record, why the plan decided so, and — for planners — pin or unpin it, forbid the
 * destination, or send the teacher elsewhere by hand. Every change is previewed against the current plan with the
 * rules it would break named, and one that breaks a hard rule asks for confirmation. The solver's recommended
 * destinations are compared with the current plan too; those that break a hard rule are listed apart.
 */
public class MoveDialog extends Dialog {

    /** How many recommendations of each kind (safe, breaking a hard rule) are shown. */
    static final int SUGGESTIONS = 5;

    private final Snapshot snapshot;
    private final Rotation rotation;
    private final ScenarioService scenarios;
    private final ChangePreviews previews;
    private final Runnable onChange;
    private final boolean canPlan;
    private final Div preview = new Div();
    private final ComboBox<School> target = new ComboBox<>();
    private Preview shown;

    public MoveDialog(Snapshot snapshot, Rotation rotation, ScenarioService scenarios, ChangePreviews previews,
            boolean canPlan, Runnable onChange) {
        this.snapshot = snapshot;
        this.rotation = rotation;
        this.scenarios = scenarios;
        this.previews = previews;
        this.onChange = onChange;
        this.canPlan = canPlan;
        Teacher t = rotation.getTeacher();
        setHeaderTitle(t.name() + " (" + t.id() + ")");
        setWidth("56em");
        setMaxWidth("95vw");
        getElement().setAttribute("aria-label", t.name());

        add(new Paragraph(getTranslation("move.record", rotation.getHomeSchool().getName(), Words.of(t.subject()),
                Words.of(t.role()), t.age(), t.yearsAtSchool(), Words.of(t.backboneLevel()))));
        Span decision = new Span(rotation.isMoving()
                ? getTranslation("move.movesTo", rotation.getDestination().getName(),
                        Words.of(rotation.getKind()), Labels.km(rotation.getCommuteKm()))
                : getTranslation("move.stays"));
        decision.getStyle().set("font-weight", "600");
        add(decision);

        MoveExplanation explanation = PersonalData.explanation(MoveExplainer.explain(snapshot.plan(), rotation));
        UnorderedList why = new UnorderedList();
        why.setId("move-explanation");
        for (String sentence : Words.english() ? explanation.en() : explanation.zh()) {
            why.add(new ListItem(PlanLinks.text(snapshot, sentence, this::openOther)));
        }
        add(new H4(getTranslation("move.why")), why);

        if (canPlan && rotation.isCandidate()) {
            addActions();
        }
        Button close = new Button(getTranslation("close"), e -> close());
        getFooter().add(close);
    }

    /** Another teacher named in an explanation: her own dialog, over this one. */
    private void openOther(Rotation other) {
        new MoveDialog(snapshot, other, scenarios, previews, canPlan, onChange).open();
    }

    private void addActions() {
        long scenarioId = snapshot.scenario().getId();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (rotation.isPinnedByPlanner()) {
            Button unpin = new Button(getTranslation("move.unpin"), e -> act(() -> pins(scenarioId)
                    .forEach(o -> scenarios.removeOverride(scenarioId, o.getId())), "move.unpinned"));
            unpin.setId("unpin-button");
            actions.add(unpin);
        } else {
            Button pin = new Button(getTranslation(rotation.isMoving() ? "move.pin" : "move.pinStay"),
                    e -> pin(scenarioId));
            pin.setId("pin-button");
            actions.add(pin);
        }
        if (rotation.isMoving()) {
            Button forbid = new Button(getTranslation("move.forbid", rotation.getDestination().getName()),
                    e -> forbid(scenarioId));
            forbid.setId("forbid-button");
            forbid.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(forbid);
        }
        Span pinHint = new Span(getTranslation("safety.pinHint"));
        pinHint.setId("pin-preview");
        pinHint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(new H4(getTranslation("move.actions")), actions, pinHint);
        addDecisions(scenarioId);

        target.setLabel(getTranslation("move.byHand"));
        target.setId("move-target");
        target.setItems(snapshot.plan().getSchools().stream()
                .filter(s -> s != rotation.getHomeSchool())
                .sorted(Comparator.comparing(School::getName)).toList());
        target.setItemLabelGenerator(s -> s.getName() + " · " + Words.of(s.getKind()) + " · " + Words.of(s.getTier()));
        target.setWidth("24em");
        target.addValueChangeListener(e -> showPreview(e.getValue()));
        Button apply = new Button(getTranslation("move.apply"), e -> {
            School school = target.getValue();
            if (school != null) {
                Preview p = shown != null ? shown : previews.ofDestination(snapshot.plan(), rotation, school);
                confirmIfBreaking(p, () -> act(() -> scenarios.addOverride(scenarioId, rotation.getId(),
                        OverrideAction.PIN, school.getId()), "move.moved"));
            }
        });
        apply.setId("apply-move");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout byHand = new HorizontalLayout(target, apply);
        byHand.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        preview.setId("move-preview");
        add(byHand, preview);

        if (!rotation.isPinned()) {
            addSuggestions();
        }
    }

    /** This teacher's pins and forbidden moves, each undoable. */
    private void addDecisions(long scenarioId) {
        List<RotationOverride> mine = scenarios.overrides(scenarioId).stream()
                .filter(o -> o.getTeacherId().equals(rotation.getId())).toList();
        if (mine.isEmpty()) {
            return;
        }
        Div list = new Div();
        list.setId("teacher-decisions");
        for (RotationOverride o : mine) {
            Button undo = new Button(getTranslation("decisions.undo"), e -> ChangePreviewText.undoConfirmation(
                    snapshot, o, previews.ofUndo(snapshot, o), this::openOther,
                    () -> act(() -> scenarios.removeOverride(scenarioId, o.getId()), "decisions.undone")).open());
            undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            undo.addClassName("undo-decision");
            HorizontalLayout row = new HorizontalLayout(new Span(Decisions.describe(snapshot, o)), undo);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            list.add(row);
        }
        add(new H4(getTranslation("move.decisions")), list);
    }

    private void addSuggestions() {
        List<Suggestion> all = previews.suggestions(snapshot.plan(), rotation);
        List<Suggestion> safe = all.stream().filter(s -> !s.breaksHardRule()).limit(SUGGESTIONS).toList();
        List<Suggestion> breaking = all.stream().filter(Suggestion::breaksHardRule).limit(SUGGESTIONS).toList();
        add(new H4(getTranslation("move.recommended")));
        Grid<Suggestion> grid = suggestionGrid(safe);
        grid.setId("recommendations");
        add(grid);
        if (!breaking.isEmpty()) {
            Grid<Suggestion> bad = suggestionGrid(breaking);
            bad.setId("breaking-recommendations");
            bad.addComponentColumn(s -> Tone.BAD.badge(getTranslation("safety.breaks",
                    s.brokenHardRules().stream().map(Words::rule).collect(Collectors.joining("、")))))
                    .setHeader(getTranslation("safety.hardRules")).setFlexGrow(2);
            Details details = new Details(getTranslation("safety.breakingTitle", breaking.size()), bad);
            details.setId("breaking-details");
            add(details);
        }
    }

    private Grid<Suggestion> suggestionGrid(List<Suggestion> items) {
        Grid<Suggestion> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(s -> s.destination() == null ? getTranslation("move.stays") : s.destination().getName())
                .setHeader(getTranslation("plan.to")).setAutoWidth(true);
        grid.addColumn(s -> s.current() ? getTranslation("safety.currentDecision")
                : ChangePreviewText.delta(s.delta()))
                .setHeader(getTranslation("safety.vsCurrentColumn")).setFlexGrow(2);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> {
            if (e.getItem().destination() == null) {
                target.clear();
                showPreview(null);
            } else {
                target.setValue(e.getItem().destination());
            }
        });
        return grid;
    }

    private List<RotationOverride> pins(long scenarioId) {
        return scenarios.overrides(scenarioId).stream()
                .filter(o -> o.getAction() == OverrideAction.PIN && o.getTeacherId().equals(rotation.getId()))
                .toList();
    }

    /**
     * Pinning keeps the current decision, so the plan does not change; but a decision that breaks hard rules would
     * be kept breaking them, which the planner confirms.
     */
    private void pin(long scenarioId) {
        Runnable change = () -> act(() -> scenarios.addOverride(scenarioId, rotation.getId(), OverrideAction.PIN,
                rotation.isMoving() ? rotation.getDestination().getId() : null), "move.pinned");
        if (!rotation.isMoving()) {
            change.run();
            return;
        }
        Preview staying = previews.ofDestination(snapshot.plan(), rotation, null);
        List<String> kept = staying.changes().stream()
                .filter(c -> c.level() == ChangePreviews.Level.HARD && c.delta() > 0)
                .map(c -> Words.rule(c.constraintName())).toList();
        if (kept.isEmpty()) {
            change.run();
            return;
        }
        ConfirmDialog confirm = ChangePreviewText.confirmation(getTranslation("safety.pinTitle"),
                getTranslation("safety.pinKeeps", String.join("、", kept)), getTranslation("safety.applyAnyway"),
                change);
        confirm.open();
    }

    /** Forbidding the current move sends the teacher home in the current plan: shown first, then confirmed. */
    private void forbid(long scenarioId) {
        Preview staying = previews.ofDestination(snapshot.plan(), rotation, null);
        Div text = new Div();
        text.add(new Paragraph(getTranslation("safety.forbidText", rotation.getTeacher().name(),
                rotation.getDestination().getName())));
        text.add(ChangePreviewText.of(staying, snapshot, this::openOther));
        String school = rotation.getDestination().getId();
        ConfirmDialog confirm = Confirmations.ask("forbid-confirm",
                getTranslation(staying.breaksHardRule() ? "safety.forbidTitleBreaking" : "safety.forbidTitle",
                        rotation.getDestination().getName()),
                getTranslation("safety.cancel"), getTranslation("safety.forbidConfirm"),
                () -> act(() -> scenarios.addOverride(scenarioId, rotation.getId(), OverrideAction.FORBID, school),
                        "move.forbidden"));
        confirm.setText(text);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** The score and figures if this teacher went to the school, against the current plan. */
    void showPreview(School school) {
        preview.removeAll();
        shown = null;
        if (school == null) {
            return;
        }
        shown = previews.ofDestination(snapshot.plan(), rotation, school);
        preview.add(ChangePreviewText.of(shown, snapshot, this::openOther));
        PlanKpis oldKpis = snapshot.kpis();
        PlanKpis newKpis = shown.kpisAfter();
        preview.add(new Div(getTranslation("move.previewKpis", oldKpis.county().quotaSchoolsMet(),
                newKpis.county().quotaSchoolsMet(), oldKpis.county().quotaSchools(),
                Labels.percent(oldKpis.county().backboneShare()), Labels.percent(newKpis.county().backboneShare()))));
        for (int i = 0; i < newKpis.indicators().size(); i++) {
            var o = oldKpis.indicators().get(i);
            var n = newKpis.indicators().get(i);
            if (Objects.equals(o.coefficientAfter(), n.coefficientAfter())) {
                continue;
            }
            preview.add(new Div(Words.of(n.group()) + " · " + Words.of(n.indicator()) + ": "
                    + Words.decimal(o.coefficientAfter(), 3) + " → " + Words.decimal(n.coefficientAfter(), 3)));
        }
    }

    private void confirmIfBreaking(Preview p, Runnable change) {
        if (!p.breaksHardRule()) {
            change.run();
            return;
        }
        String rules = p.brokenHardRules().stream().map(c -> Words.rule(c.constraintName()))
                .collect(Collectors.joining("、"));
        ChangePreviewText.confirmation(getTranslation("safety.confirmTitle"),
                getTranslation("safety.confirmText", p.brokenHardRules().size(), rules),
                getTranslation("safety.applyAnyway"), change).open();
    }

    /** Carries out a planner's change; a refused one ends in {@code PlannerErrors} and leaves the dialog open. */
    private void act(Runnable change, String doneKey) {
        change.run();
        Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
        onChange.run();
    }
}
