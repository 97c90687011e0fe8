package org.lungang.webui.rotation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import org.lungang.data.json.ProblemDocument.DecisionDto;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.constraints.justifications.RotationJustification;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.kpi.KpiCalculator;
import org.lungang.solver.kpi.PlanKpis;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.scenario.RotationOverride;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.workspace.Workspace.Snapshot;
import org.springframework.stereotype.Service;

/**
 * What a planner's change would do to the current plan, before she makes it: a teacher sent to another school (by
 * hand, from a recommendation, or home when her move is forbidden) or a decision undone, scored against the plan as
 * it is now — never
 * against the teacher staying — with every rule whose score changes, and the hard rules it would break.
 * The plan is changed in memory, analysed and put back as it was.
 */
@Service
public class ChangePreviews {

    /** The level of the score a rule weighs on. */
    public enum Level {
        HARD, MEDIUM, SOFT
    }

    /**
     * One rule whose score the change moves.
     *
     * @param delta the change on the rule's level (negative: worse)
     * @param zh what the change adds to the rule's matches (new or worse penalties), in Chinese; empty when only
     *        counted
     */
    public record RuleChange(String constraintName, Level level, long delta, List<String> zh, List<String> en) {

        public boolean breaksHardRule() {
            return level == Level.HARD && delta < 0;
        }
    }

    /** The current plan's score, the score after the change, and the rules the change moves. */
    public record Preview(HardMediumSoftLongScore before, HardMediumSoftLongScore after, List<RuleChange> changes,
            PlanKpis kpisAfter) {

        public HardMediumSoftLongScore delta() {
            return after.subtract(before);
        }

        /** True when the change breaks a hard rule the current plan keeps (or breaks it more). */
        public boolean breaksHardRule() {
            return changes.stream().anyMatch(RuleChange::breaksHardRule);
        }

        public List<RuleChange> brokenHardRules() {
            return changes.stream().filter(RuleChange::breaksHardRule).toList();
        }

        /** True when the change leaves the plan exactly as good. */
        public boolean unchanged() {
            return changes.isEmpty() && after.equals(before);
        }
    }

    /**
     * A destination for one teacher compared with the current plan.
     *
     * @param destination null: the teacher stays at her school
     * @param current the plan sends her there already
     * @param brokenHardRules the hard rules it would break that the current plan keeps (empty: safe)
     */
    public record Suggestion(School destination, HardMediumSoftLongScore delta, boolean current,
            List<String> brokenHardRules) {

        public boolean breaksHardRule() {
            return !brokenHardRules.isEmpty();
        }
    }

    private final RotationSolver solver;
    private final ScenarioService scenarios;
    private final PlanService plans;
    /**
     * The analysis of each plan as it is, kept while the plan is in use: a session's current plan changes only as a
     * new plan object (previews put back what they change), so a planner trying several destinations pays for the
     * analysis of the current plan once.
     */
    private final Map<RotationPlan, ScoreAnalysis<HardMediumSoftLongScore>> current =
            Collections.synchronizedMap(new WeakHashMap<>());

    ChangePreviews(RotationSolver solver, ScenarioService scenarios, PlanService plans) {
        this.solver = solver;
        this.scenarios = scenarios;
        this.plans = plans;
    }

    private ScoreAnalysis<HardMediumSoftLongScore> analysisOf(RotationPlan plan) {
        return current.computeIfAbsent(plan, solver::analyze);
    }

    /** The teacher sent to the school (null: she stays), compared with the plan as it is. */
    public Preview ofDestination(RotationPlan plan, Rotation rotation, School destination) {
        School current = rotation.getDestination();
        ScoreAnalysis<HardMediumSoftLongScore> before = analysisOf(plan);
        ScoreAnalysis<HardMediumSoftLongScore> after;
        PlanKpis kpis;
        try {
            rotation.setDestination(destination);
            after = solver.analyze(plan);
            kpis = KpiCalculator.calculate(plan);
        } finally {
            rotation.setDestination(current);
            solver.score(plan);
        }
        return new Preview(before.score(), after.score(), changes(after.diff(before)), kpis);
    }

    /**
     * Undoing one of the planner's decisions (a pin, a hand move, a forbidden school), compared with the current
     * plan: the plan is rebuilt as the workspace builds it — the latest version with the planner's other decisions.
     */
    public Preview ofUndo(Snapshot snapshot, RotationOverride decision) {
        List<DecisionDto> startFrom = snapshot.version().map(v -> plans.decisions(v.getId())).orElse(List.of());
        RotationPlan undone = scenarios.problemWithout(snapshot.scenario().getId(), decision.getId(), startFrom)
                .plan();
        ScoreAnalysis<HardMediumSoftLongScore> before = analysisOf(snapshot.plan());
        ScoreAnalysis<HardMediumSoftLongScore> after = solver.analyze(undone);
        return new Preview(before.score(), after.score(), changes(after.diff(before)),
                KpiCalculator.calculate(undone));
    }

    private static List<RuleChange> changes(ScoreAnalysis<HardMediumSoftLongScore> diff) {
        List<RuleChange> changes = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> c : diff.constraintAnalyses()) {
            HardMediumSoftLongScore s = c.score();
            if (s.isZero()) {
                continue;
            }
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (MatchAnalysis<HardMediumSoftLongScore> m : c.matches() == null
                    ? List.<MatchAnalysis<HardMediumSoftLongScore>> of() : c.matches()) {
                if (m.score().compareTo(HardMediumSoftLongScore.ZERO) < 0
                        && m.justification() instanceof RotationJustification j) {
                    zh.add(j.zh());
                    en.add(j.en());
                }
            }
            Level level = level(s);
            changes.add(new RuleChange(c.constraintName(), level, onLevel(s, level), zh, en));
        }
        // Hard first, then medium, then soft; the worst first within a level.
        changes.sort(Comparator.comparing(RuleChange::level).thenComparingLong(RuleChange::delta));
        return changes;
    }

    private static Level level(HardMediumSoftLongScore s) {
        return s.hardScore() != 0 ? Level.HARD : s.mediumScore() != 0 ? Level.MEDIUM : Level.SOFT;
    }

    private static long onLevel(HardMediumSoftLongScore s, Level level) {
        return switch (level) {
            case HARD -> s.hardScore();
            case MEDIUM -> s.mediumScore();
            case SOFT -> s.softScore();
        };
    }

    /**
     * The best destinations for the teacher (staying included) by Timefold's recommendation API, each compared with
     * the plan as it is, best first. Her own school is never one; destinations that break a hard rule the current
     * plan keeps are marked. Nothing for a pinned teacher.
     */
    public List<Suggestion> suggestions(RotationPlan plan, Rotation rotation) {
        if (rotation.isPinned()) {
            return List.of();
        }
        School current = rotation.getDestination();
        List<RecommendedAssignment<School, HardMediumSoftLongScore>> recommended;
        Map<String, HardMediumSoftLongScore> currentMinusStay;
        HardMediumSoftLongScore currentFromStay;
        try {
            ScoreAnalysis<HardMediumSoftLongScore> now = analysisOf(plan);
            rotation.setDestination(null);
            ScoreAnalysis<HardMediumSoftLongScore> stay = solver.solutionManager().analyze(plan,
                    ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
            currentFromStay = now.score().subtract(stay.score());
            currentMinusStay = minus(byName(now), byName(stay));
            // Recommendations are measured from the teacher unassigned (staying); each is moved onto the current
            // plan below by subtracting what her current decision adds.
            recommended = solver.solutionManager().recommendAssignment(plan, rotation, Rotation::getDestination,
                    ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
        } finally {
            rotation.setDestination(current);
            solver.score(plan);
        }
        List<Suggestion> suggestions = new ArrayList<>();
        boolean stayListed = false;
        for (RecommendedAssignment<School, HardMediumSoftLongScore> r : recommended) {
            School school = r.proposition();
            if (school == rotation.getHomeSchool()) {
                continue;
            }
            stayListed |= school == null;
            HardMediumSoftLongScore delta = r.scoreAnalysisDiff().score().subtract(currentFromStay);
            List<String> broken = new ArrayList<>();
            Map<String, HardMediumSoftLongScore> fromStay = byName(r.scoreAnalysisDiff());
            for (String name : union(fromStay, currentMinusStay)) {
                HardMediumSoftLongScore change = fromStay.getOrDefault(name, HardMediumSoftLongScore.ZERO)
                        .subtract(currentMinusStay.getOrDefault(name, HardMediumSoftLongScore.ZERO));
                if (change.hardScore() < 0) {
                    broken.add(name);
                }
            }
            suggestions.add(new Suggestion(school, delta, school == current, List.copyOf(broken)));
        }
        if (!stayListed) {
            // Staying is the current decision's opposite: what her current decision adds, taken away.
            HardMediumSoftLongScore delta = HardMediumSoftLongScore.ZERO.subtract(currentFromStay);
            List<String> broken = currentMinusStay.entrySet().stream()
                    .filter(e -> e.getValue().hardScore() > 0).map(Map.Entry::getKey).toList();
            suggestions.add(new Suggestion(null, delta, current == null, broken));
        }
        suggestions.sort(Comparator.comparing(Suggestion::delta).reversed());
        return suggestions;
    }

    private static Map<String, HardMediumSoftLongScore> byName(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        Map<String, HardMediumSoftLongScore> scores = new HashMap<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> c : analysis.constraintAnalyses()) {
            scores.merge(c.constraintName(), c.score(), HardMediumSoftLongScore::add);
        }
        return scores;
    }

    private static Map<String, HardMediumSoftLongScore> minus(Map<String, HardMediumSoftLongScore> a,
            Map<String, HardMediumSoftLongScore> b) {
        Map<String, HardMediumSoftLongScore> difference = new HashMap<>();
        for (String name : union(a, b)) {
            HardMediumSoftLongScore d = a.getOrDefault(name, HardMediumSoftLongScore.ZERO)
                    .subtract(b.getOrDefault(name, HardMediumSoftLongScore.ZERO));
            if (!d.isZero()) {
                difference.put(name, d);
            }
        }
        return difference;
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        List<String> names = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(names::add);
        return names;
    }
}
