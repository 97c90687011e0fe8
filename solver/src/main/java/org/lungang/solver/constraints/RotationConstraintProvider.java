package org.lungang.solver.constraints;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.compose;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.conditionally;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThan;
import static org.lungang.solver.domain.ConstraintNames.*;

import java.util.function.BiFunction;
import java.util.function.Predicate;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

import org.lungang.solver.constraints.justifications.DirectionJustification;
import org.lungang.solver.constraints.justifications.ForbiddenMoveJustification;
import org.lungang.solver.constraints.justifications.IneligibleRotationJustification;
import org.lungang.solver.constraints.justifications.MoveJustification;
import org.lungang.solver.constraints.justifications.OwnSchoolJustification;
import org.lungang.solver.constraints.justifications.PairJustification;
import org.lungang.solver.constraints.justifications.PrincipalJustification;
import org.lungang.solver.constraints.justifications.QuotaJustification;
import org.lungang.solver.constraints.justifications.SchoolCountJustification;
import org.lungang.solver.constraints.justifications.ShortageFilledJustification;
import org.lungang.solver.constraints.justifications.StaffingJustification;
import org.lungang.solver.constraints.justifications.TeamJustification;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SecondmentCap;
import org.lungang.solver.domain.Seniority;
import org.lungang.solver.kpi.DifferenceCoefficient;
import org.lungang.solver.kpi.Indicator;
import org.lungang.solver.kpi.IndicatorBaseline;

/**
 * Every rule of the rotation policy as a constraint. Hard: the law of the plan. Medium: the policy quotas, penalised
 * by the size of the shortfall so that an impossible quota is missed by as little as possible. Soft: the goals.
 */
public class RotationConstraintProvider implements ConstraintProvider {

    /** Reward per filled shortage post, before the subject's scarcity multiplies it. */
    public static final int SHORTAGE_POST_REWARD = 100;
    static final int SAME_ALLIANCE_REWARD = 20;
    static final int PREFERENCE_REWARD = 30;
    /**
     * Soft penalty per 1.0 of an indicator's coefficient of variation after the plan (per group and indicator): 0.01
     * of a coefficient weighs as much as one shortage post filled. The medium rule already keeps every coefficient
     * from rising; this only prefers lower ones. (At 100,000 the county tier traded posts and commute for balance:
     * 578 posts instead of 705 and a mean commute of 34.9 km.)
     */
    public static final long INDICATOR_WEIGHT_PER_CV = 10_000L;
    /** Soft penalty, on top, while a coefficient is above its national threshold: 0.1 of a coefficient. */
    static final long ABOVE_THRESHOLD_PENALTY = 1_000L;
    /** Soft penalty per 1.0 of a coefficient's rise above its baseline: one thousandth weighs 10 shortage posts. */
    static final long RISE_WEIGHT_PER_CV = 1_000_000L;

    /**
     * The filters several rules start from, one instance each: the network shares a node only between equal
     * lambdas, and two lambdas written alike in two places are not equal.
     */
    private static final Predicate<Rotation> MOVING_TEACHER = r -> r.isMoving() && !r.isPrincipal();
    private static final Predicate<Rotation> CANDIDATE_TEACHER = r -> r.isCandidate() && !r.isPrincipal();
    private static final Predicate<Rotation> MOVING = Rotation::isMoving;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                // Hard
                onlyEligibleTeachersRotate(factory),
                noMoveToOwnSchool(factory),
                moveForbiddenByPlanner(factory),
                allowedDirection(factory),
                secondmentHostCap(factory),
                openPostInSubjectAtDestination(factory),
                noHoleAtSender(factory),
                receivingCapacity(factory),
                housingBedsBeyondCommuteLimit(factory),
                exactlyOnePrincipalPerSchool(factory),
                principalMovesWithinStage(factory),
                teamMovesTogether(factory),
                stabilityCap(factory),
                // Medium
                schoolRotationQuota(factory),
                countyBackboneShare(factory),
                schoolBackboneShare(factory),
                cadreAndBackboneExchangeShare(factory),
                indicatorsMustNotWorsen(factory),
                // Soft
                shortagePostsFilled(factory),
                balanceOfTeachersAboveRequiredDegree(factory),
                balanceOfBackboneTeachers(factory),
                balanceOfPeAndArtsTeachers(factory),
                commuteDistance(factory),
                sameAllianceMove(factory),
                preferenceHonoured(factory),
                coupleKeptNear(factory),
                longestServingFirst(factory)
        };
    }

    // ************************************************************************
    // Hard constraints
    // ************************************************************************

    Constraint onlyEligibleTeachersRotate(ConstraintFactory factory) {
        return rotations(factory)
                .filter(r -> r.isMoving() && !r.isCandidate())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((r, score) -> new IneligibleRotationJustification(r.getId(),
                        r.getEligibility().reason()))
                .asConstraint(ONLY_ELIGIBLE_ROTATE);
    }

    Constraint noMoveToOwnSchool(ConstraintFactory factory) {
        return rotations(factory)
                .filter(r -> r.getDestination() == r.getHomeSchool())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((r, score) -> new OwnSchoolJustification(r.getId(), r.getHomeSchool().getId()))
                .asConstraint(NO_MOVE_TO_OWN_SCHOOL);
    }

    Constraint moveForbiddenByPlanner(ConstraintFactory factory) {
        return rotations(factory)
                .filter(r -> r.isMoving() && r.getForbiddenSchoolIds().contains(r.getDestination().getId()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((r, score) -> new ForbiddenMoveJustification(r.getId(), r.getDestination().getId()))
                .asConstraint(FORBIDDEN_MOVE);
    }

    /**
     * Teachers go to more rural or weaker schools (support); only cadres and backbone teachers go the other way
     * (secondment), when the policy says so; lateral moves serve no purpose. Principals follow their own rule.
     */
    Constraint allowedDirection(ConstraintFactory factory) {
        return rotations(factory)
                .filter(r -> MOVING_TEACHER.test(r)
                        && !r.getPolicy().allowsDirection(r.getDirection(), r.getTeacher()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((r, score) -> new DirectionJustification(r.getId(), r.getHomeSchool().getId(),
                        r.getDestination().getId(), r.getDirection()))
                .asConstraint(ALLOWED_DIRECTION);
    }

    /**
     * A host trains no more secondees than the cap, counting those still there on a term begun earlier; each new
     * secondment beyond it counts once ({@link SecondmentCap}).
     */
    Constraint secondmentHostCap(ConstraintFactory factory) {
        return rotations(factory)
                .filter(r -> r.getKind() == RotationKind.SECONDMENT)
                .groupBy(Rotation::getDestination, count(), PolicyOfGroup.INSTANCE)
                .filter((school, secondees, policy) -> SecondmentCap.excess(policy, school, secondees) > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD,
                        (school, secondees, policy) -> SecondmentCap.excess(policy, school, secondees))
                .justifyWith((school, secondees, policy, score) -> new SchoolCountJustification(school.getId(),
                        "secondees hosted", "挂职人数", SecondmentCap.hosted(school, secondees),
                        policy.maxSecondeesPerHost()))
                .asConstraint(SECONDMENT_HOST_CAP);
    }

    /**
     * A supporting teacher fills a real post: after all moves the destination has no more teachers of the subject
     * than posts. Each arrival beyond the posts counts once; overstaffing that existed before is not the plan's.
     */
    Constraint openPostInSubjectAtDestination(ConstraintFactory factory) {
        return staffing(factory)
                .filter((key, in, out) -> in > 0 && excessArrivals(key, in, out) > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, RotationConstraintProvider::excessArrivals)
                .justifyWith((key, in, out, score) -> staffingJustification(key, in, out,
                        "arrivals without an open post", "调入人数超过空编"))
                .asConstraint(SUBJECT_POST_AVAILABLE);
    }

    static int excessArrivals(SchoolSubject key, int in, int out) {
        int staffAfter = key.school().staffBefore(key.subject()) + in - out;
        return Math.min(in, Math.max(0, staffAfter - key.school().posts(key.subject())));
    }

    /**
     * A sender keeps at least the policy's share of its posts in every subject it sends from, and never falls below
     * what it had ("拆东墙补西墙" is forbidden). Each departure that digs the hole counts once.
     */
    Constraint noHoleAtSender(ConstraintFactory factory) {
        return staffing(factory)
                .filter((key, in, out) -> out > 0)
                .join(RotationPolicy.class)
                .filter((key, in, out, policy) -> holeDepartures(key, in, out, policy) > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, RotationConstraintProvider::holeDepartures)
                .justifyWith((key, in, out, policy, score) -> staffingJustification(key, in, out,
                        "departures open a hole", "调出后出现缺口"))
                .asConstraint(NO_HOLE_AT_SENDER);
    }

    static int holeDepartures(SchoolSubject key, int in, int out, RotationPolicy policy) {
        int after = key.school().staffBefore(key.subject()) + in - out;
        return Math.min(out, Math.max(0, policy.senderMinimum(key.school(), key.subject()) - after));
    }

    Constraint receivingCapacity(ConstraintFactory factory) {
        return rotations(factory)
                .filter(r -> r.isMoving() && !r.isPrincipal() && r.getDestination().getReceivingCapacity() != null)
                .groupBy(Rotation::getDestination, count())
                .filter((school, arrivals) -> arrivals > school.getReceivingCapacity())
                .penalize(HardMediumSoftLongScore.ONE_HARD,
                        (school, arrivals) -> arrivals - school.getReceivingCapacity())
                .justifyWith((school, arrivals, score) -> new SchoolCountJustification(school.getId(),
                        "teachers received", "接收交流教师人数", arrivals, school.getReceivingCapacity()))
                .asConstraint(RECEIVING_CAPACITY);
    }

    /** A teacher placed beyond the commute limit needs a bed of turnover housing at the destination. */
    Constraint housingBedsBeyondCommuteLimit(ConstraintFactory factory) {
        return rotations(factory)
                .filter(Rotation::needsBed)
                .groupBy(Rotation::getDestination, count())
                .filter((school, lodgers) -> lodgers > school.getHousingBeds())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (school, lodgers) -> lodgers - school.getHousingBeds())
                .justifyWith((school, lodgers, score) -> new SchoolCountJustification(school.getId(),
                        "teachers needing a bed", "需周转房人数", lodgers, school.getHousingBeds()))
                .asConstraint(HOUSING_BEDS);
    }

    /** Every school ends the year with exactly one principal: one missing or one too many counts once each. */
    Constraint exactlyOnePrincipalPerSchool(ConstraintFactory factory) {
        return rotations(factory)
                .filter(Rotation::isPrincipal)
                .groupBy(Rotation::getEffectiveSchool, count())
                .complement(School.class, school -> 0)
                .filter((school, principals) -> principals != 1)
                .penalize(HardMediumSoftLongScore.ONE_HARD, (school, principals) -> Math.abs(principals - 1))
                .justifyWith((school, principals, score) -> new SchoolCountJustification(school.getId(),
                        "principals after the plan", "交流后校长人数", principals, 1))
                .asConstraint(ONE_PRINCIPAL_PER_SCHOOL);
    }

    Constraint principalMovesWithinStage(ConstraintFactory factory) {
        return rotations(factory)
                .filter(r -> r.isMoving() && r.isPrincipal()
                        && r.getDestination().getStage() != r.getHomeSchool().getStage())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((r, score) -> new PrincipalJustification(r.getId(), r.getHomeSchool().getId(),
                        r.getDestination().getId()))
                .asConstraint(PRINCIPAL_SAME_STAGE);
    }

    /** A team (团队交流) goes to one school together or not at all: each pair that splits counts once. */
    Constraint teamMovesTogether(ConstraintFactory factory) {
        return rotations(factory)
                .filter(r -> r.getTeacher().teamId() != null)
                .join(rotations(factory), equal(r -> r.getTeacher().teamId()), lessThan(Rotation::getId))
                .filter((a, b) -> a.getDestination() != b.getDestination())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((a, b, score) -> new TeamJustification(a.getTeacher().teamId(), a.getId(), b.getId()))
                .asConstraint(TEAM_MOVES_TOGETHER);
    }

    /** No school loses more than the policy's share of its teaching staff in one year. */
    Constraint stabilityCap(ConstraintFactory factory) {
        return rotations(factory)
                .filter(MOVING_TEACHER)
                .groupBy(Rotation::getHomeSchool, count(), PolicyOfGroup.INSTANCE)
                .filter((school, leaving, policy) -> leaving > maxLoss(school, policy))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (school, leaving, policy) -> leaving - maxLoss(school, policy))
                .justifyWith((school, leaving, policy, score) -> new SchoolCountJustification(school.getId(),
                        "teachers leaving", "调出教师人数", leaving, maxLoss(school, policy)))
                .asConstraint(STABILITY_CAP);
    }

    private static long maxLoss(School school, RotationPolicy policy) {
        return policy.maxStaffLoss(school);
    }

    // ************************************************************************
    // Medium constraints: policy quotas, penalised by the shortfall
    // ************************************************************************

    /** Each sending school rotates at least ceil(quota × its eligible teachers); principals are counted apart. */
    Constraint schoolRotationQuota(ConstraintFactory factory) {
        return schoolTallies(factory)
                .filter((school, tally, policy) -> tally.quotaShortfall(school, policy) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM,
                        (school, tally, policy) -> tally.quotaShortfall(school, policy))
                .justifyWith((school, tally, policy, score) -> new QuotaJustification(school.getId(),
                        "rotation quota of " + tally.eligible() + " eligible",
                        "符合条件 " + tally.eligible() + " 人的交流比例",
                        policy.rotationQuotaRequired(school, tally.eligible()), tally.rotated()))
                .asConstraint(SCHOOL_ROTATION_QUOTA);
    }

    /** Backbone teachers are at least the policy's share of all teachers rotated in the county. */
    Constraint countyBackboneShare(ConstraintFactory factory) {
        return rotations(factory)
                .filter(MOVING_TEACHER)
                .groupBy(count(), conditionally(Rotation::isBackbone, count()), PolicyOfGroup.INSTANCE)
                .filter((rotated, backbone, policy) -> policy.backboneShortfall(rotated, backbone) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM,
                        (rotated, backbone, policy) -> policy.backboneShortfall(rotated, backbone))
                .justifyWith((rotated, backbone, policy, score) -> new QuotaJustification(COUNTY_SCOPE,
                        "backbone share of " + rotated + " rotated", "交流 " + rotated + " 人中骨干教师比例",
                        policy.backboneRequired(rotated), backbone))
                .asConstraint(COUNTY_BACKBONE_SHARE);
    }

    /** The same share at each sending school that has eligible backbone teachers. */
    Constraint schoolBackboneShare(ConstraintFactory factory) {
        return schoolTallies(factory)
                .filter((school, tally, policy) -> tally.backboneEligible() > 0 && tally.backboneShortfall(policy) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM,
                        (school, tally, policy) -> tally.backboneShortfall(policy))
                .justifyWith((school, tally, policy, score) -> new QuotaJustification(school.getId(),
                        "backbone share of " + tally.rotated() + " rotated",
                        "交流 " + tally.rotated() + " 人中骨干教师比例",
                        policy.backboneRequired(tally.rotated()), tally.backboneRotated()))
                .asConstraint(SCHOOL_BACKBONE_SHARE);
    }

    /**
     * Each sending school's eligible teachers (principals apart) and how many of them rotate, backbone teachers
     * among both: one grouping that the rotation quota and the school's backbone share both read.
     */
    private static TriConstraintStream<School, SchoolTally, RotationPolicy> schoolTallies(ConstraintFactory factory) {
        return rotations(factory)
                .filter(CANDIDATE_TEACHER)
                .groupBy(Rotation::getHomeSchool, SchoolTally.COLLECTOR, PolicyOfGroup.INSTANCE);
    }

    /** A sending school's eligible teachers, those rotated, and the backbone teachers among each. */
    record SchoolTally(int eligible, int rotated, int backboneEligible, int backboneRotated) {
        /** One instance, so that both quota rules share the grouping's node. */
        static final UniConstraintCollector<Rotation, ?, SchoolTally> COLLECTOR = compose(
                count(),
                conditionally(Rotation::isMoving, count()),
                conditionally(Rotation::isBackbone, count()),
                conditionally((Rotation r) -> r.isMoving() && r.isBackbone(), count()),
                SchoolTally::new);

        long quotaShortfall(School school, RotationPolicy policy) {
            return Math.max(0, policy.rotationQuotaRequired(school, eligible) - rotated);
        }

        long backboneShortfall(RotationPolicy policy) {
            return policy.backboneShortfall(rotated, backboneRotated);
        }
    }

    /** At least the policy's share of the eligible cadres and backbone teachers exchange (干部骨干挂职交流互派). */
    Constraint cadreAndBackboneExchangeShare(ConstraintFactory factory) {
        return rotations(factory)
                .filter(r -> r.isCandidate() && r.getPolicy().isCadreOrBackbone(r.getTeacher()))
                .groupBy(count(), conditionally(Rotation::isMoving, count()), PolicyOfGroup.INSTANCE)
                .filter((eligible, exchanged, policy) ->
                        exchanged < policy.cadreBackboneExchangeRequired(eligible))
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, (eligible, exchanged, policy) ->
                        policy.cadreBackboneExchangeRequired(eligible) - exchanged)
                .justifyWith((eligible, exchanged, policy, score) -> new QuotaJustification(COUNTY_SCOPE,
                        "exchange share of " + eligible + " eligible cadres and backbone teachers",
                        "符合条件的 " + eligible + " 名干部和骨干教师交流比例",
                        policy.cadreBackboneExchangeRequired(eligible), exchanged))
                .asConstraint(CADRE_BACKBONE_EXCHANGE);
    }

    /**
     * No national indicator's official coefficient of variation in any group is higher after the plan than before
     * (a policy switch, on by default): penalised by the rise in thousandths, rounded up.
     */
    Constraint indicatorsMustNotWorsen(ConstraintFactory factory) {
        return indicatorCoefficients(factory)
                .join(RotationPolicy.class)
                .filter((coefficients, policy) -> policy.indicatorsMustNotWorsen() && coefficients.rise() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, (coefficients, policy) -> coefficients.rise())
                .justifyWith((coefficients, policy, score) -> coefficients.justification(
                        (baseline, after) -> baseline.riseInThousandths(after) > 0))
                .asConstraint(INDICATORS_MUST_NOT_WORSEN);
    }

    // ************************************************************************
    // Soft constraints: the goals
    // ************************************************************************

    /**
     * Rewards each shortage post filled (and regrets each one opened), weighted by the subject's scarcity: the
     * change in open posts of a school's subject from before to after the plan.
     */
    Constraint shortagePostsFilled(ConstraintFactory factory) {
        return staffing(factory)
                .filter((key, in, out) -> shortageFilled(key, in, out) != 0)
                .join(RotationPolicy.class)
                .impact(HardMediumSoftLongScore.ONE_SOFT, (key, in, out, policy) ->
                        SHORTAGE_POST_REWARD * policy.scarcity(key.subject()) * shortageFilled(key, in, out))
                .justifyWith((key, in, out, policy, score) -> new ShortageFilledJustification(key.school().getId(),
                        key.subject(), key.school().openPostsBefore(key.subject()),
                        key.school().openPostsBefore(key.subject()) - shortageFilled(key, in, out),
                        policy.scarcity(key.subject())))
                .asConstraint(SHORTAGE_POSTS_FILLED);
    }

    static int shortageFilled(SchoolSubject key, int in, int out) {
        School school = key.school();
        int posts = school.posts(key.subject());
        int openAfter = Math.max(0, posts - (school.staffBefore(key.subject()) + in - out));
        return school.openPostsBefore(key.subject()) - openAfter;
    }

    Constraint balanceOfTeachersAboveRequiredDegree(ConstraintFactory factory) {
        return lowerCoefficient(factory, Indicator.ABOVE_REQUIRED_DEGREE, BALANCE_ABOVE_DEGREE);
    }

    Constraint balanceOfBackboneTeachers(ConstraintFactory factory) {
        return lowerCoefficient(factory, Indicator.BACKBONE, BALANCE_BACKBONE);
    }

    Constraint balanceOfPeAndArtsTeachers(ConstraintFactory factory) {
        return lowerCoefficient(factory, Indicator.PE_AND_ARTS, BALANCE_PE_ARTS);
    }

    /**
     * Lowers the official coefficient of variation of one indicator in every group: a penalty proportional to the
     * coefficient after the plan, and a fixed one more while it is above the national threshold, so that crossing
     * below the threshold is worth more than the same step elsewhere. Where the rule that indicators must not worsen
     * is on and the coefficient rose, the rise weighs far more: the medium rule counts whole thousandths, so a move
     * that takes back a part of one would not show there, and local search needs that slope to find its way back.
     */
    private Constraint lowerCoefficient(ConstraintFactory factory, Indicator indicator, String name) {
        return indicatorCoefficients(factory)
                .join(RotationPolicy.class)
                .map(GOAL_PENALTIES)
                .filter(penalties -> penalties.of(indicator) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, penalties -> penalties.of(indicator))
                .justifyWith((penalties, score) -> penalties.coefficients().justification(
                        (baseline, after) -> baseline.indicator() == indicator
                                && coefficientPenalty(baseline, after, penalties.policy()) > 0))
                .asConstraint(name);
    }

    /** Each indicator's goal penalty, summed over its groups: worked out once per change for the three goals. */
    record GoalPenalties(IndicatorCoefficients coefficients, RotationPolicy policy, long[] byIndicator) {

        static GoalPenalties of(IndicatorCoefficients coefficients, RotationPolicy policy) {
            long[] byIndicator = new long[Indicator.values().length];
            for (IndicatorCoefficients.Coefficient coefficient : coefficients.all()) {
                byIndicator[coefficient.baseline().indicator().ordinal()] +=
                        coefficientPenalty(coefficient.baseline(), coefficient.after(), policy);
            }
            return new GoalPenalties(coefficients, policy, byIndicator);
        }

        long of(Indicator indicator) {
            return byIndicator[indicator.ordinal()];
        }
    }

    /** One instance, so that the three goals share the node that works their penalties out. */
    private static final BiFunction<IndicatorCoefficients, RotationPolicy, GoalPenalties> GOAL_PENALTIES =
            GoalPenalties::of;

    static long coefficientPenalty(IndicatorBaseline baseline, DifferenceCoefficient after, RotationPolicy policy) {
        double cv = after.value();
        long penalty = Math.round(cv * INDICATOR_WEIGHT_PER_CV)
                + (cv > baseline.threshold() ? ABOVE_THRESHOLD_PENALTY : 0);
        if (policy.indicatorsMustNotWorsen()) {
            penalty += Math.round(Math.max(0.0, cv - baseline.before().value()) * RISE_WEIGHT_PER_CV);
        }
        return penalty;
    }

    /** Kilometres of commute of everyone who moves. */
    Constraint commuteDistance(ConstraintFactory factory) {
        return rotations(factory)
                .filter(MOVING)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, r -> Math.round(r.getCommuteKm()))
                .justifyWith((r, score) -> moveJustification(r,
                        String.format("commute %.1f km", r.getCommuteKm()),
                        String.format("通勤 %.1f 公里", r.getCommuteKm())))
                .asConstraint(COMMUTE_DISTANCE);
    }

    Constraint sameAllianceMove(ConstraintFactory factory) {
        return rotations(factory)
                .filter(r -> r.isMoving() && r.getHomeSchool().isInSameAllianceAs(r.getDestination()))
                .reward(HardMediumSoftLongScore.ONE_SOFT, r -> SAME_ALLIANCE_REWARD)
                // The match names both schools; the alliance's id (G1) would mean nothing to a principal.
                .justifyWith((r, score) -> moveJustification(r, "within their alliance", "同一联盟内交流"))
                .asConstraint(SAME_ALLIANCE);
    }

    Constraint preferenceHonoured(ConstraintFactory factory) {
        return rotations(factory)
                .filter(r -> r.isMoving() && r.getTeacher().preferredSchoolIds().contains(r.getDestination().getId()))
                .reward(HardMediumSoftLongScore.ONE_SOFT, r -> PREFERENCE_REWARD)
                .justifyWith((r, score) -> moveJustification(r, "a school the teacher asked for", "本人志愿学校"))
                .asConstraint(PREFERENCE_HONOURED);
    }

    /**
     * Couples who both teach are not placed further apart than the policy allows, once either of them moves. A couple
     * counts once, whether the roster records the partner on both sides or only on one.
     */
    Constraint coupleKeptNear(ConstraintFactory factory) {
        return rotations(factory)
                .filter(r -> r.getTeacher().partnerId() != null)
                .join(rotations(factory), equal(r -> r.getTeacher().partnerId(), Rotation::getId))
                .filter((a, b) -> isFirstOfCouple(a, b) && (a.isMoving() || b.isMoving()))
                .join(RotationPolicy.class)
                .filter((a, b, policy) -> coupleDistance(a, b) > policy.coupleMaxKm())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (a, b, policy) -> Math.round(coupleDistance(a, b) - policy.coupleMaxKm()))
                .justifyWith((a, b, policy, score) -> new PairJustification(a.getId(), b.getId(),
                        String.format("a couple %.1f km apart, more than %.0f km", coupleDistance(a, b),
                                policy.coupleMaxKm()),
                        String.format("夫妻两地相距 %.1f 公里，超过 %.0f 公里", coupleDistance(a, b),
                                policy.coupleMaxKm())))
                .asConstraint(COUPLE_KEPT_NEAR);
    }

    /** The side of the couple that counts it: the lower id when both record each other, else the one that does. */
    private static boolean isFirstOfCouple(Rotation a, Rotation b) {
        return !a.getId().equals(b.getTeacher().partnerId()) || a.getId().compareTo(b.getId()) < 0;
    }

    private static double coupleDistance(Rotation a, Rotation b) {
        return a.getDistances().betweenSchools(a.getEffectiveSchool(), b.getEffectiveSchool());
    }

    /**
     * Among eligible teachers of one school and subject, those who served longer go first: a rotated teacher with
     * fewer years than one who stays is regretted by the difference in years, unless the rotated one volunteered.
     */
    Constraint longestServingFirst(ConstraintFactory factory) {
        return rotations(factory)
                // A volunteer asked to go: sending them first is no unfairness to those who stay.
                .filter(r -> r.isMoving() && !r.isPrincipal() && !r.getTeacher().volunteer())
                .join(rotations(factory).filter(r -> r.isCandidate() && !r.isMoving()
                                && !r.isPrincipal()),
                        equal(Rotation::getHomeSchool),
                        equal(Rotation::getSubject),
                        // A few colleagues share a school and subject: comparing their years beats a sorted index.
                        filtering((moved, stayed) -> Seniority.regret(moved.getTeacher(), stayed.getTeacher()) > 0))
                .penalize(HardMediumSoftLongScore.ONE_SOFT,
                        (moved, stayed) -> Seniority.regret(moved.getTeacher(), stayed.getTeacher()))
                .justifyWith((moved, stayed, score) -> new PairJustification(moved.getId(), stayed.getId(),
                        "rotated with " + moved.getTeacher().yearsAtSchool() + " years while a colleague with "
                                + stayed.getTeacher().yearsAtSchool() + " years stays",
                        "任教 " + moved.getTeacher().yearsAtSchool() + " 年者交流，而任教 "
                                + stayed.getTeacher().yearsAtSchool() + " 年者留任"))
                .asConstraint(LONGEST_SERVING_FIRST);
    }

    // ************************************************************************
    // Shared streams
    // ************************************************************************

    /** Every teacher's rotation, staying ones (no destination) included. */
    private static UniConstraintStream<Rotation> rotations(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Rotation.class);
    }

    /**
     * Arrivals and departures per school and subject: (key, arrivals, departures). Principals are not part of
     * subject staffing; secondees leave their school's staff but do not take a post at the host.
     */
    private TriConstraintStream<SchoolSubject, Integer, Integer> staffing(ConstraintFactory factory) {
        var departures = rotations(factory)
                .filter(MOVING_TEACHER)
                .map(r -> StaffChange.leaving(r.getHomeSchool(), r.getSubject()));
        var arrivals = rotations(factory)
                .filter(r -> r.getKind() == RotationKind.SUPPORT)
                .map(r -> StaffChange.arriving(r.getDestination(), r.getSubject()));
        return departures.concat(arrivals)
                .groupBy(StaffChange::key, sum(StaffChange::incoming), sum(StaffChange::outgoing));
    }

    /**
     * The official coefficients of variation after the plan, beside their baselines: the indicator teachers counted
     * per school where they work (principals and schools without students left out), then per group and indicator
     * the sums N = Σn and Q = Σn²/p ({@link IndicatorSumsCollector}), the group's students P being a constant of its
     * baseline. One tuple for all of them, so that a move updates it once; every rule on the coefficients reads it
     * (the same lambdas and collectors each time, so the network shares its nodes).
     */
    private static UniConstraintStream<IndicatorCoefficients> indicatorCoefficients(ConstraintFactory factory) {
        return rotations(factory)
                .filter(IndicatorSumsCollector::counted)
                .groupBy(IndicatorSumsCollector.INSTANCE)
                .join(factory.forEach(IndicatorBaseline.class).groupBy(IndicatorCoefficients.BASELINES))
                .map(IndicatorCoefficients::of);
    }

    private static StaffingJustification staffingJustification(SchoolSubject key, int in, int out, String rule,
            String ruleZh) {
        School school = key.school();
        int before = school.staffBefore(key.subject());
        return new StaffingJustification(school.getId(), key.subject(), school.posts(key.subject()), before,
                before + in - out, in, out, rule, ruleZh);
    }

    private static MoveJustification moveJustification(Rotation r, String detail, String detailZh) {
        return new MoveJustification(r.getId(), r.getHomeSchool().getId(), r.getDestination().getId(), detail,
                detailZh);
    }
}
