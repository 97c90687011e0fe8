package org.lungang.webui.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import org.lungang.webui.security.ui.Permissions;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.Workspace.Snapshot;

/**
 * A view of the current plan: each visit starts it again with its heading ({@link CurrentPlan#begin}) and then its
 * content for the plan, or with the empty state when there is no scenario yet; after the planner's change it
 * re-reads the plan as saved.
 */
public abstract class CurrentPlanView extends VerticalLayout implements BeforeEnterObserver {

    protected final Workspace workspace;
    protected final Permissions permissions;
    private final String titleKey;
    /** The plan shown; null before the first visit and while there is no scenario. */
    protected Snapshot snapshot;

    protected CurrentPlanView(String titleKey, Workspace workspace, Permissions permissions) {
        this.titleKey = titleKey;
        this.workspace = workspace;
        this.permissions = permissions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render(event.getLocation().getQueryParameters());
    }

    /** Clears the view and builds it again for the current plan; {@code query} is the link's (e.g. a teacher). */
    protected final void render(QueryParameters query) {
        snapshot = CurrentPlan.begin(this, workspace, getTranslation(titleKey), actions()).orElse(null);
        if (snapshot != null) {
            fill(query);
        }
    }

    /** The buttons beside the title; none unless the view has some. */
    protected Component[] actions() {
        return new Component[0];
    }

    /** Adds what the view shows below its heading, for {@link #snapshot}. */
    protected abstract void fill(QueryParameters query);

    /** Shows {@link #snapshot} again after it was re-read (the view's list, figures, ...). */
    protected abstract void show();

    /** After a solve saved a better plan: the plan as saved now, shown. */
    protected void reload() {
        workspace.invalidate();
        snapshot = workspace.snapshot().orElse(snapshot);
        show();
    }

    /** After the planner's change: the plan as saved now, shown, and the banner of broken hard rules updated. */
    protected void refresh() {
        reload();
        MainLayout.refreshBanner(this);
    }

    /** The line that says, under the heading, what the view is for. */
    protected Paragraph intro(String key) {
        return CurrentPlan.intro(this, key);
    }
}
