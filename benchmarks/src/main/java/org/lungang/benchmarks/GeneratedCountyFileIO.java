package org.lungang.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Properties;

import ai.timefold.solver.persistence.common.api.domain.solution.SolutionFileIO;

import org.lungang.data.generator.CountyGenerator;
import org.lungang.data.generator.CountyProfile;
import org.lungang.solver.domain.RotationPlan;

/**
 * The Benchmarker's problem files: a few lines naming a generator profile, a size and a seed
 * ({@code profile=county}, {@code teachers=12000}, {@code seed=1}); reading one generates the county. The generator is
 * deterministic, so the file stands for the whole problem without storing it.
 */
public final class GeneratedCountyFileIO implements SolutionFileIO<RotationPlan> {

    public static final String EXTENSION = "county";

    @Override
    public String getInputFileExtension() {
        return EXTENSION;
    }

    @Override
    public RotationPlan read(File file) {
        Properties spec = new Properties();
        try (var reader = Files.newBufferedReader(file.toPath())) {
            spec.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the problem file " + file, e);
        }
        CountyProfile profile = CountyProfile.named(spec.getProperty("profile", "tiny"));
        String teachers = spec.getProperty("teachers");
        if (teachers != null && Integer.parseInt(teachers) != profile.teachers()) {
            profile = profile.scaledTo(Integer.parseInt(teachers));
        }
        return CountyGenerator.generate(profile, Long.parseLong(spec.getProperty("seed", "1"))).plan();
    }

    /** Writes the specification of a dataset. */
    public static void writeSpec(File file, String profile, int teachers, long seed) {
        try {
            Files.writeString(file.toPath(),
                    "profile=" + profile + "\nteachers=" + teachers + "\nseed=" + seed + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the problem file " + file, e);
        }
    }

    /** Solved plans are measured in the summary, not stored: the Benchmarker is told not to write them. */
    @Override
    public void write(RotationPlan plan, File file) {
        throw new UnsupportedOperationException("Benchmark plans are not written; see summary.csv");
    }
}
