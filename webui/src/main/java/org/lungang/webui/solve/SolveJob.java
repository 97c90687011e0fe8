package org.lungang.webui.solve;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.lungang.webui.base.AuthoredEntity;

/** One run of the solver on a scenario; its result is the plan version that names this job. */
@Entity
@AttributeOverride(name = "createdAt", column = @Column(name = "submitted_at"))
@AttributeOverride(name = "createdBy", column = @Column(name = "requested_by"))
@Table(name = "solve_job")
public class SolveJob extends AuthoredEntity {

    private Long scenarioId;
    @Enumerated(EnumType.STRING)
    private JobStatus status;
    private boolean warmStart;
    private long timeLimitSeconds;
    private String bestScore;
    private String errorMessage;
    private Instant startedAt;
    private Instant endedAt;

    protected SolveJob() {
    }

    SolveJob(long scenarioId, boolean warmStart, long timeLimitSeconds, String requestedBy) {
        super(requestedBy);
        this.scenarioId = scenarioId;
        this.warmStart = warmStart;
        this.timeLimitSeconds = timeLimitSeconds;
        this.status = JobStatus.QUEUED;
    }

    void started() {
        status = JobStatus.SOLVING;
        startedAt = Instant.now();
    }

    void ended(JobStatus finalStatus, String error) {
        status = finalStatus;
        // The column holds 2,000 characters; a longer message is cut rather than failing the job's end.
        errorMessage = error == null || error.length() <= 2000 ? error : error.substring(0, 1999) + "…";
        endedAt = Instant.now();
    }

    void setBestScore(String bestScore) {
        this.bestScore = bestScore;
    }

    public Long getScenarioId() { return scenarioId; }
    public JobStatus getStatus() { return status; }
    public boolean isWarmStart() { return warmStart; }
    public long getTimeLimitSeconds() { return timeLimitSeconds; }
    public String getBestScore() { return bestScore; }
    public String getErrorMessage() { return errorMessage; }
    public String getRequestedBy() { return getCreatedBy(); }
    public Instant getSubmittedAt() { return getCreatedAt(); }
    public Instant getStartedAt() { return startedAt; }
    public Instant getEndedAt() { return endedAt; }
}
