package org.lungang.webui.solve;

import java.util.EnumSet;
import java.util.List;

import org.lungang.webui.audit.AuditService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The job rows' changes of state, each in its own transaction, as the solver threads report them. */
@Component
class SolveJobs {

    private final SolveJobRepository repository;
    private final AuditService audit;

    SolveJobs(SolveJobRepository repository, AuditService audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public void started(long jobId) {
        repository.findById(jobId).filter(job -> job.getStatus() == JobStatus.QUEUED).ifPresent(SolveJob::started);
    }

    @Transactional
    public void bestScore(long jobId, String score) {
        repository.findById(jobId).ifPresent(job -> job.setBestScore(score));
    }

    /** Ends the job unless it has ended already (e.g. marked interrupted at shutdown). */
    @Transactional
    public void ended(long jobId, JobStatus status, String error) {
        repository.findById(jobId).filter(job -> job.getStatus().isActive()).ifPresent(job -> {
            job.ended(status, error);
            audit.record("JOB_" + status, "solve_job", jobId, job.getBestScore() == null ? null
                    : "best score " + job.getBestScore());
        });
    }

    /** Marks every queued or solving job interrupted; returns how many. */
    @Transactional
    public int interruptActive() {
        List<SolveJob> active = repository.findByStatusIn(EnumSet.of(JobStatus.QUEUED, JobStatus.SOLVING));
        for (SolveJob job : active) {
            job.ended(JobStatus.INTERRUPTED, "The application stopped while the job was "
                    + job.getStatus().name().toLowerCase() + "; its best plan so far is kept");
            audit.record("JOB_INTERRUPTED", "solve_job", job.getId(), null);
        }
        return active.size();
    }
}
