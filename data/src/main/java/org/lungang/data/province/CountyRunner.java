package org.lungang.data.province;

import java.nio.file.Path;
import java.util.List;

/** Runs county jobs: on this machine ({@link EmbeddedRunner}) or on a cluster. */
public interface CountyRunner {

    /**
     * Runs every job, reporting to the progress as counties start and finish.
     *
     * @param output the directory every solver writes its plans and results into
     * @return one result per job, in the jobs' order
     */
    List<CountyResult> run(List<CountyJob> jobs, Path output, ProvinceProgress progress);
}
