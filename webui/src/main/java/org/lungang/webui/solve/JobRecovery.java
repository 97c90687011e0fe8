package org.lungang.webui.solve;

import org.lungang.webui.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.annotation.PostConstruct;
import org.springframework.stereotype.Component;

/**
 * At start, jobs still queued or solving were cut short by a crash (a clean shutdown records them itself): they are
 * marked interrupted, and the best plan each saved is kept. This runs while the application starts, before it takes
 * any request, so no new job can be mistaken for a left-over one.
 */
@Component
class JobRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(JobRecovery.class);

    private final SolveJobs jobs;

    JobRecovery(SolveJobs jobs) {
        this.jobs = jobs;
    }

    @PostConstruct
    void markInterruptedJobs() {
        int interrupted = SystemIdentity.call(jobs::interruptActive);
        if (interrupted > 0) {
            LOG.info("Marked {} solve job(s) left running by the last run as interrupted", interrupted);
        }
    }
}
