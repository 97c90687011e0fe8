package org.lungang.data.province;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;

/**
 * A province: county problem files side by side and one province-wide policy that each county may override.
 *
 * <p>The input is either a directory or a manifest file. A directory holding {@value #MANIFEST} is read through that
 * manifest; a directory without one is every {@code *.json} file in it (name order) under the default policy. The
 * manifest is
 * <pre>{"name": "某省", "policy": {"rotationQuota": 0.12},
 *  "counties": ["c001.json", {"file": "c002.json", "policy": {"rotationQuota": 0.15}}]}</pre>
 * A county's effective policy is the province policy, then the policy fields of the county's own file, then the
 * manifest's entry for it: later fields win, field by field. Files are resolved against the manifest's directory.
 *
 * @param name the province's name (the directory name when the manifest has none)
 * @param policy the province-wide policy fields
 * @param counties the county files in order
 */
public record ProvinceInput(String name, ObjectNode policy, List<CountyEntry> counties) {

    /** The manifest's file name inside a province directory. */
    public static final String MANIFEST = "province.json";

    /** As the problem files' own mapper: null fields left out, duplicate keys rejected. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    public ProvinceInput {
        counties = List.copyOf(counties);
    }

    /**
     * One county of the province.
     *
     * @param file the county's problem file
     * @param policy policy fields the manifest sets for this county alone (empty for none)
     */
    public record CountyEntry(Path file, ObjectNode policy) {
    }

    /**
     * Reads a province directory or manifest.
     *
     * @throws InvalidInputException when the manifest is unreadable or names no county, with the manifest's file
     */
    public static ProvinceInput load(Path input) {
        if (Files.isDirectory(input)) {
            Path manifest = input.resolve(MANIFEST);
            if (Files.isRegularFile(manifest)) {
                return readManifest(manifest);
            }
            List<CountyEntry> counties = new ArrayList<>();
            try (Stream<Path> files = Files.list(input)) {
                files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                        .sorted()
                        .forEach(f -> counties.add(new CountyEntry(f, MAPPER.createObjectNode())));
            } catch (IOException e) {
                throw invalid(input, "$", "cannot list the directory: " + e.getMessage());
            }
            if (counties.isEmpty()) {
                throw invalid(input, "$", "no county problem file (*.json) in the directory");
            }
            return new ProvinceInput(input.toAbsolutePath().getFileName().toString(), MAPPER.createObjectNode(),
                    counties);
        }
        return readManifest(input);
    }

    private static ProvinceInput readManifest(Path manifest) {
        JsonNode root;
        try {
            root = MAPPER.readTree(manifest.toFile());
        } catch (IOException e) {
            throw invalid(manifest, "$", "not a readable JSON manifest: " + e.getMessage());
        }
        List<InputError> errors = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw invalid(manifest, "$", "the manifest must be a JSON object");
        }
        JsonNode policy = root.path("policy");
        if (!policy.isMissingNode() && !policy.isObject()) {
            errors.add(new InputError(manifest.toString(), "$.policy", "must be an object of policy fields"));
        }
        JsonNode list = root.path("counties");
        List<CountyEntry> counties = new ArrayList<>();
        if (!list.isArray() || list.isEmpty()) {
            errors.add(new InputError(manifest.toString(), "$.counties", "must list at least one county file"));
        } else {
            Path base = manifest.toAbsolutePath().getParent();
            for (int i = 0; i < list.size(); i++) {
                JsonNode item = list.get(i);
                String at = "$.counties[" + i + "]";
                JsonNode file = item.isObject() ? item.path("file") : item;
                JsonNode override = item.isObject() ? item.path("policy") : MAPPER.createObjectNode();
                if (!file.isTextual() || file.asText().isBlank()) {
                    errors.add(new InputError(manifest.toString(), at, "must be a file name or {\"file\": ...}"));
                } else if (!override.isMissingNode() && !override.isObject()) {
                    errors.add(new InputError(manifest.toString(), at + ".policy", "must be an object"));
                } else {
                    counties.add(new CountyEntry(base.resolve(file.asText()),
                            override.isObject() ? (ObjectNode) override : MAPPER.createObjectNode()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String name = root.path("name").isTextual() ? root.path("name").asText()
                : manifest.toAbsolutePath().getParent().getFileName().toString();
        return new ProvinceInput(name, policy.isObject() ? (ObjectNode) policy : MAPPER.createObjectNode(), counties);
    }

    /**
     * The county's job: its file with the effective policy merged in, identified by {@link #jobId}. A file that is
     * not JSON at all still gives a job; the solve reports it invalid with its file name.
     */
    public CountyJob job(CountyEntry entry, Duration timeLimit) {
        String file = entry.file().toString();
        String stem = stem(entry.file());
        byte[] raw;
        try {
            raw = Files.readAllBytes(entry.file());
        } catch (IOException e) {
            return new CountyJob(stem + "-unreadable", stem, file, new byte[0], timeLimit.toMillis());
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(raw);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            // Left for the problem reader, which reports the syntax error with its line and column.
            return new CountyJob(jobId(stem, 0, "none", raw, timeLimit), stem, file, raw, timeLimit.toMillis());
        }
        ObjectNode document = (ObjectNode) root;
        ObjectNode merged = policy.deepCopy();
        if (document.path("policy").isObject()) {
            merged.setAll((ObjectNode) document.path("policy"));
        }
        merged.setAll(entry.policy());
        document.set("policy", merged);
        byte[] input;
        try {
            input = MAPPER.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String county = document.path("name").isTextual() ? document.path("name").asText() : stem;
        int year = document.path("year").asInt(0);
        return new CountyJob(jobId(stem, year, merged.toString(), input, timeLimit), county, file, input,
                timeLimit.toMillis());
    }

    /** Every county's job, in the province's order. */
    public List<CountyJob> jobs(Duration timeLimit) {
        List<CountyJob> jobs = new ArrayList<>();
        for (CountyEntry entry : counties) {
            jobs.add(job(entry, timeLimit));
        }
        return jobs;
    }

    /**
     * County + year + policy hash + input hash. The input hash covers the merged problem and the time limit, since
     * either changes the plan; the policy hash is there so that a policy sweep's ids differ where a reader sees it.
     */
    static String jobId(String county, int year, String policyJson, byte[] input, Duration timeLimit) {
        String policyHash = sha256(policyJson.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
        MessageDigest digest = digest();
        digest.update(input);
        digest.update(Long.toString(timeLimit.toMillis()).getBytes(StandardCharsets.US_ASCII));
        String inputHash = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        return county + "-" + year + "-" + policyHash + "-" + inputHash;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".json")) {
            name = name.substring(0, name.length() - 5);
        }
        // Job ids name files on every member: keep them portable.
        return name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidInputException invalid(Path file, String location, String message) {
        return new InvalidInputException(List.of(new InputError(file.toString(), location, message)));
    }
}
