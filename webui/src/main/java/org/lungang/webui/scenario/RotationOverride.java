package org.lungang.webui.scenario;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.lungang.webui.base.AuthoredEntity;

/** A planner's pin or forbidden move for one teacher in a scenario; every later solve respects it. */
@Entity
@Table(name = "rotation_override")
public class RotationOverride extends AuthoredEntity {

    private Long scenarioId;
    private String teacherId;
    @Enumerated(EnumType.STRING)
    private OverrideAction action;
    private String schoolId;

    protected RotationOverride() {
    }

    RotationOverride(long scenarioId, String teacherId, OverrideAction action, String schoolId, String createdBy) {
        super(createdBy);
        this.scenarioId = scenarioId;
        this.teacherId = teacherId;
        this.action = action;
        this.schoolId = schoolId;
    }

    public Long getScenarioId() { return scenarioId; }
    public String getTeacherId() { return teacherId; }
    public OverrideAction getAction() { return action; }
    /** The pinned destination (null: stays) or the forbidden school. */
    public String getSchoolId() { return schoolId; }
}
