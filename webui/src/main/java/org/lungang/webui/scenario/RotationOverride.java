package org.lungang.webui.scenario;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A planner's pin or forbidden move for one teacher in a scenario; every later solve respects it. */
@Entity
@Table(name = "rotation_override")
public class RotationOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long scenarioId;
    private String teacherId;
    @Enumerated(EnumType.STRING)
    private OverrideAction action;
    private String schoolId;
    private String createdBy;
    private Instant createdAt;

    protected RotationOverride() {
    }

    RotationOverride(long scenarioId, String teacherId, OverrideAction action, String schoolId, String createdBy) {
        this.scenarioId = scenarioId;
        this.teacherId = teacherId;
        this.action = action;
        this.schoolId = schoolId;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getScenarioId() { return scenarioId; }
    public String getTeacherId() { return teacherId; }
    public OverrideAction getAction() { return action; }
    /** The pinned destination (null: stays) or the forbidden school. */
    public String getSchoolId() { return schoolId; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
