package org.lungang.webui.rotation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.School;
import org.lungang.solver.kpi.Shortfall;
import org.lungang.webui.base.ui.Tone;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.workspace.HardRuleCheck.BrokenRule;
import org.lungang.webui.workspace.Workspace.Snapshot;

/**
 * Everything the current plan does not meet (未满足), the worst first: the hard rules it breaks, then the policy
 * quotas it misses and those no plan can meet. Each row names its rule in the UI's language and its school or teachers
 * by name, as links (a school opens its dialog, a teacher her decision).
 */
public class ShortfallTable extends Grid<ShortfallTable.Row> {

    /** How many explained matches of a broken hard rule are listed in its row. */
    static final int MATCHES_SHOWN = 3;

    /** One line: a broken hard rule ({@code broken}) or a shortfall ({@code shortfall}). */
    public record Row(BrokenRule broken, Shortfall shortfall) {
    }

    private final Snapshot snapshot;
    private final Consumer<Rotation> openTeacher;

    /** Teachers' links lead to the teachers view with the teacher's decision open. */
    public ShortfallTable(Snapshot snapshot, List<BrokenRule> broken) {
        this(snapshot, broken, r -> UI.getCurrent().navigate("teachers", QueryParameters.of("teacher", r.getId())));
    }

    public ShortfallTable(Snapshot snapshot, List<BrokenRule> broken, Consumer<Rotation> openTeacher) {
        this.snapshot = snapshot;
        this.openTeacher = openTeacher;
        setId("shortfall-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addComponentColumn(this::status).setHeader(getTranslation("overview.status")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(r -> Words.rule(r.broken() != null ? r.broken().constraintName() : r.shortfall().rule()))
                .setHeader(getTranslation("shortfalls.rule")).setWidth("10em").setFlexGrow(1);
        addComponentColumn(this::scope).setHeader(getTranslation("shortfalls.school")).setWidth("12em")
                .setFlexGrow(1);
        addComponentColumn(this::detail).setHeader(getTranslation("shortfalls.detail")).setWidth("20em")
                .setFlexGrow(5);
        addColumn(r -> r.shortfall() == null ? "" : String.valueOf(r.shortfall().required()))
                .setHeader(getTranslation("overview.requiredCol")).setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> r.shortfall() == null ? "" : String.valueOf(r.shortfall().achieved()))
                .setHeader(getTranslation("overview.achieved")).setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> r.shortfall() == null ? getTranslation("safety.ruleDelta", -r.broken().penalty())
                : String.valueOf(r.shortfall().shortfall())).setHeader(getTranslation("overview.gap"))
                .setAutoWidth(true).setFlexGrow(0);
        List<Row> rows = new ArrayList<>();
        broken.forEach(b -> rows.add(new Row(b, null)));
        snapshot.kpis().shortfalls().forEach(s -> rows.add(new Row(null, s)));
        setItems(rows);
        setHeight(rows.size() > 8 ? "24em" : null);
        setAllRowsVisible(rows.size() <= 8);
    }

    private Component status(Row r) {
        if (r.broken() != null) {
            return Tone.BAD.badge(getTranslation("shortfalls.hard"));
        }
        return (r.shortfall().impossible() ? Tone.BAD : Tone.WARN)
                .badge(getTranslation(r.shortfall().impossible() ? "overview.impossible" : "overview.missed"));
    }

    private Component scope(Row r) {
        Span cell = new Span();
        if (r.broken() != null) {
            List<Component> links = new ArrayList<>();
            r.broken().schools().forEach(s -> links.add(PlanLinks.school(snapshot, s)));
            r.broken().teachers().forEach(t -> links.add(PlanLinks.teacher(t, openTeacher)));
            for (int i = 0; i < links.size(); i++) {
                if (i > 0) {
                    cell.add(new Span("、"));
                }
                cell.add(links.get(i));
            }
            return cell;
        }
        String scope = r.shortfall().scope();
        School school = snapshot.plan().schoolOf(scope);
        if (school != null) {
            cell.add(PlanLinks.school(snapshot, school));
        } else if (ConstraintNames.COUNTY_SCOPE.equals(scope)) {
            cell.setText(getTranslation("shortfalls.county"));
        } else {
            cell.setText(scope);
        }
        return cell;
    }

    private Component detail(Row r) {
        if (r.broken() != null) {
            Div lines = new Div();
            List<String> texts = Words.english() ? r.broken().en() : r.broken().zh();
            texts.stream().limit(MATCHES_SHOWN)
                    .forEach(t -> lines.add(new Div(PlanLinks.text(snapshot, t, openTeacher))));
            if (texts.size() > MATCHES_SHOWN) {
                lines.add(new Div(getTranslation("banner.more", texts.size() - MATCHES_SHOWN)));
            }
            return lines;
        }
        return PlanLinks.text(snapshot, Words.of(r.shortfall().text()), openTeacher);
    }
}
