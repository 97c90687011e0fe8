package org.lungang.data.province;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lungang.data.generator.CountyGenerator;
import org.lungang.data.generator.CountyProfile;
import org.lungang.data.generator.GeneratedCounty;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemJson;

/** Provinces of tiny counties (about 150 teachers each) for the province tests: quick to solve. */
public final class TinyProvince {

    private TinyProvince() {
    }

    /** Writes {@code counties} tiny counties t1.json, t2.json... and a manifest listing them; returns the manifest. */
    public static Path write(Path directory, int counties) throws IOException {
        Files.createDirectories(directory);
        ObjectNode manifest = ProvinceInput.MAPPER.createObjectNode();
        manifest.put("name", "tiny province");
        manifest.putObject("policy").put("rotationQuota", 0.10);
        ArrayNode list = manifest.putArray("counties");
        for (int i = 1; i <= counties; i++) {
            GeneratedCounty county = CountyGenerator.generate(CountyProfile.named("tiny"), i);
            // Without a policy of its own, as the generator writes counties that follow the province policy.
            ObjectNode document = ProvinceInput.MAPPER.valueToTree(
                    ProblemJson.toDocument(new LoadedProblem("tiny county " + i, 2025, county.plan())));
            document.remove("policy");
            ProvinceInput.MAPPER.writeValue(directory.resolve("t" + i + ".json").toFile(), document);
            list.add("t" + i + ".json");
        }
        Path file = directory.resolve(ProvinceInput.MANIFEST);
        ProvinceInput.MAPPER.writeValue(file.toFile(), manifest);
        return file;
    }

    /** The result files and plan files under a run's output directory. */
    public static List<Path> files(Path output, String kind) throws IOException {
        Path dir = output.resolve(kind);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return new ArrayList<>(files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList());
        }
    }
}
