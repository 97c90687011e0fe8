package org.lungang.solver.kpi;

import static org.lungang.solver.domain.ConstraintNames.CADRE_BACKBONE_EXCHANGE;
import static org.lungang.solver.domain.ConstraintNames.COUNTY_BACKBONE_SHARE;
import static org.lungang.solver.domain.ConstraintNames.COUNTY_SCOPE;
import static org.lungang.solver.domain.ConstraintNames.SCHOOL_BACKBONE_SHARE;
import static org.lungang.solver.domain.ConstraintNames.SCHOOL_ROTATION_QUOTA;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lungang.solver.domain.Direction;
import org.lungang.solver.domain.Labels;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SecondmentCap;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Text;

/**
 * The policy quotas that no plan can meet, proven from the problem alone by counting: who is eligible, who has a
 * legal destination at all, and how many teachers a school may lose under the stability cap and without opening a
 * hole in a subject. The bounds are upper bounds, so every rule reported here is truly impossible; a plan may still
 * miss other quotas for subtler reasons (those appear as plan shortfalls).
 */
final class Infeasibility {

    private final RotationPlan plan;
    private final RotationPolicy policy;

    private Infeasibility(RotationPlan plan) {
        this.plan = plan;
        this.policy = plan.getPolicy();
    }

    static List<Shortfall> of(RotationPlan plan) {
        return new Infeasibility(plan).report();
    }

    private List<Shortfall> report() {
        List<Shortfall> shortfalls = new ArrayList<>();
        Map<School, List<Rotation>> candidatesBySchool = new LinkedHashMap<>();
        for (School school : plan.getSchools()) {
            candidatesBySchool.put(school, new ArrayList<>());
        }
        for (Rotation rotation : plan.getRotations()) {
            if (rotation.isCandidate() && !rotation.isPrincipal()) {
                candidatesBySchool.computeIfAbsent(rotation.getHomeSchool(), s -> new ArrayList<>()).add(rotation);
            }
        }

        long leastRotatedByQuotas = 0;
        for (Map.Entry<School, List<Rotation>> entry : candidatesBySchool.entrySet()) {
            School school = entry.getKey();
            List<Rotation> candidates = entry.getValue();
            long required = requiredByQuota(school, candidates.size());
            leastRotatedByQuotas += required;
            if (required > 0) {
                schoolQuota(school, candidates, required, shortfalls);
            }
            schoolBackboneShare(school, candidates, required, shortfalls);
        }
        countyBackboneShare(leastRotatedByQuotas, shortfalls);
        cadreBackboneExchange(shortfalls);
        return shortfalls;
    }

    long requiredByQuota(School school, long eligible) {
        return policy.rotationQuotaRequired(school, eligible);
    }

    private void schoolQuota(School school, List<Rotation> candidates, long required, List<Shortfall> out) {
        List<Rotation> movable = candidates.stream().filter(this::canLeave).toList();
        long byDestinations = movable.size();
        long byStability = policy.maxStaffLoss(school);
        long byHoles = leaversWithoutHole(school, movable);
        long bound = Math.min(byDestinations, Math.min(byStability, byHoles));
        if (required <= bound) {
            return;
        }
        Text reason;
        if (bound == byDestinations) {
            reason = new Text("只有 " + bound + " 名符合条件的教师有合规的去向学校",
                    "only " + bound + " eligible teachers have a legal destination");
        } else if (bound == byStability) {
            reason = new Text("稳定性上限只允许 " + school.getTotalStaffBefore() + " 名在编教师中调出 " + bound + " 人",
                    "the stability cap lets at most " + bound + " of its " + school.getTotalStaffBefore()
                            + " teaching staff leave");
        } else {
            reason = new Text("在不造成本校学科缺口的前提下最多只能调出 " + bound + " 人",
                    "at most " + bound + " can leave without opening a hole in their subject");
        }
        out.add(Shortfall.impossible(SCHOOL_ROTATION_QUOTA, school.getId(), required, bound, new Text(
                "学校 " + school.getName() + "：交流比例要求符合条件的 " + candidates.size() + " 人中交流 " + required
                        + " 人，但" + reason.zh(),
                "school " + school.getName() + ": the quota needs " + required + " of its " + candidates.size()
                        + " eligible teachers rotated, but " + reason.en())));
    }

    /**
     * Per subject, departures may take the staff down to the sender's minimum, plus as many as could arrive by
     * support moves in that subject (an arrival refills the post).
     */
    private long leaversWithoutHole(School school, List<Rotation> movable) {
        Map<Subject, Integer> movableBySubject = new EnumMap<>(Subject.class);
        for (Rotation rotation : movable) {
            movableBySubject.merge(rotation.getSubject(), 1, Integer::sum);
        }
        long total = 0;
        for (Map.Entry<Subject, Integer> entry : movableBySubject.entrySet()) {
            Subject subject = entry.getKey();
            int before = school.staffBefore(subject);
            int minimum = policy.senderMinimum(school, subject);
            long room = (long) before - minimum + possibleSupportArrivals(school, subject);
            total += Math.min(entry.getValue(), room);
        }
        return total;
    }

    private long possibleSupportArrivals(School school, Subject subject) {
        return plan.getRotations().stream()
                .filter(r -> r.isCandidate() && !r.isPrincipal() && r.getSubject() == subject
                        && r.getHomeSchool() != school && isLegalDestination(r, school)
                        && Direction.between(r.getHomeSchool(), school) == Direction.TOWARDS_RURAL_OR_WEAK)
                .count();
    }

    private void schoolBackboneShare(School school, List<Rotation> candidates, long leastRotated,
            List<Shortfall> out) {
        long backboneEligible = candidates.stream().filter(Rotation::isBackbone).count();
        if (backboneEligible == 0) {
            return;
        }
        long needed = policy.backboneRequired(leastRotated);
        long movable = candidates.stream().filter(r -> r.isBackbone() && canLeave(r)).count();
        if (needed <= movable) {
            return;
        }
        out.add(Shortfall.impossible(SCHOOL_BACKBONE_SHARE, school.getId(), needed, movable, new Text(
                "学校 " + school.getName() + "：交流比例要求至少交流 " + leastRotated + " 人，其中骨干教师须占 "
                        + Labels.percent(policy.backboneShare()) + "，即 " + needed + " 人，但只有 " + movable
                        + " 名符合条件的骨干教师能够交流",
                "school " + school.getName() + ": the quota rotates at least " + leastRotated + ", and "
                        + Labels.percent(policy.backboneShare()) + " backbone of them needs " + needed + ", but only "
                        + movable + " eligible backbone teachers can rotate")));
    }

    private void countyBackboneShare(long leastRotated, List<Shortfall> out) {
        long needed = policy.backboneRequired(leastRotated);
        long movable = plan.getRotations().stream()
                .filter(r -> r.isCandidate() && !r.isPrincipal() && r.isBackbone() && canLeave(r))
                .count();
        if (needed <= movable) {
            return;
        }
        out.add(Shortfall.impossible(COUNTY_BACKBONE_SHARE, COUNTY_SCOPE,
                needed, movable, new Text(
                "全县：各校交流比例要求至少交流 " + leastRotated + " 人，骨干教师须占 " + Labels.percent(policy.backboneShare())
                        + "，即 " + needed + " 人，但只有 " + movable + " 名符合条件的骨干教师能够交流",
                "county: the school quotas rotate at least " + leastRotated + ", and "
                        + Labels.percent(policy.backboneShare()) + " backbone of them needs " + needed + ", but only "
                        + movable + " eligible backbone teachers can rotate")));
    }

    private void cadreBackboneExchange(List<Shortfall> out) {
        List<Rotation> eligible = plan.getRotations().stream()
                .filter(r -> r.isCandidate() && policy.isCadreOrBackbone(r.getTeacher()))
                .toList();
        long needed = policy.cadreBackboneExchangeRequired(eligible.size());
        long movable = eligible.stream().filter(this::canLeave).count();
        if (needed <= movable) {
            return;
        }
        out.add(Shortfall.impossible(CADRE_BACKBONE_EXCHANGE, COUNTY_SCOPE, needed, movable, new Text(
                "全县：符合条件的 " + eligible.size() + " 名干部和骨干教师须交流 "
                        + Labels.percent(policy.cadreBackboneExchangeShare()) + "，即 " + needed + " 人，但只有 " + movable
                        + " 人有合规的去向学校",
                "county: " + Labels.percent(policy.cadreBackboneExchangeShare()) + " of the " + eligible.size()
                        + " eligible cadres and backbone teachers needs " + needed + " exchanged, but only "
                        + movable + " have a legal destination")));
    }

    /**
     * The rotation may leave its school in some plan: the planner did not pin it to staying, and some school is a
     * legal destination for it.
     */
    boolean canLeave(Rotation rotation) {
        if (rotation.isPinnedByPlanner()) {
            return rotation.isMoving();
        }
        for (School school : plan.getSchools()) {
            if (school != rotation.getHomeSchool() && isLegalDestination(rotation, school)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The hard rules that depend on the destination alone: not forbidden; a principal stays within the stage; a
     * teacher moves towards rural or weak into a subject with posts, or on secondment when the policy allows it and
     * the host's ongoing secondees leave room under its cap.
     */
    private boolean isLegalDestination(Rotation rotation, School school) {
        if (rotation.getForbiddenSchoolIds().contains(school.getId())) {
            return false;
        }
        if (rotation.isPrincipal()) {
            return school.getStage() == rotation.getHomeSchool().getStage();
        }
        Direction direction = Direction.between(rotation.getHomeSchool(), school);
        if (direction == Direction.TOWARDS_RURAL_OR_WEAK) {
            // With no post of the subject, any arrival would exceed the posts.
            return school.posts(rotation.getSubject()) > 0;
        }
        return direction == Direction.TOWARDS_URBAN_OR_STRONG && SecondmentCap.room(policy, school, 0) > 0
                && policy.allowsDirection(direction, rotation.getTeacher());
    }
}
