package org.lungang.webui.workspace;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import org.lungang.data.json.LoadedProblem;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.kpi.KpiCalculator;
import org.lungang.solver.kpi.PlanKpis;
import org.lungang.webui.dataset.Dataset;
import org.lungang.webui.dataset.DatasetService;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.plan.PlanVersion;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService;
import org.springframework.stereotype.Component;

/**
 * The scenario a user is working on in this browser session, and its current plan as the views show it: the latest
 * plan version with the planner's pins and forbidden moves applied on top (so a pin shows at once), scored, with its
 * KPIs. With no plan yet, the plan is everybody at home: the county as it is.
 */
@Component
@VaadinSessionScope
public class Workspace implements Serializable {

    /** What the views show: the plan and its figures; {@code version} is empty before the first solve. */
    public record Snapshot(Dataset dataset, Scenario scenario, Optional<PlanVersion> version, RotationPlan plan,
            HardMediumSoftLongScore score, PlanKpis kpis) {

        public String name() {
            return dataset.getName() + " · " + scenario.getName();
        }

        /**
         * The i18n key of the line shown before the first solve: the county as it is, or with the planner's hand
         * moves in it (its argument: how many rotate).
         */
        public String unsolvedKey() {
            return kpis.county().rotated() > 0 ? "overview.noPlanYetHandMoves" : "overview.noPlanYet";
        }
    }

    private final transient DatasetService datasets;
    private final transient ScenarioService scenarios;
    private final transient PlanService plans;
    private final transient RotationSolver solver;
    private Long scenarioId;
    private transient Snapshot cached;
    private transient String cachedKey;
    private transient Snapshot checked;
    private transient List<HardRuleCheck.BrokenRule> broken = List.of();

    Workspace(DatasetService datasets, ScenarioService scenarios, PlanService plans, RotationSolver solver) {
        this.datasets = datasets;
        this.scenarios = scenarios;
        this.plans = plans;
        this.solver = solver;
    }

    /** The chosen scenario, or the first scenario of the newest dataset that has one. */
    public Optional<Scenario> scenario() {
        if (scenarioId != null) {
            Optional<Scenario> chosen = scenarios.list(null).stream()
                    .filter(s -> s.getId().equals(scenarioId)).findFirst();
            if (chosen.isPresent()) {
                return chosen;
            }
        }
        List<Scenario> all = scenarios.list(null);
        return all.stream().max((a, b) -> Long.compare(a.getDatasetId(), b.getDatasetId()) != 0
                ? Long.compare(a.getDatasetId(), b.getDatasetId()) : Long.compare(b.getId(), a.getId()));
    }

    public void choose(long scenarioId) {
        this.scenarioId = scenarioId;
        invalidate();
    }

    /** Forget the cached plan: the planner pinned, forbade or moved someone, or a solve saved a better plan. */
    public void invalidate() {
        cached = null;
        cachedKey = null;
    }

    /** Scores a plan in place (e.g. a move tried by hand) and returns the score. */
    public HardMediumSoftLongScore score(RotationPlan plan) {
        return solver.score(plan);
    }

    public Optional<Snapshot> snapshot() {
        Optional<Scenario> scenario = scenario();
        if (scenario.isEmpty()) {
            return Optional.empty();
        }
        Scenario s = scenario.get();
        Optional<PlanVersion> version = plans.latest(s.getId());
        String key = s.getId() + "/" + s.getUpdatedAt() + "/" + version.map(v -> v.getId() + "@" + v.getUpdatedAt())
                .orElse("none") + "/" + scenarios.overrides(s.getId()).size();
        if (cached == null || !key.equals(cachedKey)) {
            cached = build(s, version);
            cachedKey = key;
        }
        return Optional.of(cached);
    }

    /** The hard rules the current plan breaks (empty when it is feasible or there is no scenario). */
    public List<HardRuleCheck.BrokenRule> brokenHardRules() {
        Optional<Snapshot> current = snapshot();
        if (current.isEmpty()) {
            return List.of();
        }
        Snapshot s = current.get();
        if (s != checked) {
            broken = s.score().hardScore() >= 0 ? List.of() : HardRuleCheck.of(solver, s.plan());
            checked = s;
        }
        return broken;
    }

    private Snapshot build(Scenario scenario, Optional<PlanVersion> version) {
        LoadedProblem problem = scenarios.problem(scenario.getId(),
                version.map(v -> plans.decisions(v.getId())).orElse(List.of()));
        HardMediumSoftLongScore score = solver.score(problem.plan());
        return new Snapshot(datasets.get(scenario.getDatasetId()), scenario, version, problem.plan(), score,
                KpiCalculator.calculate(problem.plan()));
    }
}
