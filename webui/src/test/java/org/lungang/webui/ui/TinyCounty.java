package org.lungang.webui.ui;

import java.io.ByteArrayOutputStream;

import org.lungang.data.generator.CountyGenerator;
import org.lungang.data.generator.CountyProfiles;
import org.lungang.data.generator.GeneratedCounty;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemJson;
import org.lungang.webui.dataset.Dataset;
import org.lungang.webui.dataset.DatasetService;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.lungang.webui.security.SystemIdentity;

/**
 * A generated county of about 150 teachers (the benchmarks' tiny tier, seed 1) with one scenario: large enough that a
 * solve moves teachers step by step, where the example county's few candidates are placed at once.
 */
final class TinyCounty {

    static final String SCENARIO = "微型县基准";

    private TinyCounty() {
    }

    /** The county's scenario; the dataset is imported once per application context. */
    static Scenario scenario(DatasetService datasets, ScenarioService scenarios) {
        return SystemIdentity.call(() -> {
            GeneratedCounty county = CountyGenerator.generate(CountyProfiles.TINY, 1);
            Dataset dataset = datasets.list().stream().filter(d -> d.getName().equals(county.name())).findFirst()
                    .orElseGet(() -> {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        ProblemJson.write(new LoadedProblem(county.name(), county.year(), county.plan()), out);
                        return datasets.importJson(out.toByteArray(), "tiny.json");
                    });
            return scenarios.list(dataset.getId()).stream().filter(s -> s.getName().equals(SCENARIO)).findFirst()
                    .orElseGet(() -> scenarios.create(new ScenarioSpec(dataset.getId(), SCENARIO, null, null,
                            null)));
        });
    }
}
