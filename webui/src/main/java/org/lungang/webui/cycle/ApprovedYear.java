package org.lungang.webui.cycle;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.lungang.data.cycle.RolloverResult;
import org.lungang.webui.base.AuthoredEntity;

/**
 * A school year's approved rotation list (批准方案): the plan file as it was approved, and what the rollover to the
 * next year did. A record, never changed once written: the entity has no setters, Hibernate writes no update of it
 * ({@link Immutable}), and neither the services nor the REST API offer an edit. The links to datasets, scenario and
 * plan version become null when those are deleted; the names, the year and the list stay.
 */
@Entity
@Immutable
@AttributeOverride(name = "createdBy", column = @Column(name = "approved_by"))
@Table(name = "approved_year")
public class ApprovedYear extends AuthoredEntity {

    private Long datasetId;
    private String datasetName;
    private int schoolYear;
    private Long scenarioId;
    private String scenarioName;
    private Long planVersionId;
    @Column(name = "plan_version")
    private int planVersionNumber;
    private String score;
    private int moves;
    private int started;
    private int appointed;
    private int returned;
    private int extended;
    private int retired;
    private int promoted;
    private int exemptionsCleared;
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "text")
    private String planFile;
    private Long nextDatasetId;
    private Long nextScenarioId;

    protected ApprovedYear() {
    }

    /** The year as approved; {@code planFile} is the plan file ({@code PlanJson}) of the approved version. */
    record Approval(long datasetId, String datasetName, int schoolYear, long scenarioId, String scenarioName,
            long planVersionId, int planVersionNumber, String score, int moves, String planFile,
            RolloverResult.Counts counts, long nextDatasetId, long nextScenarioId, String approvedBy) {
    }

    ApprovedYear(Approval a) {
        super(a.approvedBy());
        this.datasetId = a.datasetId();
        this.datasetName = a.datasetName();
        this.schoolYear = a.schoolYear();
        this.scenarioId = a.scenarioId();
        this.scenarioName = a.scenarioName();
        this.planVersionId = a.planVersionId();
        this.planVersionNumber = a.planVersionNumber();
        this.score = a.score();
        this.moves = a.moves();
        this.started = a.counts().started;
        this.appointed = a.counts().appointed;
        this.returned = a.counts().returned;
        this.extended = a.counts().extended;
        this.retired = a.counts().retired;
        this.promoted = a.counts().promoted;
        this.exemptionsCleared = a.counts().exemptionsCleared;
        this.planFile = a.planFile();
        this.nextDatasetId = a.nextDatasetId();
        this.nextScenarioId = a.nextScenarioId();
    }

    /** The approved year's dataset; null once it was deleted. */
    public Long getDatasetId() { return datasetId; }
    public String getDatasetName() { return datasetName; }
    public int getSchoolYear() { return schoolYear; }
    public Long getScenarioId() { return scenarioId; }
    public String getScenarioName() { return scenarioName; }
    public Long getPlanVersionId() { return planVersionId; }
    public int getPlanVersionNumber() { return planVersionNumber; }
    public String getScore() { return score; }
    public int getMoves() { return moves; }
    /** Terms of exchange begun by the year's support and secondment moves. */
    public int getStarted() { return started; }
    /** Principals appointed to the school the plan moved them to. */
    public int getAppointed() { return appointed; }
    public int getReturned() { return returned; }
    public int getExtended() { return extended; }
    public int getRetired() { return retired; }
    public int getPromoted() { return promoted; }
    public int getExemptionsCleared() { return exemptionsCleared; }
    /** The approved plan file (JSON, {@code PlanJson}): every move with its reasons, the returns, the KPIs. */
    public String getPlanFile() { return planFile; }
    /** The dataset made for the next school year; null once it was deleted. */
    public Long getNextDatasetId() { return nextDatasetId; }
    public Long getNextScenarioId() { return nextScenarioId; }
    public String getApprovedBy() { return getCreatedBy(); }
    public Instant getApprovedAt() { return getCreatedAt(); }
}
