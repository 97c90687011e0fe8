package org.lungang.webui.rotation.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.explain.Labels;
import org.lungang.solver.explain.MoveExplainer;
import org.lungang.solver.explain.MoveExplanation;
import org.lungang.solver.kpi.KpiCalculator;
import org.lungang.solver.kpi.PlanKpis;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.plan.PlanService.Recommendation;
import org.lungang.webui.scenario.OverrideAction;
import org.lungang.webui.scenario.RotationOverride;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.security.PersonalData;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.Workspace.Snapshot;

/**
 * One teacher's decision: the record, why the plan decided so, and — for planners — pin or unpin it, forbid the
 * destination, or send the teacher elsewhere by hand after seeing the score and figures that would result, with the
 * solver's recommended destinations to choose from.
 */
public class MoveDialog extends Dialog {

    private final Snapshot snapshot;
    private final Rotation rotation;
    private final ScenarioService scenarios;
    private final Runnable onChange;
    private final Workspace workspace;
    private final Div preview = new Div();
    private final ComboBox<School> target = new ComboBox<>();

    public MoveDialog(Snapshot snapshot, Rotation rotation, Workspace workspace, ScenarioService scenarios,
            PlanService plans, boolean canPlan, Runnable onChange) {
        this.snapshot = snapshot;
        this.workspace = workspace;
        this.rotation = rotation;
        this.scenarios = scenarios;
        this.onChange = onChange;
        Teacher t = rotation.getTeacher();
        setHeaderTitle(t.name() + " (" + t.id() + ")");
        setWidth("52em");
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
            why.add(new ListItem(sentence));
        }
        add(new H4(getTranslation("move.why")), why);

        if (canPlan && rotation.isCandidate()) {
            addActions(plans);
        }
        Button close = new Button(getTranslation("close"), e -> close());
        getFooter().add(close);
    }

    private void addActions(PlanService plans) {
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
                    e -> act(() -> scenarios.addOverride(scenarioId, rotation.getId(), OverrideAction.PIN,
                            rotation.isMoving() ? rotation.getDestination().getId() : null), "move.pinned"));
            pin.setId("pin-button");
            actions.add(pin);
        }
        if (rotation.isMoving()) {
            Button forbid = new Button(getTranslation("move.forbid", rotation.getDestination().getName()),
                    e -> act(() -> scenarios.addOverride(scenarioId, rotation.getId(), OverrideAction.FORBID,
                            rotation.getDestination().getId()), "move.forbidden"));
            forbid.setId("forbid-button");
            forbid.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(forbid);
        }
        add(new H4(getTranslation("move.actions")), actions);

        target.setLabel(getTranslation("move.byHand"));
        target.setId("move-target");
        target.setItems(snapshot.plan().getSchools().stream()
                .filter(s -> s != rotation.getHomeSchool())
                .sorted(Comparator.comparing(School::getName)).toList());
        target.setItemLabelGenerator(s -> s.getName() + " · " + Words.of(s.getKind()) + " · " + Words.of(s.getTier()));
        target.setWidth("24em");
        target.addValueChangeListener(e -> showPreview(e.getValue()));
        Button apply = new Button(getTranslation("move.apply"), e -> {
            if (target.getValue() != null) {
                act(() -> scenarios.addOverride(scenarioId, rotation.getId(), OverrideAction.PIN,
                        target.getValue().getId()), "move.moved");
            }
        });
        apply.setId("apply-move");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout byHand = new HorizontalLayout(target, apply);
        byHand.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        preview.setId("move-preview");
        add(byHand, preview);

        if (snapshot.version().isPresent() && !rotation.isPinned()) {
            add(new H4(getTranslation("move.recommended")));
            List<Recommendation> recommended = plans.recommendations(snapshot.version().get().getId(),
                    rotation.getId(), 5);
            Grid<Recommendation> grid = new Grid<>();
            grid.setId("recommendations");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.addColumn(r -> r.toSchoolName() == null ? getTranslation("move.stays") : r.toSchoolName())
                    .setHeader(getTranslation("plan.to"));
            grid.addColumn(r -> Words.levels(r.scoreDifference())).setHeader(getTranslation("move.scoreChange"));
            grid.setItems(recommended);
            grid.setAllRowsVisible(true);
            grid.addItemClickListener(e -> target.setValue(e.getItem().toSchoolId() == null ? null
                    : snapshot.plan().schoolOf(e.getItem().toSchoolId())));
            add(grid);
        }
    }

    private List<RotationOverride> pins(long scenarioId) {
        return scenarios.overrides(scenarioId).stream()
                .filter(o -> o.getAction() == OverrideAction.PIN && o.getTeacherId().equals(rotation.getId()))
                .toList();
    }

    /** The score and figures if this teacher went to the school, computed on the plan in memory and then undone. */
    void showPreview(School school) {
        preview.removeAll();
        if (school == null) {
            return;
        }
        School before = rotation.getDestination();
        HardMediumSoftLongScore oldScore = snapshot.score();
        PlanKpis oldKpis = snapshot.kpis();
        HardMediumSoftLongScore newScore;
        PlanKpis newKpis;
        try {
            rotation.setDestination(school);
            newScore = workspace.score(snapshot.plan());
            newKpis = KpiCalculator.calculate(snapshot.plan());
        } finally {
            rotation.setDestination(before);
            workspace.score(snapshot.plan());
        }
        Span score = new Span(getTranslation("move.previewScore", Words.score(oldScore), Words.score(newScore)));
        score.getStyle().set("color", newScore.compareTo(oldScore) >= 0 ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
        preview.add(new Div(score));
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

    /** Carries out a planner's change; a refused one ends in {@code PlannerErrors} and leaves the dialog open. */
    private void act(Runnable change, String doneKey) {
        change.run();
        Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
        onChange.run();
    }
}
