package org.lungang.data.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The data module sits on the solver; the web application and the benchmarks build on it, never the reverse. */
@AnalyzeClasses(packages = "org.lungang.data", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleDirectionTest {

    @ArchTest
    static final ArchRule dataKnowsNothingOfTheWebApplicationOrTheBenchmarks = noClasses()
            .that().resideInAPackage("org.lungang.data..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lungang.webui..", "org.lungang.benchmarks..");
}
