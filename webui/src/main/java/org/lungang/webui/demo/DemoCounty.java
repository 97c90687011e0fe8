package org.lungang.webui.demo;

import java.util.Map;

import org.lungang.data.generator.CountyGenerator;
import org.lungang.data.generator.CountyProfile;
import org.lungang.data.generator.GeneratedCounty;
import org.lungang.data.json.LoadedProblem;
import org.lungang.webui.dataset.Dataset;
import org.lungang.webui.dataset.DatasetService;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.lungang.webui.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At first start (no dataset yet) loads a generated demo county with a default-policy scenario, so a new
 * installation shows a working application at once. Profile and seed come from {@code lungang.demo.profile} and
 * {@code lungang.demo.seed}; {@code lungang.demo.enabled=false} turns it off (see {@link DemoSettings}).
 */
@Component
@Order(10)
class DemoCounty implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCounty.class);

    private final DatasetService datasets;
    private final ScenarioService scenarios;
    private final DemoSettings settings;

    DemoCounty(DatasetService datasets, ScenarioService scenarios, DemoSettings settings) {
        this.datasets = datasets;
        this.scenarios = scenarios;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        String profile = settings.profile();
        long seed = settings.seed();
        SystemIdentity.run(() -> {
            if (!datasets.isEmpty()) {
                return;
            }
            GeneratedCounty county = CountyGenerator.generate(CountyProfile.named(profile), seed);
            Dataset dataset = datasets.importProblem(new LoadedProblem(county.name(), county.year(), county.plan()),
                    "demo:" + profile + ":" + seed);
            scenarios.create(new ScenarioSpec(dataset.getId(), "默认政策 Default policy",
                    "The year's policy as generated for the demo county", null, Map.of()));
            LOG.info("Loaded the demo county (profile {}, seed {}): {} schools, {} teachers", profile, seed,
                    dataset.getSchoolCount(), dataset.getTeacherCount());
        });
    }
}
