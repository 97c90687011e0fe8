package org.lungang.webui.scenario;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.lungang.webui.base.AbstractEntity;

/** A planner's pin or forbidden move for one teacher in a scenario; every later solve respects it. */
@Entity
@Table(name = "rotation_override")
public class RotationOverride extends AbstractEntity {

    private Long scenarioId;
    private String teacherId;
    @Enumerated(EnumType.STRING)
    private OverrideAction action;
    private String schoolId;
    private String createdBy;

    protected RotationOverride() {
    }

    RotationOverride(long scenarioId, String teacherId, OverrideAction action, String schoolId, String createdBy) {
        super(Instant.now());
        this.scenarioId = scenarioId;
        this.teacherId = teacherId;
        this.action = action;
        this.schoolId = schoolId;
        this.createdBy = createdBy;
    }

    public Long getScenarioId() { return scenarioId; }
    public String getTeacherId() { return teacherId; }
    public OverrideAction getAction() { return action; }
    /** The pinned destination (null: stays) or the forbidden school. */
    public String getSchoolId() { return schoolId; }
    public String getCreatedBy() { return createdBy; }
}
