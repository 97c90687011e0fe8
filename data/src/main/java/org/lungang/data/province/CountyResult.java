package org.lungang.data.province;

import java.io.Serializable;
import java.util.List;

import org.lungang.solver.kpi.Indicator;

/**
 * What a province run keeps of one county: its figures before and after the plan, or why it has none. Small and
 * serialisable, so that it travels between cluster members and is written as one JSON file per job.
 *
 * @param status solved, invalid (the file failed validation: {@code errors} lists each error), failed (the solve
 *        threw: {@code errors} holds the reason)
 * @param quotaSchools schools the rotation quota applies to
 * @param quotaSchoolsMet those whose quota the plan meets
 * @param quotaMet every policy quota is met
 * @param openPostsBefore open posts (缺编) summed over subjects and schools before the plan
 * @param postsFilled open posts before − open posts after
 * @param planFile the plan file, relative to the run's output directory
 * @param solvedBy the member (or "embedded") that solved it
 * @param boundStatus the exact phase's status (OPTIMAL, FEASIBLE, NO_PLAN, TOO_BIG, UNAVAILABLE), null when the plan
 *        carries no bound
 * @param gapPercent how far the plan is below the exact bound, in percent of it, as the plan's {@code bound} gives it;
 *        null when no bound covers the plan
 */
public record CountyResult(String jobId, String county, String file, Status status, List<String> errors,
        int teachers, int eligible, int rotated, int quotaSchools, int quotaSchoolsMet, boolean quotaMet,
        int openPostsBefore, int postsFilled, boolean feasible, String score, List<IndicatorResult> indicators,
        String planFile, long solveMillis, String solvedBy, String boundStatus, Double gapPercent)
        implements Serializable {

    public CountyResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** How a county's job ended. */
    public enum Status {
        SOLVED,
        /** The county's file failed validation; nothing was solved. */
        INVALID,
        /** The solve itself failed. */
        FAILED,
        /** Another member holds the job: not an end, the submitter asks again later. */
        BUSY
    }

    /** A county whose file failed validation. */
    public static CountyResult invalid(String jobId, String county, String file, List<String> errors) {
        return new CountyResult(jobId, county, file, Status.INVALID, errors, 0, 0, 0, 0, 0, false, 0, 0, false, null,
                List.of(), null, 0, null, null, null);
    }

    /** A county whose solve failed. */
    public static CountyResult failed(String jobId, String county, String file, String reason, String solvedBy) {
        return new CountyResult(jobId, county, file, Status.FAILED, List.of(reason), 0, 0, 0, 0, 0, false, 0, 0,
                false, null, List.of(), null, 0, solvedBy, null, null);
    }

    /** Another member is solving the job. */
    public static CountyResult busy(CountyJob job) {
        return new CountyResult(job.jobId(), job.county(), job.file(), Status.BUSY, List.of(), 0, 0, 0, 0, 0, false,
                0, 0, false, null, List.of(), null, 0, null, null, null);
    }

    /** The county's coefficient of one indicator in one school group, or null when the county has no such group. */
    public IndicatorResult indicator(String group, Indicator indicator) {
        for (IndicatorResult result : indicators) {
            if (result.group().equals(group) && result.indicator() == indicator) {
                return result;
            }
        }
        return null;
    }

    /**
     * One national indicator of one school group (primary, junior): the county's 差异系数 before and after, read from
     * the plan's {@code IndicatorKpis}.
     */
    public record IndicatorResult(String group, Indicator indicator, double before, double after, double threshold,
            boolean metBefore, boolean metAfter) implements Serializable {
    }
}
