package org.lungang.webui.cycle;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.lungang.data.cycle.HorizonReport;
import org.lungang.data.cycle.HorizonResult;
import org.lungang.data.cycle.HorizonYear;
import org.lungang.webui.base.BackgroundRun.Failure;
import org.lungang.webui.base.BackgroundRun.State;
import org.lungang.webui.base.NotFoundException;
import org.lungang.webui.cycle.HorizonService.HorizonRun;
import org.lungang.webui.cycle.HorizonService.ListedMove;
import org.lungang.webui.cycle.HorizonService.SolvedYear;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Horizons: start one on a scenario, follow its progress, stop it, read its years, their lists and the CV chart. */
@RestController
@RequestMapping("/api")
class HorizonController {

    /**
     * @param quota the rotation quota of every year as a share (0.15), or absent for the scenario's
     * @param stepsPerYear local-search steps per year for a reproducible horizon (the time a cap), or absent
     */
    record HorizonRequest(Integer years, Long secondsPerYear, Double quota, Integer stepsPerYear) {
    }

    /**
     * A horizon as it stands: the years solved so far and, once completed, the first year each threshold is met.
     * A failed horizon gives the error's message and the reference its stack trace is logged under.
     */
    record HorizonView(long id, long scenarioId, State state, int done, int total, Integer yearInProgress,
            Long secondsPerYear, Double quota, String startedBy, String error, String errorReference,
            List<HorizonYear> years,
            Map<String, Integer> firstYearMet, Integer firstYearAllMet, Integer firstYearFullCoverage,
            HorizonResult.Reproducibility reproducibility) {
        static HorizonView of(HorizonRun run) {
            HorizonResult result = run.result().orElse(null);
            return new HorizonView(run.id(), run.request().scenarioId(), run.state(), run.done(), run.total(),
                    run.state() == State.RUNNING ? run.yearInProgress() : null,
                    run.request().timePerYear().toSeconds(), run.request().quota(), run.request().startedBy(),
                    run.failure().map(f -> String.valueOf(f.error().getMessage())).orElse(null),
                    run.failure().map(Failure::reference).orElse(null), run.solved().stream().map(SolvedYear::figures).toList(),
                    result == null ? null : result.firstYearMet(), result == null ? null : result.firstYearAllMet(),
                    result == null ? null : result.firstYearFullCoverage(),
                    result == null ? null : result.reproducibility());
        }
    }

    private final HorizonService horizons;

    HorizonController(HorizonService horizons) {
        this.horizons = horizons;
    }

    /** Starts a horizon (202); 409 while another one runs. Defaults: 5 years, 30 s per year. */
    @PostMapping("/scenarios/{scenarioId}/horizons")
    @ResponseStatus(HttpStatus.ACCEPTED)
    HorizonView start(@PathVariable long scenarioId, @RequestBody HorizonRequest request) {
        int years = request.years() == null ? 5 : request.years();
        Duration time = Duration.ofSeconds(request.secondsPerYear() == null ? 30 : request.secondsPerYear());
        return HorizonView.of(horizons.start(scenarioId, years, time, request.quota(), request.stepsPerYear(),
                run -> {
                }));
    }

    @GetMapping("/horizons/{id}")
    HorizonView get(@PathVariable long id) {
        return HorizonView.of(horizons.get(id));
    }

    /**
     * Stops a running horizon (200): the years solved so far stay and the horizon is {@code STOPPED}; a horizon that
     * already ended is returned as it is.
     */
    @PostMapping("/horizons/{id}/stop")
    HorizonView stop(@PathVariable long id) {
        return HorizonView.of(horizons.stop(id));
    }

    /** One solved year's list of moves. */
    @GetMapping("/horizons/{id}/years/{year}/moves")
    List<ListedMove> moves(@PathVariable long id, @PathVariable int year) {
        return horizons.get(id).solved().stream().filter(s -> s.figures().year() == year).findFirst()
                .map(SolvedYear::moves)
                .orElseThrow(() -> new NotFoundException("Year " + year + " of horizon", id));
    }

    /** The CV trajectories against the thresholds, as {@code horizon.svg} of the command line (once completed). */
    @GetMapping(path = "/horizons/{id}/chart.svg", produces = "image/svg+xml")
    ResponseEntity<String> chart(@PathVariable long id) {
        return horizons.get(id).result()
                .map(result -> ResponseEntity.ok(HorizonReport.svg(result)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
