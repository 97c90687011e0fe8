package org.lungang.data.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lungang.solver.kpi.PlanKpis;
import org.lungang.solver.kpi.Shortfall;

/**
 * One solved point of a sweep: the parameter values, the score, the figures a planner compares, and the plan itself
 * as its destinations (so that any point can be opened again as a scenario, {@link SweepRunner#planAt}).
 *
 * @param index position in the grid: the first parameter varies fastest
 * @param values one value per swept parameter, in the order of the parameters
 * @param warmStarted solved from the previous point's plan (false for the first point of a chain)
 * @param rotated everyone who moves, principals included
 * @param backboneShare backbone teachers among the movers who are not principals
 * @param shortageFilled open posts before minus open posts after, over every subject and school
 * @param coefficientMeanAfter mean of the balance indicators' coefficients of variation after the plan
 * @param coefficientMaxAfter the largest of them
 * @param indicatorsMet indicators whose coefficient after is within the national threshold
 * @param indicators indicators measured
 * @param meanCommuteKm mean commute of the movers
 * @param beyondCommuteLimit movers placed beyond the commute limit (in turnover housing)
 * @param brokenHardRules hard constraints the plan breaks, by name
 * @param shortfalls quotas the plan misses and rules no plan can meet, with their shortfall
 * @param destinations teacher id to destination school id, for every rotation with a destination
 */
public record SweepPoint(int index, List<Double> values, boolean warmStarted, String score, long hard, long medium,
        long soft, int rotated, double backboneShare, int shortageFilled, double coefficientMeanAfter,
        double coefficientMaxAfter, int indicatorsMet, int indicators, double meanCommuteKm, int beyondCommuteLimit,
        List<String> brokenHardRules, List<Shortfall> shortfalls, Map<String, String> destinations) {

    /** Whether the point meets every rule, misses a quota, or breaks a hard rule. */
    public enum Status {
        FEASIBLE,
        /** Every hard rule holds, but a policy quota is missed (medium score below 0, or a shortfall). */
        QUOTA_MISSED,
        /** A hard rule is broken. */
        INFEASIBLE
    }

    public SweepPoint {
        values = List.copyOf(values);
        brokenHardRules = List.copyOf(brokenHardRules);
        shortfalls = List.copyOf(shortfalls);
        destinations = Map.copyOf(destinations);
    }

    public Status status() {
        if (hard < 0 || !brokenHardRules.isEmpty()) {
            return Status.INFEASIBLE;
        }
        return medium < 0 || !shortfalls.isEmpty() ? Status.QUOTA_MISSED : Status.FEASIBLE;
    }

    /** The value of the first parameter: the x of the chart. */
    public double x() {
        return values.get(0);
    }

    /**
     * A rule the point breaks or misses, once: a hard rule broken, or a quota short by a number of people.
     *
     * @param rule the constraint name ({@code ConstraintNames})
     * @param shortBy the shortfall summed over the schools of the rule; 0 for a hard rule
     */
    public record BrokenRule(String rule, boolean hard, long shortBy) {
    }

    /**
     * The rules the point breaks or misses, each once, with the shortfall summed over schools. A quota the plan misses
     * and the same quota proven impossible are one shortfall, not two.
     */
    public List<BrokenRule> brokenRules() {
        List<BrokenRule> rules = new ArrayList<>();
        for (String rule : brokenHardRules) {
            rules.add(new BrokenRule(rule, true, 0));
        }
        Map<String, Map<String, Long>> byRuleAndScope = new LinkedHashMap<>();
        for (Shortfall s : shortfalls) {
            byRuleAndScope.computeIfAbsent(s.rule(), r -> new LinkedHashMap<>()).merge(s.scope(), s.shortfall(),
                    Math::max);
        }
        byRuleAndScope.forEach((rule, scopes) -> rules.add(new BrokenRule(rule, false,
                scopes.values().stream().mapToLong(Long::longValue).sum())));
        return rules;
    }

    /** {@link #brokenRules()} as one line of English, for the command line and the sweep table. */
    public String brokenRulesSummary() {
        StringBuilder text = new StringBuilder();
        for (BrokenRule rule : brokenRules()) {
            text.append(text.isEmpty() ? "" : "; ").append(rule.rule())
                    .append(rule.hard() ? " (hard)" : " (short by " + rule.shortBy() + ")");
        }
        return text.toString();
    }

    static int shortageFilled(PlanKpis kpis) {
        return kpis.shortages().stream().mapToInt(s -> s.openBefore() - s.openAfter()).sum();
    }
}
