package org.lungang.webui.plan;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import org.lungang.webui.base.AbstractEntity;

/**
 * One version of a scenario's plan: the result of a solve (updated while the solve improves it), with its score and
 * KPIs. The plan itself is kept as the problem file's decisions (teacher, destination, pinned, forbidden schools), so
 * it is rebuilt on the scenario's problem whenever it is read.
 */
@Entity
@Table(name = "plan_version")
public class PlanVersion extends AbstractEntity {

    private Long scenarioId;
    private int versionNumber;
    private Long solveJobId;
    private String score;
    private boolean feasible;
    private int moves;
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "text")
    private String kpisJson;
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "text")
    private String planJson;
    private Instant updatedAt;

    protected PlanVersion() {
    }

    PlanVersion(long scenarioId, int versionNumber, Long solveJobId) {
        super(Instant.now());
        this.scenarioId = scenarioId;
        this.versionNumber = versionNumber;
        this.solveJobId = solveJobId;
    }

    void update(String score, boolean feasible, int moves, String kpisJson, String planJson) {
        this.score = score;
        this.feasible = feasible;
        this.moves = moves;
        this.kpisJson = kpisJson;
        this.planJson = planJson;
        this.updatedAt = Instant.now();
    }

    public Long getScenarioId() { return scenarioId; }
    public int getVersionNumber() { return versionNumber; }
    public Long getSolveJobId() { return solveJobId; }
    public String getScore() { return score; }
    public boolean isFeasible() { return feasible; }
    public int getMoves() { return moves; }
    public String getKpisJson() { return kpisJson; }
    public String getPlanJson() { return planJson; }
    public Instant getUpdatedAt() { return updatedAt; }
}
