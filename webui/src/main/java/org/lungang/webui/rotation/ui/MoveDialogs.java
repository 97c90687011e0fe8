package org.lungang.webui.rotation.ui;

import org.lungang.solver.domain.Rotation;
import org.lungang.webui.rotation.ChangePreviews;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.workspace.Workspace.Snapshot;
import org.springframework.stereotype.Component;

/**
 * Opens one teacher's {@link MoveDialog} from any view, with what the dialog needs to preview and apply a change,
 * so that a view that lists teachers needs only this.
 */
@Component
public class MoveDialogs {

    private final ScenarioService scenarios;
    private final ChangePreviews previews;

    MoveDialogs(ScenarioService scenarios, ChangePreviews previews) {
        this.scenarios = scenarios;
        this.previews = previews;
    }

    /**
     * Opens the teacher's dialog.
     *
     * @param canChange whether the user may change her decision there (a planner, while no solve runs)
     * @param changed told after the planner changed the plan
     */
    public void open(Snapshot snapshot, Rotation rotation, boolean canChange, Runnable changed) {
        new MoveDialog(snapshot, rotation, scenarios, previews, canChange, changed).open();
    }
}
