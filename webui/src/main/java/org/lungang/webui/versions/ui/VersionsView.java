package org.lungang.webui.versions.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.School;
import org.lungang.solver.kpi.CountyKpis;
import org.lungang.webui.base.ui.Confirmations;
import org.lungang.webui.base.ui.Tone;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.plan.PlanService.MoveChange;
import org.lungang.webui.plan.PlanService.PlanDiff;
import org.lungang.webui.plan.PlanVersion;
import org.lungang.webui.security.ui.Permissions;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.ui.CurrentPlanView;
import org.lungang.webui.workspace.ui.MainLayout;

/**
 * The versions of the current scenario's plan: who made each, when and how (solve, warm start, hand edit, restore),
 * its score in words and key figures; restoring one, the difference between two, and the score analysis of one
 * ({@link ScoreAnalysisPanel}).
 */
@Route(value = "versions", layout = MainLayout.class)
@PageTitle("方案版本 · Lungang")
@PermitAll
public class VersionsView extends CurrentPlanView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    /** One version with its figures. */
    record Row(PlanVersion version, boolean current, CountyKpis county) {
    }

    private final PlanService plans;

    private final Grid<Row> grid = new Grid<>();
    private final Button restore = new Button();
    private final Button compare = new Button();
    private final Button analyse = new Button();
    private final Button saveEdits = new Button();
    private final Div diff = new Div();
    private ScoreAnalysisPanel analysis;

    public VersionsView(Workspace workspace, PlanService plans, Permissions permissions) {
        super("versions.title", workspace, permissions);
        this.plans = plans;
        setWidthFull();

        grid.setId("versions-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // Long texts wrap, so that at 1280 px every column fits without scrolling sideways.
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> getTranslation("plan.version", r.version().getVersionNumber()))
                .setHeader(getTranslation("versions.version")).setWidth("8em").setFlexGrow(0);
        grid.addComponentColumn(this::state).setHeader(getTranslation("versions.state")).setWidth("11em")
                .setFlexGrow(0).setKey("state");
        grid.addColumn(this::how).setHeader(getTranslation("versions.how")).setFlexGrow(2);
        grid.addColumn(r -> Optional.ofNullable(r.version().getCreatedBy()).orElse("—"))
                .setHeader(getTranslation("versions.who")).setWidth("6em").setFlexGrow(0);
        grid.addColumn(r -> WHEN.format(r.version().getCreatedAt())).setHeader(getTranslation("versions.when"))
                .setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(r -> Words.score(r.version().getScore())).setHeader(getTranslation("versions.score"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.county() == null ? "—" : getTranslation("plan.kpiLine", r.county().rotated(),
                r.county().quotaSchoolsMet(), r.county().quotaSchools()))
                .setHeader(getTranslation("versions.kpis")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("versions.empty"));
        grid.addSelectionListener(e -> enableActions());

        restore.setText(getTranslation("versions.restore"));
        restore.setIcon(VaadinIcon.ROTATE_LEFT.create());
        restore.setId("version-restore");
        restore.addClickListener(e -> selected().stream().findFirst().ifPresent(this::confirmRestore));
        compare.setText(getTranslation("versions.compare"));
        compare.setId("version-compare");
        compare.addClickListener(e -> showDiff());
        analyse.setText(getTranslation("versions.analyse"));
        analyse.setId("version-analyse");
        analyse.addClickListener(e -> selected().stream().findFirst().ifPresent(r -> showAnalysis(r.version())));
        saveEdits.setText(getTranslation("versions.saveEdits"));
        saveEdits.setId("version-save-edits");
        saveEdits.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        saveEdits.addClickListener(e -> saveHandEdits());
        diff.setId("version-diff");
        diff.setWidthFull();
    }

    @Override
    protected void fill(QueryParameters query) {
        Map<String, String> schools = snapshot.plan().getSchools().stream()
                .collect(Collectors.toMap(School::getId, School::getName));
        Map<String, String> teachers = snapshot.plan().getRotations().stream()
                .collect(Collectors.toMap(Rotation::getId, r -> r.getTeacher().name(), (a, b) -> a));
        analysis = new ScoreAnalysisPanel(schools, teachers);
        HorizontalLayout actions = permissions.canPlan() ? new HorizontalLayout(restore, compare, analyse, saveEdits)
                : new HorizontalLayout(compare, analyse);
        actions.setWrap(true);
        add(new Span(getTranslation("versions.hint")), actions, grid, diff, analysis);
        show();
        snapshot.version().ifPresent(this::showAnalysis);
    }

    /** The versions listed again, none selected. */
    @Override
    protected void show() {
        Long current = plans.latest(snapshot.scenario().getId()).map(PlanVersion::getId).orElse(null);
        List<Row> rows = plans.versions(snapshot.scenario().getId()).stream()
                .sorted(Comparator.comparingInt(PlanVersion::getVersionNumber).reversed())
                .map(v -> new Row(v, v.getId().equals(current),
                        plans.kpis(v.getId()).map(k -> k.county()).orElse(null)))
                .toList();
        grid.deselectAll();
        grid.setItems(rows);
        enableActions();
    }

    private List<Row> selected() {
        return new ArrayList<>(grid.getSelectedItems());
    }

    private void enableActions() {
        int count = grid.getSelectedItems().size();
        restore.setEnabled(count == 1 && !selected().get(0).current());
        compare.setEnabled(count == 2);
        analyse.setEnabled(count == 1);
    }

    private Span state(Row row) {
        if (row.current()) {
            return Tone.GOOD.badge(getTranslation("versions.current"));
        }
        if (row.version().isSetAside()) {
            return Tone.WARN.badge(getTranslation("versions.setAside", row.version().getBasedOnVersion()));
        }
        return new Span();
    }

    private String how(Row row) {
        PlanVersion v = row.version();
        if (v.getOrigin() == null) {
            return v.getSolveJobId() != null ? getTranslation("versions.origin.SOLVE") : "—";
        }
        String how = getTranslation("versions.origin." + v.getOrigin());
        return v.getBasedOnVersion() == null ? how
                : how + getTranslation("versions.basedOn." + v.getOrigin(), v.getBasedOnVersion());
    }

    private void confirmRestore(Row row) {
        ConfirmDialog dialog = Confirmations.ask("version-restore-confirm",
                getTranslation("versions.restoreTitle", row.version().getVersionNumber()),
                getTranslation("versions.cancel"), getTranslation("versions.restore"), () -> restore(row));
        dialog.setText(getTranslation("versions.restoreText", row.version().getVersionNumber(),
                Words.score(row.version().getScore())));
        dialog.open();
    }

    private void restore(Row row) {
        PlanVersion restored = plans.restore(row.version().getId());
        workspace.invalidate();
        Notification.show(getTranslation("versions.restored", row.version().getVersionNumber(),
                restored.getVersionNumber()), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show();
        showAnalysis(restored);
    }

    private void saveHandEdits() {
        Optional<PlanVersion> saved = plans.recordHandEdits(snapshot.scenario().getId());
        if (saved.isEmpty()) {
            Notification.show(getTranslation("versions.noEdits"), 4000, Notification.Position.MIDDLE);
            return;
        }
        workspace.invalidate();
        Notification.show(getTranslation("versions.editsSaved", saved.get().getVersionNumber()), 4000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show();
    }

    private void showDiff() {
        List<Row> two = selected().stream().sorted(Comparator.comparingInt(r -> r.version().getVersionNumber()))
                .toList();
        if (two.size() != 2) {
            return;
        }
        PlanVersion older = two.get(0).version();
        PlanVersion newer = two.get(1).version();
        PlanDiff d = plans.diff(older.getId(), newer.getId());
        diff.removeAll();
        diff.add(new H3(getTranslation("versions.diffTitle", older.getVersionNumber(), newer.getVersionNumber())));
        Span summary = new Span(getTranslation("versions.diffSummary", d.changes().size(),
                Words.score(d.firstScore()), Words.score(d.secondScore())));
        summary.setId("version-diff-summary");
        diff.add(new Div(summary));
        Grid<MoveChange> changes = new Grid<>();
        changes.setId("version-diff-grid");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        changes.addColumn(MoveChange::teacherName).setHeader(getTranslation("plan.teacher")).setAutoWidth(true)
                .setSortable(true);
        changes.addColumn(MoveChange::fromSchoolName).setHeader(getTranslation("plan.from")).setAutoWidth(true)
                .setSortable(true);
        changes.addColumn(c -> destination(c.toSchoolNameInFirst()))
                .setHeader(getTranslation("versions.inVersion", older.getVersionNumber())).setAutoWidth(true);
        changes.addColumn(c -> destination(c.toSchoolNameInSecond()))
                .setHeader(getTranslation("versions.inVersion", newer.getVersionNumber())).setAutoWidth(true);
        changes.setItems(d.changes().stream().sorted(Comparator.comparing(MoveChange::fromSchoolName)
                .thenComparing(MoveChange::teacherName)).toList());
        changes.setEmptyStateText(getTranslation("versions.diffNone"));
        changes.setAllRowsVisible(d.changes().size() <= 30);
        if (d.changes().size() > 30) {
            changes.setHeight("28em");
        }
        diff.add(changes);
    }

    private String destination(String schoolName) {
        return schoolName == null ? getTranslation("versions.stays") : schoolName;
    }

    private void showAnalysis(PlanVersion version) {
        analysis.show(version.getVersionNumber(), plans.analysis(version.getId()));
    }

    /** The versions listed, newest first, for tests. */
    List<Row> rows() {
        return grid.getListDataView().getItems().toList();
    }
}
