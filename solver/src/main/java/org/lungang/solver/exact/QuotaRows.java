package org.lungang.solver.exact;

import java.util.LinkedHashMap;
import java.util.Map;

import com.google.ortools.linearsolver.MPVariable;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.exact.CoreModel.Pair;

/**
 * The core model's four quotas as missing heads, summed into {@link CoreModel#shortfall}: each school's rotation
 * quota, each school's and the county's backbone share (missing ≥ share × rotated − backbone rotated, whole heads:
 * the linear form of ceil(share × rotated)), and the cadre and backbone exchange share. Who counts is the
 * constraints' rule: candidates other than principals per home school; every moving non-principal for the county.
 */
final class QuotaRows {

    private final CoreModel model;
    private final RotationPolicy policy;
    private final Map<School, Lin> rotated = new LinkedHashMap<>();
    private final Map<School, Lin> backboneRotated = new LinkedHashMap<>();
    private final Map<School, Integer> eligible = new LinkedHashMap<>();
    private final Map<School, Integer> backboneEligible = new LinkedHashMap<>();
    private final Lin countyRotated = new Lin();
    private final Lin countyBackbone = new Lin();
    private final Lin exchanged = new Lin();
    private int cadreBackboneEligible;

    private QuotaRows(CoreModel model) {
        this.model = model;
        this.policy = model.policy;
    }

    static void add(CoreModel model) {
        QuotaRows rows = new QuotaRows(model);
        rows.countFixed();
        rows.countPairs();
        rows.addRows();
    }

    private void countFixed() {
        for (Rotation r : model.plan.getRotations()) {
            boolean candidateTeacher = r.isCandidate() && !r.isPrincipal();
            boolean cadreOrBackbone = r.isCandidate() && policy.isCadreOrBackbone(r.getTeacher());
            if (candidateTeacher) {
                eligible.merge(r.getHomeSchool(), 1, Integer::sum);
                if (r.isBackbone()) {
                    backboneEligible.merge(r.getHomeSchool(), 1, Integer::sum);
                }
            }
            if (cadreOrBackbone) {
                cadreBackboneEligible++;
            }
            if (!model.fixed.rotations.contains(r) || !r.isMoving()) {
                continue;
            }
            if (!r.isPrincipal()) {
                countyRotated.add(1);
                if (r.isBackbone()) {
                    countyBackbone.add(1);
                }
            }
            if (candidateTeacher) {
                rotated.computeIfAbsent(r.getHomeSchool(), s -> new Lin()).add(1);
                if (r.isBackbone()) {
                    backboneRotated.computeIfAbsent(r.getHomeSchool(), s -> new Lin()).add(1);
                }
            }
            if (cadreOrBackbone) {
                exchanged.add(1);
            }
        }
    }

    private void countPairs() {
        for (Pair pair : model.pairs) {
            // Free teachers are candidates and not principals.
            Group group = pair.group();
            MPVariable y = pair.variable();
            rotated.computeIfAbsent(group.home(), s -> new Lin()).add(y, 1);
            countyRotated.add(y, 1);
            if (group.backbone()) {
                backboneRotated.computeIfAbsent(group.home(), s -> new Lin()).add(y, 1);
                countyBackbone.add(y, 1);
            }
            if (group.cadreOrBackbone()) {
                exchanged.add(y, 1);
            }
        }
    }

    private void addRows() {
        for (Map.Entry<School, Integer> entry : eligible.entrySet()) {
            School school = entry.getKey();
            Lin moved = rotated.getOrDefault(school, new Lin());
            long required = policy.rotationQuotaRequired(school, entry.getValue());
            if (required > 0) {
                missing(moved, required);
            }
            if (backboneEligible.getOrDefault(school, 0) > 0) {
                backboneShareMissing(backboneRotated.getOrDefault(school, new Lin()), moved, entry.getValue());
            }
        }
        backboneShareMissing(countyBackbone, countyRotated, model.plan.getRotations().size());
        long required = policy.cadreBackboneExchangeRequired(cadreBackboneEligible);
        if (required > 0) {
            missing(exchanged, required);
        }
    }

    /** Adds missing ≥ required − achieved, missing ≥ 0, to the shortfall. */
    private void missing(Lin achieved, long required) {
        if (!achieved.hasVariables()) {
            model.shortfall.add(Math.max(0, required - achieved.constant));
            return;
        }
        MPVariable missing = model.auxiliaryInt(required,
                h -> Math.max(0, required - Math.round(achieved.eval(h))));
        model.atLeast(new Lin().add(missing, 1).addAll(achieved, 1), required);
        model.shortfall.add(missing, 1);
    }

    private void backboneShareMissing(Lin backbone, Lin rotatedHeads, int most) {
        if (!rotatedHeads.hasVariables()) {
            model.shortfall.add(policy.backboneShortfall(Math.round(rotatedHeads.constant),
                    Math.round(backbone.constant)));
            return;
        }
        MPVariable missing = model.auxiliaryInt(most, h -> policy.backboneShortfall(
                Math.round(rotatedHeads.eval(h)), Math.round(backbone.eval(h))));
        model.atLeast(new Lin().add(missing, 1).addAll(backbone, 1).addAll(rotatedHeads, -policy.backboneShare()),
                0);
        model.shortfall.add(missing, 1);
    }
}
