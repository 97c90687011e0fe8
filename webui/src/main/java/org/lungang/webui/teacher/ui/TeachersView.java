package org.lungang.webui.teacher.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lungang.solver.domain.Eligibility;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.Subject;
import org.lungang.webui.base.ui.Filters;
import org.lungang.webui.base.ui.Tone;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.rotation.ui.MoveDialogs;
import org.lungang.webui.security.ui.Permissions;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.ui.CurrentPlanView;
import org.lungang.webui.workspace.ui.MainLayout;

/** Everyone on the roster, filtered by eligibility, backbone, exemption and rotation; a row opens the decision. */
@Route(value = "teachers", layout = MainLayout.class)
@PageTitle("教师 · Lungang")
@PermitAll
public class TeachersView extends CurrentPlanView {

    private final MoveDialogs moveDialogs;
    private final Grid<Rotation> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<Subject> subject = new ComboBox<>();
    private final Checkbox eligible = new Checkbox();
    private final Checkbox backbone = new Checkbox();
    private final Checkbox exempt = new Checkbox();
    private final Checkbox rotating = new Checkbox();

    public TeachersView(Workspace workspace, MoveDialogs moveDialogs, Permissions permissions) {
        super("teachers.title", workspace, permissions);
        this.moveDialogs = moveDialogs;
        setSizeFull();
        Filters.search(search, getTranslation("teachers.search"), this::filter);
        Filters.choice(subject, getTranslation("subject"), List.of(Subject.values()), Words::of, this::filter);
        eligible.setLabel(getTranslation("teachers.eligible"));
        eligible.setId("filter-eligible");
        backbone.setLabel(getTranslation("teachers.backbone"));
        backbone.setId("filter-backbone");
        exempt.setLabel(getTranslation("teachers.exempt"));
        exempt.setId("filter-exempt");
        rotating.setLabel(getTranslation("teachers.rotating"));
        rotating.setId("filter-rotating");
        for (Checkbox box : new Checkbox[] {eligible, backbone, exempt, rotating}) {
            box.addValueChangeListener(e -> filter());
        }

        grid.setId("teacher-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.getTeacher().name()).setHeader(getTranslation("plan.teacher")).setSortable(true)
                .setComparator(Comparator.comparing(r -> r.getTeacher().name())).setAutoWidth(true);
        grid.addColumn(Rotation::getId).setHeader(getTranslation("teachers.id")).setAutoWidth(true);
        grid.addColumn(r -> r.getHomeSchool().getName()).setHeader(getTranslation("teachers.school"))
                .setComparator(Comparator.comparing(r -> r.getHomeSchool().getName())).setAutoWidth(true);
        grid.addColumn(r -> Words.of(r.getSubject())).setHeader(getTranslation("subject")).setAutoWidth(true);
        grid.addColumn(r -> Words.of(r.getTeacher().role())).setHeader(getTranslation("teachers.role"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.getTeacher().yearsAtSchool()).setHeader(getTranslation("teachers.years"))
                .setComparator(Comparator.comparingInt(r -> r.getTeacher().yearsAtSchool())).setAutoWidth(true);
        grid.addColumn(r -> Words.of(r.getTeacher().backboneLevel())).setHeader(getTranslation("teachers.backboneLevel"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> r.isCandidate() ? Tone.GOOD.badge(getTranslation("teachers.eligibleYes"))
                : Tone.WARN.badge(getTranslation("eligibility." + r.getEligibility().reason().name())))
                .setHeader(getTranslation("teachers.eligibility")).setAutoWidth(true);
        grid.addColumn(r -> r.isMoving() ? r.getDestination().getName() : "")
                .setHeader(getTranslation("teachers.destination")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("teachers.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
    }

    @Override
    protected void fill(QueryParameters query) {
        add(Filters.row(search, subject, eligible, backbone, exempt, rotating), grid);
        setFlexGrow(1, grid);
        // A link from elsewhere (the score analysis) names one teacher: show just her.
        query.getSingleParameter("teacher").ifPresent(search::setValue);
        filter();
        // A link to one teacher (from the infeasibility banner): her decision opens at once.
        query.getSingleParameter("teacher")
                .map(id -> snapshot.plan().rotationOf(id)).ifPresent(this::open);
    }

    private void open(Rotation rotation) {
        moveDialogs.open(snapshot, rotation, permissions.canPlan(), this::refresh);
    }

    @Override
    protected void show() {
        filter();
    }

    private void filter() {
        if (snapshot == null) {
            return;
        }
        String text = search.getValue() == null ? "" : search.getValue().trim().toLowerCase();
        grid.setItems(snapshot.plan().getRotations().stream()
                .filter(r -> text.isEmpty() || r.getTeacher().name().toLowerCase().contains(text)
                        || r.getId().toLowerCase().contains(text)
                        || r.getHomeSchool().getName().toLowerCase().contains(text))
                .filter(r -> subject.getValue() == null || r.getSubject() == subject.getValue())
                .filter(r -> !eligible.getValue() || r.isCandidate())
                .filter(r -> !backbone.getValue() || r.isBackbone())
                .filter(r -> !exempt.getValue() || r.getEligibility().reason() == Eligibility.Reason.EXEMPT
                        || r.getEligibility().reason() == Eligibility.Reason.NEAR_RETIREMENT)
                .filter(r -> !rotating.getValue() || r.isMoving())
                .toList());
    }
}
