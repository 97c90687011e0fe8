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
import org.lungang.solver.explain.Alliances;
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
    private Alliances alliances = Alliances.of(List.of());

    public SchoolsView(Workspace workspace) {
        this.workspace = workspace;
        setSizeFull();
        Filters.search(search, getTranslation("schools.search"), this::filter);
        Filters.choice(kind, getTranslation("schools.kind"), List.of(SchoolKind.values()), Words::of, this::filter);
        Filters.choice(tier, getTranslation("schools.tier"), List.of(Tier.values()), Words::of, this::filter);
        Filters.choice(alliance, getTranslation("schools.alliance"), List.of(), null, this::filter);
        alliance.setId("school-alliance");
        alliance.setWidth("20em");
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
        // The alliance's name is long (named after its leading school): the column shows what fits, the tooltip all.
        grid.addColumn(k -> allianceName(schools.get(k.id()).getAllianceId()))
                .setTooltipGenerator(k -> allianceName(schools.get(k.id()).getAllianceId()))
                .setHeader(getTranslation("schools.alliance")).setKey("alliance");
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
        alliances = Alliances.of(schools.values());
        alliance.setItems(schools.values().stream().map(School::getAllianceId).filter(Objects::nonNull).distinct()
                .sorted().toList());
        alliance.setItemLabelGenerator(this::allianceName);
        add(Filters.row(search, kind, tier, alliance, quotaMissed), grid);
        setFlexGrow(1, grid);
        filter();
        event.getLocation().getQueryParameters().getSingleParameter("school").map(schools::get)
                .ifPresent(school -> SchoolDialog.open(snapshot, school));
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

    /** The alliance as the planner knows it (after its leading school), in the UI's language; blank for none. */
    private String allianceName(String allianceId) {
        return allianceId == null ? "" : Words.pick(alliances.zh(allianceId), alliances.en(allianceId));
    }

    private void details(SchoolKpis kpis) {
        SchoolDialog.open(snapshot, schools.get(kpis.id()));
    }
}
