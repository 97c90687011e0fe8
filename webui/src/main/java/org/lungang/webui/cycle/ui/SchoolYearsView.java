package org.lungang.webui.cycle.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lungang.data.json.PlanDocument;
import org.lungang.data.json.PlanDocument.ReturnEntry;
import org.lungang.data.json.PlanDocument.RotationEntry;
import org.lungang.solver.kpi.SchoolKpis;
import org.lungang.webui.base.ui.Confirmations;
import org.lungang.webui.base.ui.Tone;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.cycle.ApprovedYear;
import org.lungang.webui.cycle.SchoolYearService;
import org.lungang.webui.security.ui.Permissions;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.ui.CurrentPlanView;
import org.lungang.webui.workspace.ui.MainLayout;

/**
 * The school years of the cycle: approving the current plan (批准方案并开始下一学年), which keeps the year's list as a
 * record and starts the next year as a new dataset; every approved year listed, and each year's list shown as it was
 * approved, read-only.
 */
@Route(value = "school-years", layout = MainLayout.class)
@PageTitle("学年与批准 · Lungang")
@PermitAll
public class SchoolYearsView extends CurrentPlanView {

    private final SchoolYearService years;

    private final Button approve = new Button();
    private final Span status = new Span();
    private final Grid<ApprovedYear> grid = new Grid<>();
    private final H3 listTitle = new H3();
    private final Grid<RotationEntry> moves = new Grid<>();
    private final Grid<ReturnEntry> returns = new Grid<>();
    private Map<String, String> schoolNames = Map.of();

    public SchoolYearsView(Workspace workspace, SchoolYearService years, Permissions permissions) {
        super("cycle.title", workspace, permissions);
        this.years = years;
        setWidthFull();

        approve.setText(getTranslation("cycle.approve"));
        approve.setId("approve-year");
        approve.setIcon(VaadinIcon.CHECK_CIRCLE.create());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> confirmApprove());
        status.setId("approve-status");

        grid.setId("approved-years-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ApprovedYear::getSchoolYear).setHeader(getTranslation("cycle.year")).setWidth("6em")
                .setFlexGrow(0);
        grid.addColumn(a -> a.getDatasetName() + " · " + a.getScenarioName())
                .setHeader(getTranslation("cycle.scenario")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("plan.version", a.getPlanVersionNumber()))
                .setHeader(getTranslation("cycle.version")).setAutoWidth(true);
        grid.addColumn(ApprovedYear::getMoves).setHeader(getTranslation("cycle.moves")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("cycle.rolloverLine", a.getStarted(), a.getAppointed(), a.getReturned(),
                a.getExtended(), a.getRetired())).setHeader(getTranslation("cycle.rollover")).setFlexGrow(3);
        grid.addColumn(ApprovedYear::getApprovedBy).setHeader(getTranslation("cycle.by")).setAutoWidth(true);
        grid.addColumn(a -> Words.time(a.getApprovedAt())).setHeader(getTranslation("cycle.at")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("cycle.none"));
        grid.addSelectionListener(e -> showYear(e.getFirstSelectedItem()));

        // The list as approved: a record, so the grids offer nothing to edit.
        moves.setId("approved-list-grid");
        moves.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        moves.addColumn(RotationEntry::teacherName).setHeader(getTranslation("plan.teacher")).setAutoWidth(true);
        moves.addColumn(m -> Words.of(m.subject())).setHeader(getTranslation("cycle.subject")).setAutoWidth(true);
        moves.addColumn(m -> Words.of(m.kind())).setHeader(getTranslation("cycle.kind")).setAutoWidth(true);
        moves.addColumn(m -> school(m.fromSchoolId())).setHeader(getTranslation("plan.from")).setFlexGrow(2);
        moves.addColumn(m -> school(m.toSchoolId())).setHeader(getTranslation("cycle.to")).setFlexGrow(2);
        moves.addColumn(m -> m.distanceKm() == null ? "—" : Words.decimal(m.distanceKm(), 1))
                .setHeader(getTranslation("cycle.km")).setAutoWidth(true);
        moves.setAllRowsVisible(true);
        moves.setEmptyStateText(getTranslation("cycle.noMoves"));
        returns.setId("approved-returns-grid");
        returns.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        returns.addColumn(ReturnEntry::teacherName).setHeader(getTranslation("plan.teacher")).setAutoWidth(true);
        returns.addColumn(r -> school(r.hostSchoolId())).setHeader(getTranslation("cycle.host")).setFlexGrow(2);
        returns.addColumn(r -> school(r.homeSchoolId())).setHeader(getTranslation("cycle.home")).setFlexGrow(2);
        returns.addColumn(r -> getTranslation(r.extended() ? "cycle.extendedUntil" : "cycle.returns",
                r.untilYear())).setHeader(getTranslation("cycle.returnDecision")).setAutoWidth(true);
        returns.setAllRowsVisible(true);
        listTitle.setId("approved-list-title");
    }

    @Override
    protected Component[] actions() {
        return permissions.canPlan() ? new Component[] {approve} : new Component[0];
    }

    @Override
    protected void fill(QueryParameters query) {
        Optional<ApprovedYear> done = years.ofDataset(snapshot.dataset().getId());
        approve.setEnabled(done.isEmpty());
        status.setText(done.map(a -> getTranslation("cycle.alreadyApproved", a.getSchoolYear(),
                a.getPlanVersionNumber(), a.getApprovedBy())).orElse(getTranslation("cycle.notApproved",
                        snapshot.dataset().getYear())));
        add(intro("cycle.intro"), status, grid, listTitle, moves, returns);
        List<ApprovedYear> all = years.list();
        grid.setItems(all);
        // The current dataset's approved year, else the latest one (rows are compared by id: each read is new).
        Optional<ApprovedYear> first = done.flatMap(d -> all.stream().filter(a -> a.getId().equals(d.getId()))
                .findFirst()).or(() -> all.stream().reduce((a, b) -> b));
        first.ifPresentOrElse(grid::select, () -> showYear(Optional.empty()));
    }

    /** The years and the status again: an approval changes both, and the heading's scenario. */
    @Override
    protected void show() {
        render(QueryParameters.empty());
    }

    private void showYear(Optional<ApprovedYear> selected) {
        listTitle.setVisible(selected.isPresent());
        moves.setVisible(selected.isPresent());
        returns.setVisible(false);
        if (selected.isEmpty()) {
            return;
        }
        ApprovedYear year = selected.get();
        PlanDocument list = years.approvedList(year.getId());
        schoolNames = list.kpis() == null ? Map.of() : list.kpis().schools().stream()
                .collect(Collectors.toMap(SchoolKpis::id, SchoolKpis::name, (a, b) -> a));
        listTitle.removeAll();
        listTitle.setText(getTranslation("cycle.listTitle", year.getSchoolYear(), year.getMoves()));
        listTitle.add(new Span(" "), Tone.GOOD.badge(getTranslation("cycle.readOnly")));
        moves.setItems(list.rotations());
        List<ReturnEntry> back = list.returns() == null ? List.of() : list.returns();
        returns.setItems(back);
        returns.setVisible(!back.isEmpty());
    }

    private String school(String id) {
        return id == null ? "—" : schoolNames.getOrDefault(id, id);
    }

    private void confirmApprove() {
        int year = snapshot.dataset().getYear();
        ConfirmDialog dialog = Confirmations.ask("approve-year-confirm", getTranslation("cycle.confirmTitle", year),
                getTranslation("versions.cancel"), getTranslation("cycle.approve"), this::approve);
        dialog.setText(getTranslation("cycle.confirmText", snapshot.name(), year, year + 1));
        dialog.open();
    }

    private void approve() {
        ApprovedYear approved = years.approve(snapshot.scenario().getId());
        workspace.choose(approved.getNextScenarioId());
        Notification.show(getTranslation("cycle.approved", approved.getSchoolYear(),
                approved.getSchoolYear() + 1), 6000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        // The header's scenario box and every view now show the next year.
        getUI().ifPresent(ui -> ui.getPage().reload());
        show();
    }
}
