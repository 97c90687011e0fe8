package org.lungang.webui.school.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.kpi.IndicatorKpis;
import org.lungang.solver.kpi.SchoolIndicator;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.workspace.Workspace.Snapshot;

/** One school in the current plan: staffing per subject before and after, who leaves and arrives, its indicators. */
public final class SchoolDialog extends Dialog {

    private final Snapshot snapshot;

    private SchoolDialog(Snapshot snapshot, School school) {
        this.snapshot = snapshot;
        build(school);
    }

    /** Opens the school's dialog over the current view. */
    public static SchoolDialog open(Snapshot snapshot, School school) {
        SchoolDialog dialog = new SchoolDialog(snapshot, school);
        dialog.open();
        return dialog;
    }

    /** Staffing by subject is counted as the KPIs count it: principals and secondees stay on their own school. */
    private void build(School school) {
        List<Rotation> leaving = snapshot.plan().getRotations().stream()
                .filter(r -> r.isMoving() && r.getHomeSchool() == school).toList();
        List<Rotation> arriving = snapshot.plan().getRotations().stream()
                .filter(r -> r.isMoving() && r.getDestination() == school).toList();
        Dialog dialog = this;
        dialog.setHeaderTitle(school.getName());
        dialog.setId("school-dialog");
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
    }

    private static boolean counts(Rotation r) {
        return !r.isPrincipal() && r.getKind() == RotationKind.SUPPORT;
    }

    private String indicatorLine(IndicatorKpis indicator, SchoolIndicator s) {
        return Words.of(indicator.indicator()) + ": "
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
