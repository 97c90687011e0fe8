package org.lungang.benchmarks;

import java.time.Duration;
import java.util.List;

import org.lungang.benchmarks.baseline.Baseline;
import org.lungang.benchmarks.baseline.LotteryBaseline;
import org.lungang.benchmarks.baseline.PointsGreedyBaseline;
import org.lungang.data.generator.CountyGenerator;
import org.lungang.data.generator.CountyProfile;

/**
 * A named set of datasets with the time limits of the solvers run on them.
 *
 * @param solverLimits the exact core alone, local search alone and the hybrid run once per limit, each with the
 *        same wall time (several limits give quality at fixed time limits)
 * @param benchmarkerLimit the limit of each solver configuration in the Timefold Benchmarker, or null for none
 */
public record Suite(String name, List<Dataset> datasets, List<Baseline> baselines, List<Duration> solverLimits,
        Duration benchmarkerLimit) {

    /** The seed of every generated dataset: the same problem in every run. */
    public static final long SEED = 1L;

    public static final List<String> NAMES = List.of("smoke", "county", "city", "tiers", "profiles", "scaling");

    /** The five seed profiles of the generator, shaped on public county figures. */
    public static final List<String> PROFILES = List.of("changning", "liaoyang", "qiqihar", "kaizhou", "louqu");

    public static Suite named(String name) {
        return switch (name) {
            // CI: the whole pipeline on the tiny tier in well under a minute.
            case "smoke" -> new Suite(name, List.of(tier("tiny")), allBaselines(), List.of(Duration.ofSeconds(3)),
                    Duration.ofSeconds(2));
            case "county" -> new Suite(name, List.of(tier("county")), allBaselines(), List.of(Duration.ofSeconds(60)),
                    null);
            case "city" -> new Suite(name, List.of(tier("city")), allBaselines(), List.of(Duration.ofSeconds(120)),
                    null);
            case "tiers" -> new Suite(name, List.of(tier("tiny"), tier("small"), tier("county"), tier("city")),
                    allBaselines(), List.of(Duration.ofSeconds(60)), Duration.ofSeconds(30));
            case "profiles" -> new Suite(name, PROFILES.stream().map(Suite::tier).toList(), allBaselines(),
                    List.of(Duration.ofSeconds(60)), null);
            case "scaling" -> new Suite(name,
                    List.of(scaled(1_000), scaled(5_000), scaled(12_000), scaled(50_000)), allBaselines(),
                    List.of(Duration.ofSeconds(10), Duration.ofSeconds(60)), null);
            default -> throw new IllegalArgumentException(
                    "Unknown suite '" + name + "'; known suites: " + String.join(", ", NAMES));
        };
    }

    private static List<Baseline> allBaselines() {
        return List.of(new LotteryBaseline(SEED), new PointsGreedyBaseline());
    }

    /**
     * A profile of the generator: a size tier (tiny, small, county of about 12,000 teachers, city of about 50,000) or
     * one of the seed profiles.
     */
    public static Dataset tier(String tier) {
        CountyProfile profile = CountyProfile.named(tier);
        return new Dataset(tier, tier, profile.teachers(), () -> CountyGenerator.generate(profile, SEED).plan());
    }

    /** The county tier's profile at another number of teachers. */
    public static Dataset scaled(int teachers) {
        CountyProfile profile = CountyProfile.named("county").scaledTo(teachers);
        return new Dataset("county-" + (teachers / 1000) + "k", "county", teachers,
                () -> CountyGenerator.generate(profile, SEED).plan());
    }
}
