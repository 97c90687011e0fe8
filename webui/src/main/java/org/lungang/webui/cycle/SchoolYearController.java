package org.lungang.webui.cycle;

import java.time.Instant;
import java.util.List;

import org.lungang.data.json.PlanDocument;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Approved school years: approving a scenario's current plan (which starts the next year as a new dataset), and
 * reading the records. A record has no PUT, PATCH or DELETE: an approved list is not edited (405).
 */
@RestController
@RequestMapping("/api")
class SchoolYearController {

    record ApprovedYearSummary(long id, Long datasetId, String datasetName, int schoolYear, Long scenarioId,
            String scenarioName, Long planId, int planVersion, String score, int moves, int started, int appointed,
            int returned, int extended, int retired, int promoted, int exemptionsCleared, Long nextDatasetId,
            Long nextScenarioId, String approvedBy, Instant approvedAt) {
        static ApprovedYearSummary of(ApprovedYear a) {
            return new ApprovedYearSummary(a.getId(), a.getDatasetId(), a.getDatasetName(), a.getSchoolYear(),
                    a.getScenarioId(), a.getScenarioName(), a.getPlanVersionId(), a.getPlanVersionNumber(),
                    a.getScore(), a.getMoves(), a.getStarted(), a.getAppointed(), a.getReturned(), a.getExtended(),
                    a.getRetired(), a.getPromoted(), a.getExemptionsCleared(), a.getNextDatasetId(),
                    a.getNextScenarioId(), a.getApprovedBy(), a.getApprovedAt());
        }
    }

    /** A record with its list as approved (the plan file). */
    record ApprovedYearView(ApprovedYearSummary summary, PlanDocument list) {
    }

    private final SchoolYearService years;

    SchoolYearController(SchoolYearService years) {
        this.years = years;
    }

    /** Approves the scenario's current plan and starts the next school year (201 with the record). */
    @PostMapping("/scenarios/{scenarioId}/approve")
    @ResponseStatus(HttpStatus.CREATED)
    ApprovedYearSummary approve(@PathVariable long scenarioId) {
        return ApprovedYearSummary.of(years.approve(scenarioId));
    }

    @GetMapping("/approved-years")
    List<ApprovedYearSummary> list() {
        return years.list().stream().map(ApprovedYearSummary::of).toList();
    }

    @GetMapping("/approved-years/{id}")
    ApprovedYearView get(@PathVariable long id) {
        return new ApprovedYearView(ApprovedYearSummary.of(years.get(id)), years.approvedList(id));
    }
}
