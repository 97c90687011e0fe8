package org.lungang.solver.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The solver is the bottom module: data, the web application and the benchmarks build on it, never the reverse. */
@AnalyzeClasses(packages = "org.lungang.solver", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleDirectionTest {

    @ArchTest
    static final ArchRule theSolverKnowsNothingOfTheModulesAboveIt = noClasses()
            .that().resideInAPackage("org.lungang.solver..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.lungang.data..", "org.lungang.webui..", "org.lungang.benchmarks..");
}
