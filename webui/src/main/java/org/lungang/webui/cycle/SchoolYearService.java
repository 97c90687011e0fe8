package org.lungang.webui.cycle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lungang.data.cycle.Rollover;
import org.lungang.data.cycle.RolloverResult;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.PlanDocument;
import org.lungang.data.json.PlanJson;
import org.lungang.solver.RotationSolver;
import org.lungang.webui.audit.AuditService;
import org.lungang.webui.base.ConflictException;
import org.lungang.webui.base.NotFoundException;
import org.lungang.webui.base.access.PlannerChange;
import org.lungang.webui.base.access.ViewerRead;
import org.lungang.webui.dataset.Dataset;
import org.lungang.webui.dataset.DatasetService;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.plan.PlanVersion;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.lungang.webui.solve.SolveService;
import org.springframework.stereotype.Service;

/**
 * The multi-year cycle in the web application: approving a scenario's current plan ends its dataset's school year —
 * the list is kept as an {@link ApprovedYear} record — and starts the next one as a new dataset, made by the same
 * {@link Rollover} as {@code ./lungang rollover}.
 * <p>
 * The next year is a new dataset, not a replacement of the year's problem: plan versions, pins and scenarios are
 * decisions on the teachers of their dataset's roster, so the approved year stays readable as it was (its versions,
 * analysis and exports), and the next year starts clean, as a bureau starts a new list each September.
 */
@Service
public class SchoolYearService {

    private static final int NAME_LIMIT = 200;

    private final ApprovedYearRepository repository;
    private final DatasetService datasets;
    private final ScenarioService scenarios;
    private final PlanService plans;
    private final SolveService solves;
    private final RotationSolver solver;
    private final AuditService audit;

    SchoolYearService(ApprovedYearRepository repository, DatasetService datasets, ScenarioService scenarios,
            PlanService plans, SolveService solves, RotationSolver solver, AuditService audit) {
        this.repository = repository;
        this.datasets = datasets;
        this.scenarios = scenarios;
        this.plans = plans;
        this.solves = solves;
        this.solver = solver;
        this.audit = audit;
    }

    /**
     * Approves the scenario's current plan (with the planner's pins and hand moves saved as a version first, so that
     * the approved list is the one the rotation list shows) and starts the next school year: a new dataset rolled
     * over from the approved plan, under the policy it was approved with, with one scenario of the same name.
     *
     * @throws ConflictException when the dataset's year is approved already, a solve of the scenario is running, the
     *         scenario has no plan, or the plan breaks a hard rule
     * @throws org.lungang.data.InvalidInputException when the rolled-over problem is not valid (nothing is stored)
     */
    @PlannerChange
    public ApprovedYear approve(long scenarioId) {
        Scenario scenario = scenarios.get(scenarioId);
        Dataset dataset = datasets.get(scenario.getDatasetId());
        repository.findByDatasetId(dataset.getId()).ifPresent(done -> {
            throw new ConflictException("The school year " + done.getSchoolYear() + " of \"" + dataset.getName()
                    + "\" was approved already (version " + done.getPlanVersionNumber() + " of \""
                    + done.getScenarioName() + "\", by " + done.getApprovedBy() + "): an approved list is a record "
                    + "and is not approved again");
        });
        if (solves.list(scenarioId).stream().anyMatch(s -> s.job().getStatus().isActive())) {
            throw new ConflictException("A solve of \"" + scenario.getName() + "\" is running: wait until it ends "
                    + "or stop it, then approve the plan");
        }
        plans.recordHandEdits(scenarioId);
        PlanVersion version = plans.latest(scenarioId).orElseThrow(() -> new ConflictException("\""
                + scenario.getName() + "\" has no plan yet: solve it, then approve the plan"));
        LoadedProblem approved = plans.load(version.getId());
        if (!approved.plan().getScore().isFeasible()) {
            throw new ConflictException("Version " + version.getVersionNumber() + " of \"" + scenario.getName()
                    + "\" breaks a hard rule (" + approved.plan().getScore() + "): only a plan that keeps every hard "
                    + "rule can be approved");
        }
        String source = "version " + version.getVersionNumber() + " of scenario \"" + scenario.getName() + "\"";
        String planFile = planFile(approved);
        RolloverResult rolled = Rollover.next(approved, source);
        int year = approved.year();
        LoadedProblem next = new LoadedProblem(nextName(dataset.getName(), year), rolled.next().year(),
                rolled.next().plan());
        Dataset nextDataset = datasets.importProblem(next, limit("rollover of " + dataset.getName() + " ("
                + source + ")", 300));
        Scenario nextScenario = scenarios.create(new ScenarioSpec(nextDataset.getId(), scenario.getName(),
                limit("school year " + next.year() + ", rolled over from the plan approved for " + year + " ("
                        + source + ")", 2000), null, null));
        ApprovedYear saved = repository.save(new ApprovedYear(new ApprovedYear.Approval(dataset.getId(),
                dataset.getName(), year, scenarioId, scenario.getName(), version.getId(),
                version.getVersionNumber(), String.valueOf(approved.plan().getScore()), version.getMoves(),
                planFile, rolled.counts(), nextDataset.getId(), nextScenario.getId(),
                AuditService.currentUsername())));
        RolloverResult.Counts c = rolled.counts();
        audit.record("YEAR_APPROVED", "dataset", dataset.getId(), year + ": " + source + ", " + version.getMoves()
                + " moves; next year dataset " + nextDataset.getId() + " (" + c.started + " exchanges begun, "
                + c.returned + " returned, " + c.retired + " retired)");
        return saved;
    }

    /** Every approved year, oldest first. */
    @ViewerRead
    public List<ApprovedYear> list() {
        return repository.findAllByOrderBySchoolYearAscIdAsc();
    }

    @ViewerRead
    public ApprovedYear get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Approved year", id));
    }

    /** The approval of the dataset's school year, if it was approved. */
    @ViewerRead
    public java.util.Optional<ApprovedYear> ofDataset(long datasetId) {
        return repository.findByDatasetId(datasetId);
    }

    /** The approved list as it was approved: the moves with their reasons, the returns and extensions, the KPIs. */
    @ViewerRead
    public PlanDocument approvedList(long id) {
        try {
            return PlanJson.readDocument(new ByteArrayInputStream(get(id).getPlanFile()
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Stored approved list is not a plan file", e);
        }
    }

    private String planFile(LoadedProblem approved) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanJson.write(PlanJson.toDocument(approved.plan(), approved.name(), solver), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The next year's dataset name: the year in the name advanced ("Qingshui County 2025" → "Qingshui County 2026"),
     * or the next year added when the name has none.
     */
    static String nextName(String name, int year) {
        Matcher matcher = Pattern.compile("(?<!\\d)" + year + "(?!\\d)").matcher(name);
        String next = matcher.find() ? matcher.replaceAll(Integer.toString(year + 1)) : name + " " + (year + 1);
        return limit(next, NAME_LIMIT);
    }

    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
