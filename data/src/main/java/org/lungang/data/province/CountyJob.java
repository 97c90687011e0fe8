package org.lungang.data.province;

import java.io.Serializable;
import java.util.Objects;

/**
 * One county's solve, self-contained so that any cluster member can run it: the county's problem file with the
 * province policy merged in, and the time limit.
 *
 * @param jobId county, year, policy hash and input hash ({@link ProvinceInput#jobId}): the same input always gives
 *        the same id, so a re-run finds the result already written
 * @param county the county's name, as its problem file gives it (or the file name when it has none)
 * @param file the county's problem file, as the planner named it; errors are reported under it
 * @param input the merged problem document (UTF-8 JSON)
 * @param timeLimitMillis the solver's time limit
 */
public record CountyJob(String jobId, String county, String file, byte[] input, long timeLimitMillis)
        implements Serializable {

    public CountyJob {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(input, "input");
    }
}
