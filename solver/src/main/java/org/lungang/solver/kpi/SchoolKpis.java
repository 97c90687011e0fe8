package org.lungang.solver.kpi;

import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Tier;

/**
 * One school's figures. Staff are teaching staff counted as the staffing rules count them: principals excluded,
 * secondees counted at their own school, not at their host.
 *
 * @param staffBefore teaching staff before the plan
 * @param staffAfter teaching staff after the plan: before − rotated out + arrived
 * @param eligible eligible teachers, principals excluded (the base of the quota)
 * @param requiredByQuota teachers the rotation quota requires to rotate; 0 for kinds of school the quota does not
 *        apply to
 * @param rotatedOut teachers who leave, principals excluded
 * @param arrived teachers who arrive to take a post (support), principals and secondees excluded
 * @param quotaMet rotated out is at least required by quota
 * @param backboneShareOfRotated backbone teachers among those rotated out, 0 when none is
 * @param secondeesHosted teachers here on a training secondment
 */
public record SchoolKpis(String id, String name, SchoolKind kind, Stage stage, Tier tier, int students,
        int staffBefore, int staffAfter, int eligible, long requiredByQuota, int rotatedOut, int arrived,
        boolean quotaMet, double backboneShareOfRotated, int secondeesHosted) {
}
