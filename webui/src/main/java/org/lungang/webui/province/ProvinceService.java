package org.lungang.webui.province;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.PlanDocument;
import org.lungang.data.json.PlanJson;
import org.lungang.data.json.ProblemDocument.DecisionDto;
import org.lungang.data.json.ProblemJson;
import org.lungang.data.province.CountyJob;
import org.lungang.data.province.CountyResult;
import org.lungang.data.province.CountyRunner;
import org.lungang.data.province.EmbeddedRunner;
import org.lungang.data.province.ProvinceInput;
import org.lungang.data.province.ProvinceProgress;
import org.lungang.data.province.ProvinceRun;
import org.lungang.data.province.ProvinceSummary;
import org.lungang.data.province.cluster.ClusterRunner;
import org.lungang.data.province.cluster.ClusterUnreachableException;
import org.lungang.webui.audit.AuditService;
import org.lungang.webui.base.DaemonThreads;
import org.lungang.webui.base.InvalidRequestException;
import org.lungang.webui.base.NotFoundException;
import org.lungang.webui.base.RecentRuns;
import org.lungang.webui.base.access.PlannerChange;
import org.lungang.webui.dataset.Dataset;
import org.lungang.webui.dataset.DatasetService;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Province runs in the web application: the counties chosen as a directory on the server (under one of the allowed
 * roots) or uploaded as a zip, checked file by file before anything is solved, then solved in the background by the
 * same {@link ProvinceRun} as the command line, on this machine or on the cluster ({@link ClusterConfig}). Results and
 * plans go under {@code lungang.province.output-dir}, one directory per province and set of inputs, so a second
 * start of the same province finds the results already written and solves nothing twice; on a cluster that directory
 * must be one every worker can read and write (a shared path). Runs live in memory (a restart forgets them, not
 * their results).
 */
@Service
public class ProvinceService {

    private static final Logger LOG = LoggerFactory.getLogger(ProvinceService.class);
    static final Duration MIN_TIME = Duration.ofSeconds(1);
    static final Duration MAX_TIME = Duration.ofMinutes(30);
    /** Runs remembered: the most recent ones. */
    static final int KEPT = 20;

    /**
     * One county file as checked before the run.
     *
     * @param file the file's name inside the province
     * @param county the county's name, or the file's stem
     * @param teachers teachers in the file (0 when it is invalid)
     * @param errors every validation error, each with the file's name; empty when valid
     */
    public record CountyFile(String file, String county, int teachers, List<InputError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** A province read and checked, ready to start. */
    public record Province(long id, String name, Path directory, ProvinceInput input, List<CountyFile> files) {
        public int invalid() {
            return (int) files.stream().filter(f -> !f.valid()).count();
        }

        public long teachers() {
            return files.stream().mapToLong(CountyFile::teachers).sum();
        }
    }

    public enum State {
        RUNNING, COMPLETED, FAILED
    }

    /** One county of a run as it stands. */
    public record County(String jobId, String county, String file, ProvinceProgress.CountyState state,
            CountyResult result) {
    }

    /** A province run: its jobs, their progress, and at the end the summary or the error that stopped it. */
    public static final class Run {
        private final long id;
        private final Province province;
        private final List<CountyJob> jobs;
        private final ProvinceProgress progress;
        private final Path output;
        private final boolean clustered;
        private volatile ProvinceSummary summary;
        private volatile String error;
        private volatile boolean clusterUnreachable;

        Run(long id, Province province, List<CountyJob> jobs, Path output, boolean clustered) {
            this.id = id;
            this.province = province;
            this.jobs = List.copyOf(jobs);
            this.progress = new ProvinceProgress(jobs.size(), s -> {
            });
            this.output = output;
            this.clustered = clustered;
        }

        public long id() { return id; }
        public Province province() { return province; }
        public boolean clustered() { return clustered; }
        public ProvinceProgress.Snapshot snapshot() { return progress.snapshot(); }
        public Optional<ProvinceSummary> summary() { return Optional.ofNullable(summary); }
        public Optional<String> error() { return Optional.ofNullable(error); }
        /** The run failed because no worker of the cluster answered: it can run on this machine instead. */
        public boolean clusterUnreachable() { return clusterUnreachable; }

        public State state() {
            return summary != null ? State.COMPLETED : error != null ? State.FAILED : State.RUNNING;
        }

        /** Every county in the province's order, with its state now. */
        public List<County> counties() {
            List<County> counties = new ArrayList<>();
            for (CountyJob job : jobs) {
                counties.add(new County(job.jobId(), job.county(), fileName(job.file()), progress.state(job.jobId()),
                        progress.result(job.jobId())));
            }
            return counties;
        }

        /** The result's errors with the server's directory left out: the planner knows the files by name. */
        public List<String> errors(County county) {
            String prefix = province.directory().toString() + java.io.File.separator;
            return county.result() == null ? List.of()
                    : county.result().errors().stream().map(e -> e.replace(prefix, "")).toList();
        }

        CountyJob job(String jobId) {
            return jobs.stream().filter(j -> j.jobId().equals(jobId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("County", jobId));
        }
    }

    private final DatasetService datasets;
    private final ScenarioService scenarios;
    private final PlanService plans;
    private final AuditService audit;
    private final ClusterConfig cluster;
    private final List<Path> inputRoots;
    private final Path outputDir;
    private final ProvinceUploads uploads;
    private final int parallel;
    private final RecentRuns<Province> provinces = new RecentRuns<>("Province", KEPT);
    private final RecentRuns<Run> runs = new RecentRuns<>("Province run", KEPT);
    /** One province at a time: a province already keeps every solver busy. */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(DaemonThreads.named("lungang-province"));

    ProvinceService(DatasetService datasets, ScenarioService scenarios, PlanService plans, AuditService audit,
            ClusterConfig cluster,
            @Value("${lungang.province.input-roots:${lungang.data-dir}/provinces}") List<String> inputRoots,
            @Value("${lungang.province.output-dir:${lungang.data-dir}/province-runs}") String outputDir,
            ProvinceUploads uploads,
            @Value("${lungang.province.parallel:1}") int parallel) {
        this.datasets = datasets;
        this.scenarios = scenarios;
        this.plans = plans;
        this.audit = audit;
        this.cluster = cluster;
        this.inputRoots = inputRoots.stream().map(r -> Path.of(r).toAbsolutePath().normalize()).toList();
        this.outputDir = Path.of(outputDir).toAbsolutePath().normalize();
        this.uploads = uploads;
        this.parallel = Math.max(1, parallel);
    }

    /** The directories a province may be read from on the server. */
    public List<Path> inputRoots() {
        return inputRoots;
    }

    public boolean clustered() {
        return cluster.cluster().isPresent();
    }

    /**
     * Reads and checks a province directory on the server (or its manifest file).
     *
     * @throws InvalidInputException located at the path when it is outside the allowed roots, missing, or has no
     *         county file; the manifest's errors with their JSON path
     */
    @PreAuthorize("hasRole('PLANNER')")
    public Province fromDirectory(String path) {
        if (path == null || path.isBlank()) {
            throw located("directory", "$", "enter the province's directory on the server");
        }
        Path dir = Path.of(path.trim()).toAbsolutePath().normalize();
        if (inputRoots.stream().noneMatch(dir::startsWith)) {
            throw located(path, "$", "not under an allowed province directory (" + String.join(", ",
                    inputRoots.stream().map(Path::toString).toList()) + ")");
        }
        if (!Files.exists(dir)) {
            throw located(path, "$", "no such directory on the server");
        }
        return check(ProvinceInput.load(dir), dir);
    }

    /**
     * Unpacks an uploaded zip of county files (and optionally a {@code province.json} manifest), at any depth or
     * inside one top folder, then reads and checks it as a directory.
     *
     * @throws InvalidInputException located at the zip's entry: not a zip, an entry escaping the folder, too many
     *         files or too large unpacked, no county file
     */
    @PreAuthorize("hasRole('PLANNER')")
    public Province fromZip(byte[] zip, String fileName) {
        Path root = uploads.unpack(zip, fileName);
        return check(ProvinceInput.load(root), root);
    }

    /** Validates every county file, so that the planner reads every error before starting. */
    private Province check(ProvinceInput input, Path directory) {
        List<CountyFile> files = new ArrayList<>();
        for (ProvinceInput.CountyEntry entry : input.counties()) {
            CountyJob job = input.job(entry, MIN_TIME);
            String name = fileName(job.file());
            if (job.input().length == 0) {
                files.add(new CountyFile(name, job.county(), 0,
                        List.of(new InputError(name, "$", "the file cannot be read"))));
                continue;
            }
            try {
                LoadedProblem problem = ProblemJson.read(new ByteArrayInputStream(job.input()), name);
                files.add(new CountyFile(name, problem.name() == null ? job.county() : problem.name(),
                        problem.plan().getTeachers().size(), List.of()));
            } catch (InvalidInputException e) {
                files.add(new CountyFile(name, job.county(), 0, e.getErrors()));
            }
        }
        return provinces.add(id -> new Province(id, input.name(), directory, input, files));
    }

    /**
     * Starts solving the province: its valid counties and its invalid ones (which end at once, reported with their
     * errors), {@code timePerCounty} each, on the cluster when one is configured and {@code embedded} is false.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public Run start(long provinceId, Duration timePerCounty, boolean embedded) {
        Province province = provinces.get(provinceId);
        if (timePerCounty == null || timePerCounty.compareTo(MIN_TIME) < 0 || timePerCounty.compareTo(MAX_TIME) > 0) {
            throw new InvalidRequestException("timePerCounty", "The time per county must be between 1 second and "
                    + MAX_TIME.toMinutes() + " minutes");
        }
        List<CountyJob> jobs = province.input().jobs(timePerCounty);
        boolean clustered = !embedded && cluster.cluster().isPresent();
        Path output = outputDir.resolve(slug(province.name()) + "-" + hash(jobs));
        Run run = runs.add(id -> new Run(id, province, jobs, output, clustered));
        audit.record("PROVINCE_STARTED", "province", run.id(), province.name() + ": " + jobs.size() + " counties, "
                + timePerCounty + " each, " + (clustered ? "on the cluster" : "on this machine"));
        CountyRunner runner = clustered
                ? new ClusterRunner(cluster.cluster().orElseThrow(), cluster.connectTimeoutMillis())
                : new EmbeddedRunner(parallel);
        executor.submit(() -> {
            try {
                run.summary = ProvinceRun.run(province.input(), jobs, output, runner, run.progress);
            } catch (ClusterUnreachableException e) {
                run.clusterUnreachable = true;
                run.error = e.getMessage();
            } catch (RuntimeException e) {
                LOG.warn("Province run {} ({}) failed", run.id(), province.name(), e);
                run.error = String.valueOf(e.getMessage());
            }
        });
        return run;
    }

    @PreAuthorize("hasRole('VIEWER')")
    public Run get(long runId) {
        return runs.get(runId);
    }

    /**
     * Opens a solved county as a dataset of its own (its problem with the province policy merged in) with one
     * scenario whose first plan version is the county's plan, to read, adjust and solve further like any county.
     */
    @PlannerChange
    public Scenario openCounty(long runId, String jobId) {
        Run run = get(runId);
        CountyJob job = run.job(jobId);
        CountyResult result = run.progress.result(jobId);
        if (result == null || result.status() != CountyResult.Status.SOLVED || result.planFile() == null) {
            throw new InvalidRequestException("county", "The county " + job.county() + " has no plan");
        }
        PlanDocument plan = PlanJson.readDocument(run.output.resolve(result.planFile()));
        Dataset dataset = datasets.importJson(job.input(), fileName(job.file()));
        Scenario scenario = scenarios.create(new ScenarioSpec(dataset.getId(),
                run.province().name() + " · " + job.county(), "province run " + run.id() + ", plan "
                        + result.planFile(), null, Map.of()));
        List<DecisionDto> decisions = plan.rotations().stream()
                .filter(r -> r.toSchoolId() != null)
                .map(r -> new DecisionDto(r.teacherId(), r.toSchoolId(), Boolean.TRUE.equals(r.pinned()), List.of()))
                .toList();
        plans.newVersion(scenario.getId(), null, scenarios.problem(scenario.getId(), decisions));
        audit.record("PROVINCE_COUNTY_OPENED", "scenario", scenario.getId(), job.county() + " of province run "
                + run.id());
        return scenario;
    }

    static String fileName(String file) {
        Path name = Path.of(file).getFileName();
        return name == null ? file : name.toString();
    }

    private static String slug(String name) {
        String slug = name.replaceAll("[^A-Za-z0-9_.-]", "_");
        return slug.isBlank() ? "province" : slug;
    }

    /** The jobs' ids together: the same counties, policy and time limit give the same output directory. */
    private static String hash(List<CountyJob> jobs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (CountyJob job : jobs) {
                digest.update(job.jobId().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static InvalidInputException located(String file, String location, String message) {
        return new InvalidInputException(List.of(new InputError(file, location, message)));
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
