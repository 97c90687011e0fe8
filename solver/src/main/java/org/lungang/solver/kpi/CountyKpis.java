package org.lungang.solver.kpi;

import java.util.Map;

import org.lungang.solver.domain.RotationKind;

/**
 * County totals. Shares are between 0 and 1, and 0 when their denominator is 0.
 *
 * @param teachers everyone on the roster, principals included
 * @param eligible teachers and principals who may rotate this year
 * @param rotated everyone who moves, principals included
 * @param rotatedByKind movers per kind of move (every kind present, 0 when none)
 * @param backboneRotated backbone teachers (at the policy's level) among the movers, principals excluded
 * @param backboneShare backbone teachers among the movers who are not principals
 * @param backboneShareRequired the policy's backbone share
 * @param cadreBackboneEligible eligible cadres and backbone teachers
 * @param cadreBackboneExchanged those of them who move
 * @param cadreBackboneShare exchanged over eligible
 * @param cadreBackboneShareRequired the policy's exchange share
 * @param quotaSchools schools of the kinds the rotation quota applies to
 * @param quotaSchoolsMet those whose quota the plan meets
 * @param quotaMet every policy quota is met: each school's rotation quota and backbone share, the county backbone
 *        share and the cadre and backbone exchange share
 */
public record CountyKpis(int teachers, int eligible, int rotated, Map<RotationKind, Integer> rotatedByKind,
        int backboneRotated, double backboneShare, double backboneShareRequired, int cadreBackboneEligible,
        int cadreBackboneExchanged, double cadreBackboneShare, double cadreBackboneShareRequired, int quotaSchools,
        int quotaSchoolsMet, boolean quotaMet) {

    public CountyKpis {
        rotatedByKind = Map.copyOf(rotatedByKind);
    }
}
