package org.lungang.webui.rotation.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lungang.solver.domain.Labels;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.explain.MoveExplainer;
import org.lungang.solver.explain.MoveExplanation;
import org.lungang.webui.base.ui.Filters;
import org.lungang.webui.base.ui.UiScheduler;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.rotation.ChangePreviews;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.security.PersonalData;
import org.lungang.webui.security.ui.Permissions;
import org.lungang.webui.solve.SolveService;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.Workspace.Snapshot;
import org.lungang.webui.workspace.ui.CurrentPlanView;
import org.lungang.webui.workspace.ui.MainLayout;

/**
 * The rotation list with filters and sorting; solving with live progress ({@link SolvePanel}); a row opens the
 * teacher's move to pin, forbid, change by hand or compare with the recommended destinations ({@link MoveDialog}).
 */
@Route(value = "plan", layout = MainLayout.class)
@PageTitle("轮岗方案 · Lungang")
@PermitAll
public class PlanView extends CurrentPlanView {

    private final PlanService plans;
    private final ScenarioService scenarios;
    private final ChangePreviews previews;
    private final SolvePanel solving;

    private final Grid<Row> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<Subject> subject = new ComboBox<>();
    private final ComboBox<RotationKind> kind = new ComboBox<>();
    private final Checkbox pinnedOnly = new Checkbox();
    private final Span summary = new Span();

    private List<Row> rows = List.of();

    /** One line of the rotation list. */
    record Row(Rotation rotation, String teacher, String from, String to, Subject subject, RotationKind kind,
            double km, boolean pinned, String why) {
    }

    public PlanView(Workspace workspace, SolveService solves, PlanService plans, ScenarioService scenarios,
            UiScheduler scheduler, Permissions permissions, ChangePreviews previews) {
        super("plan.title", workspace, permissions);
        this.previews = previews;
        this.plans = plans;
        this.scenarios = scenarios;
        this.solving = new SolvePanel(solves, plans, scheduler, this::refresh, this::reload);
        setSizeFull();
        buildList();
    }

    private void buildList() {
        Filters.search(search, getTranslation("plan.search"), this::applyFilter);
        Filters.choice(subject, getTranslation("subject"), List.of(Subject.values()), Words::of, this::applyFilter);
        Filters.choice(kind, getTranslation("plan.kind"), List.of(RotationKind.values()), Words::of,
                this::applyFilter);
        pinnedOnly.setLabel(getTranslation("plan.pinnedOnly"));
        pinnedOnly.setId("pinned-only");
        summary.setId("plan-count");
        pinnedOnly.addValueChangeListener(e -> applyFilter());

        grid.setId("rotation-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Row::teacher).setHeader(getTranslation("plan.teacher")).setSortable(true).setAutoWidth(true);
        grid.addColumn(Row::from).setHeader(getTranslation("plan.from")).setSortable(true).setAutoWidth(true);
        grid.addColumn(Row::to).setHeader(getTranslation("plan.to")).setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> Words.of(r.subject())).setHeader(getTranslation("subject")).setSortable(true)
                .setComparator(Comparator.comparing(Row::subject)).setAutoWidth(true);
        grid.addColumn(r -> Words.of(r.kind())).setHeader(getTranslation("plan.kind"))
                .setSortable(true).setComparator(Comparator.comparing(Row::kind)).setAutoWidth(true);
        grid.addColumn(r -> Labels.km(r.km())).setHeader(getTranslation("plan.km")).setSortable(true)
                .setComparator(Comparator.comparingDouble(Row::km)).setAutoWidth(true);
        grid.addComponentColumn(r -> r.pinned() ? pinIcon() : new Span())
                .setHeader(getTranslation("plan.pinned")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::why).setHeader(getTranslation("plan.why")).setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("plan.empty"));
        grid.addItemClickListener(e -> new MoveDialog(snapshot, e.getItem().rotation(), scenarios, previews,
                permissions.canPlan() && !solving.isSolving(), this::refresh).open());
    }

    private Span pinIcon() {
        Span pin = new Span(VaadinIcon.PIN.create());
        pin.getElement().setAttribute("aria-label", getTranslation("plan.pinned"));
        pin.getElement().setAttribute("title", getTranslation("plan.pinned"));
        return pin;
    }

    @Override
    protected Component[] actions() {
        return new Component[] {solving.controls(permissions.canPlan())};
    }

    @Override
    protected void fill(QueryParameters query) {
        add(solving, Filters.row(search, subject, kind, pinnedOnly, summary), grid);
        setFlexGrow(1, grid);
        showPlan(snapshot);
        solving.show(snapshot);
    }

    /** After a solve or a planner's change: the plan as saved now, and the solve panel idle. */
    @Override
    protected void refresh() {
        reload();
        solving.showIdle(snapshot);
        MainLayout.refreshBanner(this);
    }

    /** While a solve runs, {@link #reload()} shows the list as its best plan so far (the panel shows the progress). */
    @Override
    protected void show() {
        showPlan(snapshot);
    }

    private void showPlan(Snapshot s) {
        Map<String, MoveExplanation> why = MoveExplainer.explainAll(s.plan()).stream().map(PersonalData::explanation)
                .collect(Collectors.toMap(MoveExplanation::teacherId, Function.identity(), (a, b) -> a));
        rows = s.plan().getRotations().stream()
                .filter(Rotation::isMoving)
                .map(r -> new Row(r, r.getTeacher().name(), r.getHomeSchool().getName(), r.getDestination().getName(),
                        r.getSubject(), r.getKind(), r.getCommuteKm(), r.isPinnedByPlanner(),
                        firstSentences(why.get(r.getId()))))
                .sorted(Comparator.comparing(Row::from).thenComparing(Row::teacher))
                .toList();
        applyFilter();
    }

    private static String firstSentences(MoveExplanation explanation) {
        if (explanation == null) {
            return "";
        }
        List<String> sentences = Words.english() ? explanation.en() : explanation.zh();
        return String.join(Words.english() ? " " : "", sentences.stream().skip(1).limit(2).toList());
    }

    private void applyFilter() {
        String text = search.getValue() == null ? "" : search.getValue().trim().toLowerCase();
        List<Row> shown = rows.stream()
                .filter(r -> text.isEmpty() || r.teacher().toLowerCase().contains(text)
                        || r.from().toLowerCase().contains(text) || r.to().toLowerCase().contains(text)
                        || r.rotation().getId().toLowerCase().contains(text))
                .filter(r -> subject.getValue() == null || r.subject() == subject.getValue())
                .filter(r -> kind.getValue() == null || r.kind() == kind.getValue())
                .filter(r -> !pinnedOnly.getValue() || r.pinned())
                .toList();
        grid.setItems(shown);
        summary.setText(getTranslation("plan.count", shown.size(), rows.size()));
    }

    /** Rows currently shown, for tests. */
    List<Row> shownRows() {
        return grid.getListDataView().getItems().toList();
    }
}
