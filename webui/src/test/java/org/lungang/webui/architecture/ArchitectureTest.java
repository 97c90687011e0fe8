package org.lungang.webui.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/**
 * The web module by feature: each package under {@code org.lungang.webui} is a feature (its service, entities and
 * {@code ui} views together); features depend on each other in one direction only, {@code base} is shared by all and
 * knows none, and views reach data through services.
 */
@AnalyzeClasses(packages = "org.lungang.webui", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theWebApplicationKnowsNothingOfTheBenchmarks = noClasses()
            .that().resideInAPackage("org.lungang.webui..")
            .should().dependOnClassesThat().resideInAPackage("org.lungang.benchmarks..");

    @ArchTest
    static final ArchRule featurePackagesFormNoCycle = slices()
            .matching("org.lungang.webui.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule baseDependsOnNoFeature = noClasses()
            .that().resideInAPackage("org.lungang.webui.base..")
            .should().dependOnClassesThat(resideInAPackage("org.lungang.webui..")
                    .and(not(resideInAPackage("org.lungang.webui.base.."))));

    @ArchTest
    static final ArchRule viewsNeverTouchRepositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class);
}
