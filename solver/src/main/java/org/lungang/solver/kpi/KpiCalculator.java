package org.lungang.solver.kpi;

import static org.lungang.solver.domain.ConstraintNames.CADRE_BACKBONE_EXCHANGE;
import static org.lungang.solver.domain.ConstraintNames.COUNTY_BACKBONE_SHARE;
import static org.lungang.solver.domain.ConstraintNames.COUNTY_SCOPE;
import static org.lungang.solver.domain.ConstraintNames.SCHOOL_BACKBONE_SHARE;
import static org.lungang.solver.domain.ConstraintNames.SCHOOL_ROTATION_QUOTA;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Text;

/**
 * Computes a plan's {@link PlanKpis}: plain arithmetic over the rotations, independent of the score, so that the
 * figures a planner reads do not depend on constraint weights.
 */
public final class KpiCalculator {

    private KpiCalculator() {
    }

    public static PlanKpis calculate(RotationPlan plan) {
        Staffing staffing = Staffing.of(plan);
        RotationPolicy policy = plan.getPolicy();
        Map<School, SchoolTally> tallies = tally(plan);
        List<Shortfall> shortfalls = new ArrayList<>();

        List<SchoolKpis> schools = new ArrayList<>();
        int quotaSchools = 0;
        int quotaSchoolsMet = 0;
        for (School school : plan.getSchools()) {
            SchoolTally t = tallies.get(school);
            boolean quotaSchool = policy.quotaApplies(school);
            long required = policy.rotationQuotaRequired(school, t.eligible);
            boolean quotaMet = t.rotatedOut >= required;
            if (quotaSchool) {
                quotaSchools++;
                quotaSchoolsMet += quotaMet ? 1 : 0;
            }
            if (!quotaMet) {
                shortfalls.add(missed(SCHOOL_ROTATION_QUOTA, school.getId(),
                        new Text("符合条件 " + t.eligible + " 人的交流比例", "rotation quota of " + t.eligible + " eligible"),
                        required, t.rotatedOut));
            }
            long backboneRequired = policy.backboneRequired(t.rotatedOut);
            if (t.backboneEligible > 0 && t.backboneRotatedOut < backboneRequired) {
                shortfalls.add(missed(SCHOOL_BACKBONE_SHARE, school.getId(),
                        new Text("交流 " + t.rotatedOut + " 人中骨干教师比例", "backbone share of " + t.rotatedOut + " rotated"),
                        backboneRequired, t.backboneRotatedOut));
            }
            schools.add(new SchoolKpis(school.getId(), school.getName(), school.getKind(), school.getStage(),
                    school.getTier(), school.getStudents(), school.getTotalStaffBefore(),
                    staffing.totalStaffAfter(school), t.eligible, required, t.rotatedOut,
                    staffing.totalArrivals(school), quotaMet, share(t.backboneRotatedOut, t.rotatedOut),
                    t.secondeesHosted));
        }

        CountyKpis county = county(plan, quotaSchools, quotaSchoolsMet, shortfalls);
        shortfalls.addAll(Infeasibility.of(plan));
        return new PlanKpis(county, schools, shortages(plan, staffing), indicators(plan), commute(plan),
                preferences(plan), shortfalls);
    }

    /** Per school: the counts of its own teachers' rotations, and the secondees it hosts. */
    private static final class SchoolTally {
        int eligible;
        int rotatedOut;
        int backboneEligible;
        int backboneRotatedOut;
        int secondeesHosted;
    }

    private static Map<School, SchoolTally> tally(RotationPlan plan) {
        Map<School, SchoolTally> tallies = new HashMap<>();
        for (School school : plan.getSchools()) {
            tallies.put(school, new SchoolTally());
        }
        for (Rotation r : plan.getRotations()) {
            if (r.getKind() == RotationKind.SECONDMENT) {
                tallies.computeIfAbsent(r.getDestination(), s -> new SchoolTally()).secondeesHosted++;
            }
            if (r.isPrincipal()) {
                continue;
            }
            SchoolTally home = tallies.computeIfAbsent(r.getHomeSchool(), s -> new SchoolTally());
            if (r.isCandidate()) {
                home.eligible++;
                home.backboneEligible += r.isBackbone() ? 1 : 0;
            }
            if (r.isMoving()) {
                home.rotatedOut++;
                home.backboneRotatedOut += r.isBackbone() ? 1 : 0;
            }
        }
        return tallies;
    }

    private static CountyKpis county(RotationPlan plan, int quotaSchools, int quotaSchoolsMet,
            List<Shortfall> shortfalls) {
        RotationPolicy policy = plan.getPolicy();
        Map<RotationKind, Integer> byKind = new EnumMap<>(RotationKind.class);
        for (RotationKind kind : RotationKind.values()) {
            byKind.put(kind, 0);
        }
        int eligible = 0;
        int rotated = 0;
        int teachersRotated = 0;
        int backboneRotated = 0;
        int cadreBackboneEligible = 0;
        int cadreBackboneExchanged = 0;
        for (Rotation r : plan.getRotations()) {
            eligible += r.isCandidate() ? 1 : 0;
            if (r.isMoving()) {
                rotated++;
                byKind.merge(r.getKind(), 1, Integer::sum);
                if (!r.isPrincipal()) {
                    teachersRotated++;
                    backboneRotated += r.isBackbone() ? 1 : 0;
                }
            }
            if (r.isCandidate() && policy.isCadreOrBackbone(r.getTeacher())) {
                cadreBackboneEligible++;
                cadreBackboneExchanged += r.isMoving() ? 1 : 0;
            }
        }
        long backboneRequired = policy.backboneRequired(teachersRotated);
        if (backboneRotated < backboneRequired) {
            shortfalls.add(missed(COUNTY_BACKBONE_SHARE, COUNTY_SCOPE, new Text("交流 " + teachersRotated + " 人中骨干教师比例",
                    "backbone share of " + teachersRotated + " rotated"), backboneRequired, backboneRotated));
        }
        long exchangeRequired = policy.cadreBackboneExchangeRequired(cadreBackboneEligible);
        if (cadreBackboneExchanged < exchangeRequired) {
            shortfalls.add(missed(CADRE_BACKBONE_EXCHANGE, COUNTY_SCOPE,
                    new Text("符合条件的 " + cadreBackboneEligible + " 名干部和骨干教师交流比例",
                            "exchange share of " + cadreBackboneEligible + " eligible cadres and backbone teachers"),
                    exchangeRequired, cadreBackboneExchanged));
        }
        // Every shortfall so far is a quota this plan misses.
        boolean quotaMet = shortfalls.isEmpty();
        return new CountyKpis(plan.getRotations().size(), eligible, rotated, byKind, backboneRotated,
                share(backboneRotated, teachersRotated), policy.backboneShare(), cadreBackboneEligible,
                cadreBackboneExchanged, share(cadreBackboneExchanged, cadreBackboneEligible),
                policy.cadreBackboneExchangeShare(), quotaSchools, quotaSchoolsMet, quotaMet);
    }

    /** The plan's shortfall, worded as the quota constraint words it. */
    private static Shortfall missed(String rule, String scope, Text quota, long required, long achieved) {
        return Shortfall.missed(rule, scope, required, achieved,
                new Text(QuotaWords.zh(scope, quota.zh(), required, achieved),
                        QuotaWords.en(scope, quota.en(), required, achieved)));
    }

    private static List<SubjectShortage> shortages(RotationPlan plan, Staffing staffing) {
        List<SubjectShortage> rows = new ArrayList<>();
        for (Subject subject : Subject.values()) {
            int posts = 0;
            int before = 0;
            int after = 0;
            for (School school : plan.getSchools()) {
                posts += school.posts(subject);
                before += school.openPostsBefore(subject);
                after += staffing.openPostsAfter(school, subject);
            }
            if (posts > 0) {
                rows.add(new SubjectShortage(subject, before, after, before - after));
            }
        }
        return rows;
    }

    private static List<IndicatorKpis> indicators(RotationPlan plan) {
        IndicatorCounts before = IndicatorCounts.before(plan.getRotations());
        IndicatorCounts after = IndicatorCounts.after(plan);
        List<IndicatorKpis> rows = new ArrayList<>();
        for (IndicatorGroup group : IndicatorGroup.values()) {
            List<School> schools = IndicatorCounts.schoolsOf(plan.getSchools(), group);
            if (group == IndicatorGroup.NONE || schools.isEmpty()) {
                continue;
            }
            for (Indicator indicator : Indicator.values()) {
                rows.add(indicator(group, indicator, schools, before, after));
            }
        }
        return rows;
    }

    private static IndicatorKpis indicator(IndicatorGroup group, Indicator indicator, List<School> schools,
            IndicatorCounts before, IndicatorCounts after) {
        List<SchoolIndicator> rows = new ArrayList<>();
        for (School school : schools) {
            int countBefore = before.count(school, indicator);
            int countAfter = after.count(school, indicator);
            rows.add(new SchoolIndicator(school.getId(), school.getStudents(), countBefore, countAfter,
                    countBefore * 100.0 / school.getStudents(), countAfter * 100.0 / school.getStudents()));
        }
        double threshold = group.maxCoefficientOfVariation();
        double cvBefore = before.coefficient(schools, indicator).value();
        double cvAfter = after.coefficient(schools, indicator).value();
        return new IndicatorKpis(group, indicator, rows, cvBefore, cvAfter, threshold, cvBefore <= threshold,
                cvAfter <= threshold);
    }

    private static CommuteKpis commute(RotationPlan plan) {
        int movers = 0;
        double total = 0;
        double max = 0;
        int beyond = 0;
        double limit = plan.getPolicy().maxCommuteKm();
        for (Rotation r : plan.getRotations()) {
            if (r.isMoving()) {
                double km = r.getCommuteKm();
                movers++;
                total += km;
                max = Math.max(max, km);
                beyond += r.needsBed() ? 1 : 0;
            }
        }
        return new CommuteKpis(movers, movers == 0 ? 0.0 : total / movers, max, limit, beyond);
    }

    private static PreferenceKpis preferences(RotationPlan plan) {
        int withPreferences = 0;
        int honoured = 0;
        for (Rotation r : plan.getRotations()) {
            List<String> preferred = r.getTeacher().preferredSchoolIds();
            if (r.isMoving() && !preferred.isEmpty()) {
                withPreferences++;
                honoured += preferred.contains(r.getDestination().getId()) ? 1 : 0;
            }
        }
        return new PreferenceKpis(withPreferences, honoured);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
