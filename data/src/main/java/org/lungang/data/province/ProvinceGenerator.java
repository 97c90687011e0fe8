package org.lungang.data.province;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lungang.data.generator.CountyGenerator;
import org.lungang.data.generator.CountyProfile;
import org.lungang.data.generator.GeneratedCounty;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemJson;

/**
 * Writes a deterministic province: {@code counties} county problem files drawn from the five calibrated profiles
 * (changning, liaoyang, qiqihar, kaizhou, louqu) at sizes spread around {@value #MEAN_TEACHERS} teachers, and the
 * manifest {@value ProvinceInput#MANIFEST}. Each policy field takes, province-wide, the value most counties have; a
 * county file keeps only the fields where its profile differs (liaoyang's 15% cadre exchange, qiqihar's 10% backbone
 * level...). Same counties and seed, same files.
 */
public final class ProvinceGenerator {

    /** Mean teachers per county: 100 counties make a province of 300,000. */
    public static final int MEAN_TEACHERS = 3_000;
    /** The largest county generated: the size the solver's memory target is stated for. */
    static final int MAX_TEACHERS = 15_000;
    static final int MIN_TEACHERS = 600;
    /** Spread of county sizes (log-normal σ): most counties 1,500–5,000 teachers, a few cities above 10,000. */
    private static final double SIZE_SIGMA = 0.55;

    /** The profiles counties are drawn from, with the share of the province each kind of county makes up. */
    static final Map<String, Double> PROFILE_WEIGHTS = profileWeights();

    private ProvinceGenerator() {
    }

    /**
     * A county of the province, before it is generated.
     *
     * @param file the problem file's name in the province directory
     */
    public record CountyPlan(int index, String name, String file, String profile, int teachers, long seed) {
    }

    /** The counties the generator would write: profile, size and seed of each, drawn from the province's seed. */
    public static List<CountyPlan> plan(int counties, long seed) {
        if (counties < 1) {
            throw new IllegalArgumentException("A province needs at least one county");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<String> profiles = new ArrayList<>();
        double[] raw = new double[counties];
        long[] seeds = new long[counties];
        for (int i = 0; i < counties; i++) {
            profiles.add(drawProfile(random.nextDouble()));
            raw[i] = Math.exp(SIZE_SIGMA * gaussian(random));
            seeds[i] = random.nextLong();
        }
        int[] sizes = sizes(raw, (long) MEAN_TEACHERS * counties);
        List<CountyPlan> plans = new ArrayList<>();
        for (int i = 0; i < counties; i++) {
            String profile = profiles.get(i);
            String number = String.format("%03d", i + 1);
            plans.add(new CountyPlan(i, "第" + number + "县（" + CountyProfile.named(profile).displayName() + "型）",
                    "c" + number + "-" + profile + ".json", profile, sizes[i], seeds[i]));
        }
        return plans;
    }

    /**
     * Generates and writes the province into the directory.
     *
     * @param onCounty called after each county is written
     * @return the counties written
     */
    public static List<CountyPlan> write(Path directory, String name, int year, int counties, long seed,
            java.util.function.Consumer<CountyPlan> onCounty) {
        List<CountyPlan> plans = plan(counties, seed);
        try {
            Files.createDirectories(directory);
            List<ObjectNode> documents = new ArrayList<>();
            for (CountyPlan county : plans) {
                CountyProfile profile = CountyProfile.named(county.profile()).scaledTo(county.teachers()).inYear(year);
                GeneratedCounty generated = CountyGenerator.generate(profile, county.seed());
                ObjectNode document = ProvinceInput.MAPPER.valueToTree(ProblemJson.toDocument(
                        new LoadedProblem(county.name(), year, generated.plan())));
                // Written once the province policy is known; until then only the policy is kept.
                documents.add((ObjectNode) document.get("policy"));
                writeCounty(directory.resolve(county.file()), document, null);
                onCounty.accept(county);
            }
            ObjectNode provincePolicy = majority(documents);
            for (int i = 0; i < plans.size(); i++) {
                Path file = directory.resolve(plans.get(i).file());
                ObjectNode document = (ObjectNode) ProvinceInput.MAPPER.readTree(file.toFile());
                writeCounty(file, document, provincePolicy);
            }
            ObjectNode manifest = ProvinceInput.MAPPER.createObjectNode();
            manifest.put("name", name);
            manifest.put("year", year);
            manifest.set("policy", provincePolicy);
            ArrayNode list = manifest.putArray("counties");
            for (CountyPlan county : plans) {
                list.add(county.file());
            }
            ObjectNode generator = manifest.putObject("generator");
            generator.put("counties", counties);
            generator.put("seed", seed);
            generator.put("teachers", plans.stream().mapToLong(CountyPlan::teachers).sum());
            ProvinceInput.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValue(directory.resolve(ProvinceInput.MANIFEST).toFile(), manifest);
            return plans;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the county's document with only the policy fields that differ from the province's. */
    private static void writeCounty(Path file, ObjectNode document, ObjectNode provincePolicy) throws IOException {
        if (provincePolicy != null) {
            ObjectNode own = ProvinceInput.MAPPER.createObjectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = document.path("policy").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getValue().equals(provincePolicy.get(field.getKey()))) {
                    own.set(field.getKey(), field.getValue());
                }
            }
            document.set("policy", own);
        }
        ProvinceInput.MAPPER.writeValue(file.toFile(), document);
    }

    /** Per field, the value most counties have (the first seen on a tie). */
    static ObjectNode majority(List<ObjectNode> policies) {
        Map<String, Map<JsonNode, Integer>> counts = new LinkedHashMap<>();
        for (ObjectNode policy : policies) {
            policy.fields().forEachRemaining(field -> counts.computeIfAbsent(field.getKey(), k -> new LinkedHashMap<>())
                    .merge(field.getValue(), 1, Integer::sum));
        }
        ObjectNode majority = ProvinceInput.MAPPER.createObjectNode();
        counts.forEach((field, values) -> {
            JsonNode best = null;
            int bestCount = -1;
            for (Map.Entry<JsonNode, Integer> value : values.entrySet()) {
                if (value.getValue() > bestCount) {
                    best = value.getKey();
                    bestCount = value.getValue();
                }
            }
            majority.set(field, best);
        });
        return majority;
    }

    /** Sizes proportional to the draws, each within the bounds, summing exactly to the total (largest remainder). */
    static int[] sizes(double[] raw, long total) {
        int n = raw.length;
        double[] clamped = raw.clone();
        double clampedSum = 0;
        // Scaling to the total and clamping to the bounds alternate until they agree (a few rounds at most).
        for (int round = 0; round < 20; round++) {
            double sum = 0;
            for (double value : clamped) {
                sum += value;
            }
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                double share = clamped[i] / sum * total;
                double bounded = Math.max(MIN_TEACHERS, Math.min(MAX_TEACHERS, share));
                changed |= bounded != share;
                clamped[i] = bounded;
            }
            if (!changed) {
                break;
            }
        }
        for (double value : clamped) {
            clampedSum += value;
        }
        int[] sizes = new int[n];
        double[] remainders = new double[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            double exact = clamped[i] / clampedSum * total;
            sizes[i] = (int) Math.floor(exact);
            remainders[i] = exact - sizes[i];
            assigned += sizes[i];
        }
        for (long left = total - assigned; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            sizes[best]++;
            remainders[best] = -1;
        }
        return sizes;
    }

    private static String drawProfile(double u) {
        double cumulative = 0;
        String last = null;
        for (Map.Entry<String, Double> entry : PROFILE_WEIGHTS.entrySet()) {
            cumulative += entry.getValue();
            last = entry.getKey();
            if (u < cumulative) {
                return last;
            }
        }
        return last;
    }

    /** A standard normal draw (Box–Muller), from the province's one random source. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static Map<String, Double> profileWeights() {
        // Mostly rural counties like changning, kaizhou and liaoyang; fewer urban districts (louqu) and city
        // districts (qiqihar's make-up).
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("changning", 0.30);
        weights.put("kaizhou", 0.25);
        weights.put("liaoyang", 0.20);
        weights.put("louqu", 0.15);
        weights.put("qiqihar", 0.10);
        return weights;
    }
}
