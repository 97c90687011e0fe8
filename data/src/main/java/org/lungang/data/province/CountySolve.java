package org.lungang.data.province;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.PlanDocument;
import org.lungang.data.json.PlanJson;
import org.lungang.data.json.ProblemJson;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.kpi.CountyKpis;
import org.lungang.solver.kpi.IndicatorKpis;
import org.lungang.solver.kpi.PlanKpis;
import org.lungang.solver.kpi.SubjectShortage;

/**
 * Solves one county job into an output directory shared by every member, idempotently: the job's result file
 * ({@code results/<jobId>.json}) is written once, by the first solve that finishes, and any later solve of the same
 * job (a re-run after a member died, a second submitter) returns that result instead of its own. The plan file
 * carries a unique suffix and a solve that loses the race deletes its own, so the result always names the plan it
 * was computed from.
 */
public final class CountySolve {

    static final String RESULTS = "results";
    static final String PLANS = "plans";

    private CountySolve() {
    }

    /** The job's result when some solve has already written it, else null. */
    public static CountyResult existing(CountyJob job, Path output) {
        Path file = resultFile(output, job.jobId());
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return ProvinceInput.MAPPER.readValue(file.toFile(), CountyResult.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Solves the job unless its result exists. Never throws for the county's own faults: a file that fails
     * validation is {@link CountyResult.Status#INVALID} with every error, a solve that throws is
     * {@link CountyResult.Status#FAILED} with the reason. Neither is written, so a corrected file or a re-run tries
     * again.
     *
     * @param solvedBy who solves (a member's address, or "embedded"), recorded in the result
     */
    public static CountyResult solve(CountyJob job, Path output, String solvedBy) {
        CountyResult existing = existing(job, output);
        if (existing != null) {
            return existing;
        }
        if (job.input().length == 0) {
            return CountyResult.invalid(job.jobId(), job.county(), job.file(),
                    List.of(job.file() + ": $: the file cannot be read"));
        }
        LoadedProblem problem;
        try {
            problem = ProblemJson.read(new ByteArrayInputStream(job.input()), job.file());
        } catch (InvalidInputException e) {
            return CountyResult.invalid(job.jobId(), job.county(), job.file(),
                    e.getErrors().stream().map(InputError::toString).toList());
        }
        try {
            long start = System.nanoTime();
            RotationSolver solver = new RotationSolver();
            RotationPlan solved = solver.solve(problem.plan(), Duration.ofMillis(job.timeLimitMillis()));
            PlanDocument document = PlanJson.toDocument(solved, problem.name(), solver);
            long millis = (System.nanoTime() - start) / 1_000_000;
            String planName = PLANS + "/" + job.jobId() + "-" + UUID.randomUUID().toString().substring(0, 8)
                    + ".plan.json";
            Path planFile = output.resolve(planName);
            writeOnce(planFile, out -> PlanJson.write(document, out));
            CountyResult result = result(job, problem.name(), document, planName, millis, solvedBy);
            Path resultFile = resultFile(output, job.jobId());
            if (!writeOnce(resultFile, out -> ProvinceInput.MAPPER.writeValue(out, result))) {
                Files.deleteIfExists(planFile);
                return existing(job, output);
            }
            return result;
        } catch (IOException e) {
            return CountyResult.failed(job.jobId(), job.county(), job.file(), e.toString(), solvedBy);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return CountyResult.failed(job.jobId(), job.county(), job.file(), e.toString(), solvedBy);
        }
    }

    static Path resultFile(Path output, String jobId) {
        return output.resolve(RESULTS).resolve(jobId + ".json");
    }

    private static CountyResult result(CountyJob job, String name, PlanDocument document, String planFile,
            long millis, String solvedBy) {
        PlanKpis kpis = document.kpis();
        CountyKpis county = kpis.county();
        int openBefore = 0;
        int filled = 0;
        for (SubjectShortage shortage : kpis.shortages()) {
            openBefore += shortage.openBefore();
            filled += shortage.filled();
        }
        List<CountyResult.IndicatorResult> indicators = new ArrayList<>();
        for (IndicatorKpis indicator : kpis.indicators()) {
            if (indicator.group() != IndicatorGroup.NONE) {
                indicators.add(new CountyResult.IndicatorResult(indicator.group().name(), indicator.indicator(),
                        indicator.coefficientBefore(), indicator.coefficientAfter(), indicator.threshold(),
                        indicator.metBefore(), indicator.metAfter()));
            }
        }
        return new CountyResult(job.jobId(), name == null ? job.county() : name, job.file(),
                CountyResult.Status.SOLVED, List.of(), county.teachers(), county.eligible(), county.rotated(),
                county.quotaSchools(), county.quotaSchoolsMet(), county.quotaMet(), openBefore, filled,
                document.feasible(), document.score(), indicators, planFile, millis, solvedBy,
                document.bound() == null ? null : document.bound().status(),
                document.bound() == null ? null : document.bound().gapPercent());
    }

    /** Writes the file unless it exists, atomically: a hard link of a complete temporary file. */
    private static boolean writeOnce(Path target, Writer writer) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".writing-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                writer.write(out);
            }
            Files.createLink(target, temporary);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }
}
