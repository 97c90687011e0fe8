package org.lungang.webui.rotation.ui;

import com.vaadin.flow.component.UI;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.School;
import org.lungang.webui.scenario.OverrideAction;
import org.lungang.webui.scenario.RotationOverride;
import org.lungang.webui.workspace.Workspace.Snapshot;

/** A planner's decision in words: a pin where the teacher is, a hand move, a pin to staying, a forbidden school. */
final class Decisions {

    private Decisions() {
    }

    /** What kind of decision it is: the message key of its name. */
    static String kindKey(RotationOverride o) {
        if (o.getAction() == OverrideAction.FORBID) {
            return "decisions.forbid";
        }
        if (o.getSchoolId() == null) {
            return "decisions.pinStay";
        }
        return "decisions.pinTo";
    }

    static String describe(Snapshot snapshot, RotationOverride o) {
        UI ui = UI.getCurrent();
        return ui.getTranslation(kindKey(o), schoolName(snapshot, o.getSchoolId()));
    }

    static String schoolName(Snapshot snapshot, String schoolId) {
        if (schoolId == null) {
            return "";
        }
        School school = snapshot.plan().schoolOf(schoolId);
        return school == null ? schoolId : school.getName();
    }

    static String teacherName(Snapshot snapshot, RotationOverride o) {
        Rotation rotation = snapshot.plan().rotationOf(o.getTeacherId());
        return rotation == null ? o.getTeacherId() : rotation.getTeacher().name();
    }
}
