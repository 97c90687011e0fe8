package org.lungang.webui.solve;

/** Where a solve job is. The last four are final. */
public enum JobStatus {
    /** Waiting for a free solver. */
    QUEUED,
    SOLVING,
    /** Ended at its time limit. */
    COMPLETED,
    /** Stopped by a planner; its best plan is kept. */
    STOPPED,
    /** The application stopped while the job was queued or solving; its best plan so far is kept. */
    INTERRUPTED,
    FAILED;

    public boolean isActive() {
        return this == QUEUED || this == SOLVING;
    }
}
