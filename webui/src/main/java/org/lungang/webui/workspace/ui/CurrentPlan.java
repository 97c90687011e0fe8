package org.lungang.webui.workspace.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.lungang.webui.base.ui.EmptyState;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.Workspace.Snapshot;

/**
 * The top of every view that shows the current plan: its title, the scenario's name and the view's actions, or, with
 * no scenario yet, the empty state that says what to do.
 */
public final class CurrentPlan {

    private CurrentPlan() {
    }

    /**
     * Clears the view and starts it again: the heading when there is a current plan (returned), the empty state when
     * there is none.
     */
    public static <V extends Component & HasComponents> Optional<Snapshot> begin(V view, Workspace workspace,
            String title, Component... actions) {
        view.removeAll();
        Optional<Snapshot> snapshot = workspace.snapshot();
        if (snapshot.isEmpty()) {
            view.add(noScenario(view));
            return snapshot;
        }
        Span name = new Span(snapshot.get().name());
        name.setId("current-scenario");
        Component[] heading = new Component[actions.length + 2];
        heading[0] = new H2(title);
        heading[1] = name;
        System.arraycopy(actions, 0, heading, 2, actions.length);
        view.add(MainLayout.toolbar(heading));
        return snapshot;
    }

    /** The line that says, under a view's heading, what the view is for. */
    public static Paragraph intro(Component view, String key) {
        Paragraph intro = new Paragraph(view.getTranslation(key));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        return intro;
    }

    /** What a view shows before any dataset has a scenario. */
    public static EmptyState noScenario(Component view) {
        return new EmptyState(view.getTranslation("empty.noScenario"), view.getTranslation("empty.noScenarioHint"));
    }
}
