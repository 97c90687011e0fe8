package org.lungang.webui.rotation.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lungang.solver.domain.Rotation;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.scenario.RotationOverride;
import org.lungang.webui.rotation.ChangePreviews;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.security.ui.Permissions;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.ui.CurrentPlanView;
import org.lungang.webui.workspace.ui.MainLayout;

/**
 * Every decision the planner made in the current scenario — pins, hand moves, forbidden schools — with who made it and
 * when; each can be undone here, after a preview of what undoing it does to the current plan, and a teacher's name
 * opens her decision.
 */
@Route(value = "decisions", layout = MainLayout.class)
@PageTitle("规划员决定 · Lungang")
@PermitAll
public class DecisionsView extends CurrentPlanView {

    private final ScenarioService scenarios;
    private final MoveDialogs moveDialogs;
    private final ChangePreviews previews;
    private final Grid<RotationOverride> grid = new Grid<>();
    private final Span count = new Span();

    public DecisionsView(Workspace workspace, ScenarioService scenarios, MoveDialogs moveDialogs,
            ChangePreviews previews, Permissions permissions) {
        super("decisions.title", workspace, permissions);
        this.scenarios = scenarios;
        this.moveDialogs = moveDialogs;
        this.previews = previews;
        setSizeFull();
        grid.setId("decision-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(o -> {
            Rotation r = snapshot.plan().rotationOf(o.getTeacherId());
            return r == null ? new Span(o.getTeacherId()) : PlanLinks.teacher(r, this::open);
        }).setHeader(getTranslation("plan.teacher")).setAutoWidth(true);
        grid.addComponentColumn(o -> {
            Rotation r = snapshot.plan().rotationOf(o.getTeacherId());
            return r == null ? new Span() : PlanLinks.school(snapshot, r.getHomeSchool());
        }).setHeader(getTranslation("plan.from")).setAutoWidth(true);
        grid.addColumn(o -> Decisions.describe(snapshot, o)).setHeader(getTranslation("decisions.decision"))
                .setFlexGrow(2);
        grid.addColumn(RotationOverride::getCreatedBy).setHeader(getTranslation("decisions.by")).setAutoWidth(true);
        grid.addColumn(o -> o.getCreatedAt() == null ? "" : Words.time(o.getCreatedAt()))
                .setHeader(getTranslation("decisions.at")).setAutoWidth(true);
        if (permissions.canPlan()) {
            grid.addComponentColumn(this::undoButton).setKey("undo").setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("decisions.empty"));
        count.setId("decision-count");
    }

    private Button undoButton(RotationOverride o) {
        // Undoing is a change of the plan like any other: previewed against the current plan, then confirmed.
        Button undo = new Button(getTranslation("decisions.undo"), e -> ChangePreviewText.undoConfirmation(snapshot,
                o, previews.ofUndo(snapshot, o), this::open, () -> {
                    scenarios.removeOverride(snapshot.scenario().getId(), o.getId());
                    Notification.show(getTranslation("decisions.undone"), 3000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh();
                }).open());
        undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        undo.addClassName("undo-decision");
        return undo;
    }

    private void open(Rotation rotation) {
        moveDialogs.open(snapshot, rotation, permissions.canPlan(), this::refresh);
    }

    @Override
    protected Component[] actions() {
        return new Component[] {count};
    }

    @Override
    protected void fill(QueryParameters query) {
        add(intro("decisions.intro"), grid);
        setFlexGrow(1, grid);
        show();
    }

    @Override
    protected void show() {
        List<RotationOverride> decisions = scenarios.overrides(snapshot.scenario().getId());
        grid.setItems(decisions);
        count.setText(getTranslation("decisions.count", decisions.size()));
    }
}
