package org.lungang.webui.plan;

import java.time.Instant;
import java.util.List;

import org.lungang.solver.explain.MoveExplanation;
import org.lungang.solver.kpi.PlanKpis;
import org.lungang.webui.base.MediaTypes;
import org.lungang.webui.security.PersonalData;
import org.lungang.webui.plan.PlanService.AnalysisView;
import org.lungang.webui.plan.PlanService.Move;
import org.lungang.webui.plan.PlanService.PlanDiff;
import org.lungang.webui.plan.PlanService.Recommendation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Plans: the versions of a scenario's plan, one plan with its moves and KPIs, diffs, analysis, recommendations. */
@RestController
@RequestMapping("/api")
class PlanController {

    record PlanSummary(long id, long scenarioId, int version, Long solveJobId, String score, boolean feasible,
            int moves, Instant createdAt, Instant updatedAt) {
        static PlanSummary of(PlanVersion p) {
            return new PlanSummary(p.getId(), p.getScenarioId(), p.getVersionNumber(), p.getSolveJobId(),
                    p.getScore(), p.isFeasible(), p.getMoves(), p.getCreatedAt(), p.getUpdatedAt());
        }
    }

    record PlanView(PlanSummary summary, PlanKpis kpis, List<Move> moves) {
    }

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/scenarios/{scenarioId}/plans")
    List<PlanSummary> versions(@PathVariable long scenarioId) {
        return plans.versions(scenarioId).stream().map(PlanSummary::of).toList();
    }

    @GetMapping("/plans/{id}")
    PlanView get(@PathVariable long id) {
        PlanVersion version = plans.get(id);
        return new PlanView(PlanSummary.of(version), plans.kpis(id).orElse(null), plans.moves(id));
    }

    @GetMapping("/plans/{id}/diff/{otherId}")
    PlanDiff diff(@PathVariable long id, @PathVariable long otherId) {
        return plans.diff(id, otherId);
    }

    @GetMapping("/plans/{id}/analysis")
    AnalysisView analysis(@PathVariable long id) {
        return plans.analysis(id);
    }

    @GetMapping("/plans/{id}/teachers/{teacherId}/explanation")
    MoveExplanation explanation(@PathVariable long id, @PathVariable String teacherId) {
        return PersonalData.explanation(plans.explanation(id, teacherId));
    }

    /** The plan file in JSON: every rotation explained, the KPIs and the score breakdown. */
    @GetMapping(path = "/plans/{id}/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> exportJson(@PathVariable long id) {
        return MediaTypes.attachment("plan-" + id + ".json", out -> plans.exportJson(id, out));
    }

    /** The plan as a workbook: rotation list (交流轮岗名单), staffing changes and indicators with the KPIs. */
    @GetMapping(path = "/plans/{id}/export.xlsx", produces = MediaTypes.XLSX)
    ResponseEntity<byte[]> exportWorkbook(@PathVariable long id) {
        return MediaTypes.attachment("plan-" + id + ".xlsx", out -> plans.exportWorkbook(id, out));
    }

    @GetMapping("/plans/{id}/teachers/{teacherId}/recommendations")
    List<Recommendation> recommendations(@PathVariable long id, @PathVariable String teacherId,
            @RequestParam(defaultValue = "5") int limit) {
        return plans.recommendations(id, teacherId, limit);
    }
}
