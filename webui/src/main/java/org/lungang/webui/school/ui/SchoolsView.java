package org.lungang.webui.school.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Tier;
import org.lungang.solver.kpi.IndicatorKpis;
import org.lungang.solver.kpi.SchoolIndicator;
import org.lungang.solver.kpi.SchoolKpis;
import org.lungang.webui.base.ui.Filters;
import org.lungang.webui.base.ui.Tone;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.Workspace.Snapshot;
import org.lungang.webui.workspace.ui.CurrentPlan;
import org.lungang.webui.workspace.ui.MainLayout;

/** Every school with its figures in the current plan; a school opens its staffing, movers and indicators. */
@Route(value = "schools", layout = MainLayout.class)
@PageTitle("学校 · Lungang")
@PermitAll
public class SchoolsView extends VerticalLayout implements BeforeEnterObserver {

    private final Workspace workspace;
    private final Grid<SchoolKpis> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<SchoolKind> kind = new ComboBox<>();
    private final ComboBox<Tier> tier = new ComboBox<>();
    private final ComboBox<String> alliance = new ComboBox<>();
    private final Checkbox quotaMissed = new Checkbox();
    private Snapshot snapshot;
    private Map<String, School> schools = Map.of();

    public SchoolsView(Workspace workspace) {
        this.workspace = workspace;
        setSizeFull();
        Filters.search(search, getTranslation("schools.search"), this::filter);
        Filters.choice(kind, getTranslation("schools.kind"), List.of(SchoolKind.values()), Words::of, this::filter);
        Filters.choice(tier, getTranslation("schools.tier"), List.of(Tier.values()), Words::of, this::filter);
        Filters.choice(alliance, getTranslation("schools.alliance"), List.of(), null, this::filter);
        quotaMissed.setLabel(getTranslation("schools.quotaMissed"));
        quotaMissed.setId("quota-missed");
        quotaMissed.addValueChangeListener(e -> filter());

        grid.setId("school-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SchoolKpis::name).setHeader(getTranslation("schools.name")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(k -> Words.of(k.kind())).setHeader(getTranslation("schools.kind"))
                .setComparator(Comparator.comparing(SchoolKpis::kind)).setAutoWidth(true);
        grid.addColumn(k -> Words.of(k.tier())).setHeader(getTranslation("schools.tier"))
                .setComparator(Comparator.comparing(SchoolKpis::tier)).setAutoWidth(true);
        grid.addColumn(k -> Words.of(k.stage())).setHeader(getTranslation("schools.stage")).setAutoWidth(true);
        grid.addColumn(k -> Objects.toString(schools.get(k.id()).getAllianceId(), ""))
                .setHeader(getTranslation("schools.alliance")).setAutoWidth(true);
        grid.addColumn(SchoolKpis::students).setHeader(getTranslation("schools.students")).setSortable(true);
        grid.addColumn(k -> k.staffBefore() + " → " + k.staffAfter()).setHeader(getTranslation("schools.staff"));
        grid.addColumn(SchoolKpis::eligible).setHeader(getTranslation("schools.eligible")).setSortable(true);
        grid.addColumn(k -> k.rotatedOut() + " / " + k.requiredByQuota()).setHeader(getTranslation("schools.outOfRequired"));
        grid.addColumn(SchoolKpis::arrived).setHeader(getTranslation("schools.arrived")).setSortable(true);
        grid.addComponentColumn(k -> k.requiredByQuota() == 0 ? new com.vaadin.flow.component.html.Span("—")
                : (k.quotaMet() ? Tone.GOOD : Tone.BAD).badge(getTranslation(k.quotaMet() ? "tone.met" : "tone.missed")))
                .setHeader(getTranslation("schools.quota"));
        grid.setEmptyStateText(getTranslation("schools.empty"));
        grid.addItemClickListener(e -> details(e.getItem()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        snapshot = CurrentPlan.begin(this, workspace, getTranslation("schools.title")).orElse(null);
        if (snapshot == null) {
            return;
        }
        schools = snapshot.plan().getSchools().stream().collect(Collectors.toMap(School::getId, Function.identity()));
        alliance.setItems(schools.values().stream().map(School::getAllianceId).filter(Objects::nonNull).distinct()
                .sorted().toList());
        HorizontalLayout filters = new HorizontalLayout(search, kind, tier, alliance, quotaMissed);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
        setFlexGrow(1, grid);
        filter();
        // A link from elsewhere (the score analysis) names one school: open its dialog.
        event.getLocation().getQueryParameters().getSingleParameter("school")
                .flatMap(id -> snapshot.kpis().schools().stream().filter(k -> k.id().equals(id)).findFirst())
                .ifPresent(this::details);
    }

    private void filter() {
        if (snapshot == null) {
            return;
        }
        String text = search.getValue() == null ? "" : search.getValue().trim().toLowerCase();
        grid.setItems(snapshot.kpis().schools().stream()
                .filter(k -> text.isEmpty() || k.name().toLowerCase().contains(text) || k.id().toLowerCase().contains(text))
                .filter(k -> kind.getValue() == null || k.kind() == kind.getValue())
                .filter(k -> tier.getValue() == null || k.tier() == tier.getValue())
                .filter(k -> alliance.getValue() == null
                        || alliance.getValue().equals(schools.get(k.id()).getAllianceId()))
                .filter(k -> !quotaMissed.getValue() || !k.quotaMet())
                .toList());
    }

    /** Staffing by subject is counted as the KPIs count it: principals and secondees stay on their own school. */
    private void details(SchoolKpis kpis) {
        School school = schools.get(kpis.id());
        List<Rotation> leaving = snapshot.plan().getRotations().stream()
                .filter(r -> r.isMoving() && r.getHomeSchool() == school).toList();
        List<Rotation> arriving = snapshot.plan().getRotations().stream()
                .filter(r -> r.isMoving() && r.getDestination() == school).toList();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(school.getName());
        dialog.setWidth("56em");
        dialog.setMaxWidth("95vw");
        dialog.add(new Paragraph(Words.of(school.getKind()) + " · " + Words.of(school.getTier()) + " · "
                + Words.of(school.getStage()) + " · " + getTranslation("schools.studentsN", school.getStudents())));

        record Staffing(Subject subject, int posts, int before, int after) {
        }
        List<Staffing> staffing = java.util.Arrays.stream(Subject.values())
                .map(s -> {
                    int before = school.staffBefore(s);
                    long out = leaving.stream().filter(r -> counts(r) && r.getSubject() == s).count();
                    long in = arriving.stream().filter(r -> counts(r) && r.getSubject() == s).count();
                    return new Staffing(s, school.posts(s), before, (int) (before - out + in));
                })
                .filter(s -> s.posts() > 0 || s.before() > 0 || s.after() > 0)
                .toList();
        Grid<Staffing> staffGrid = new Grid<>();
        staffGrid.setId("school-staffing");
        staffGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        staffGrid.addColumn(s -> Words.of(s.subject())).setHeader(getTranslation("subject"));
        staffGrid.addColumn(Staffing::posts).setHeader(getTranslation("schools.posts"));
        staffGrid.addColumn(Staffing::before).setHeader(getTranslation("overview.before"));
        staffGrid.addColumn(Staffing::after).setHeader(getTranslation("overview.after"));
        staffGrid.setItems(staffing);
        staffGrid.setAllRowsVisible(true);
        dialog.add(new H4(getTranslation("schools.staffing")), staffGrid);

        dialog.add(new H4(getTranslation("schools.leaving", leaving.size())));
        dialog.add(moverList(leaving, true));
        dialog.add(new H4(getTranslation("schools.arriving", arriving.size())));
        dialog.add(moverList(arriving, false));

        dialog.add(new H4(getTranslation("schools.indicators")));
        for (IndicatorKpis indicator : snapshot.kpis().indicators()) {
            indicator.schools().stream().filter(s -> s.schoolId().equals(school.getId())).findFirst()
                    .ifPresent(s -> dialog.add(new Paragraph(indicatorLine(indicator, s))));
        }
        dialog.getFooter().add(new Button(getTranslation("close"), e -> dialog.close()));
        dialog.open();
    }

    private static boolean counts(Rotation r) {
        return !r.isPrincipal() && r.getKind() == RotationKind.SUPPORT;
    }

    private String indicatorLine(IndicatorKpis indicator, SchoolIndicator s) {
        return Words.pick(indicator.indicator().zh(), indicator.indicator().en()) + ": "
                + Words.decimal(s.per100Before(), 2) + " → " + Words.decimal(s.per100After(), 2) + " ("
                + s.countBefore() + " → " + s.countAfter() + ")";
    }

    private Grid<Rotation> moverList(List<Rotation> movers, boolean leaving) {
        Grid<Rotation> list = new Grid<>();
        list.addThemeVariants(GridVariant.LUMO_COMPACT);
        list.addColumn(r -> r.getTeacher().name()).setHeader(getTranslation("plan.teacher"));
        list.addColumn(r -> Words.of(r.getSubject())).setHeader(getTranslation("subject"));
        list.addColumn(r -> leaving ? r.getDestination().getName() : r.getHomeSchool().getName())
                .setHeader(getTranslation(leaving ? "plan.to" : "plan.from"));
        list.addColumn(r -> Words.of(r.getKind())).setHeader(getTranslation("plan.kind"));
        list.setItems(movers);
        list.setAllRowsVisible(true);
        list.setEmptyStateText(getTranslation("schools.nobody"));
        return list;
    }
}
