package org.lungang.webui.plan;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import org.lungang.webui.base.AuthoredEntity;

/**
 * One version of a scenario's plan: the result of a solve (updated while the solve improves it), with its score and
 * KPIs. The plan itself is kept as the problem file's decisions (teacher, destination, pinned, forbidden schools), so
 * it is rebuilt on the scenario's problem whenever it is read.
 * <p>
 * A version is <em>set aside</em> when a solve ended with a worse score than the plan it would have replaced: it is
 * kept in the history (and can be restored), but the scenario's current plan stays the better one.
 */
@Entity
@Table(name = "plan_version")
public class PlanVersion extends AuthoredEntity {

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
    @Enumerated(EnumType.STRING)
    private PlanOrigin origin;
    private Integer basedOnVersion;
    private boolean setAside;

    protected PlanVersion() {
    }

    PlanVersion(long scenarioId, int versionNumber, Long solveJobId, PlanOrigin origin, String createdBy,
            Integer basedOnVersion) {
        super(createdBy);
        this.scenarioId = scenarioId;
        this.versionNumber = versionNumber;
        this.solveJobId = solveJobId;
        this.origin = origin;
        this.basedOnVersion = basedOnVersion;
    }

    void setAside() {
        this.setAside = true;
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
    /** How the version came about; null for versions recorded before this was kept. */
    public PlanOrigin getOrigin() { return origin; }
    /** The version it started from (warm start, hand edit), restored, or would have replaced (solve). */
    public Integer getBasedOnVersion() { return basedOnVersion; }
    /** Whether it scored worse than the plan it would have replaced, and so is not the current plan. */
    public boolean isSetAside() { return setAside; }
}
