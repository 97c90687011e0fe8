package org.lungang.webui.rotation.ui;

import org.lungang.data.excel.PlanStatus;
import org.lungang.webui.workspace.HardRuleCheck.BrokenRule;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.Workspace.Snapshot;

/** What the plan workbook of the current plan states at its top: the version, the planner's changes, feasibility. */
public final class PlanExport {

    private PlanExport() {
    }

    /** The current plan's status: its version, with the planner's decisions on top when there are any. */
    public static PlanStatus status(Workspace workspace, Snapshot snapshot) {
        int decisions = (int) snapshot.plan().getRotations().stream()
                .filter(r -> r.isPinnedByPlanner() || !r.getForbiddenSchoolIds().isEmpty()).count();
        String version = snapshot.version().map(v -> "第 " + v.getVersionNumber() + " 版").orElse("尚未求解");
        if (decisions > 0) {
            version += "（另有 " + decisions + " 名教师的规划员决定）";
        }
        return new PlanStatus(version, snapshot.score(),
                workspace.brokenHardRules().stream().map(BrokenRule::constraintName).toList());
    }
}
