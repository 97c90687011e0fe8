package org.lungang.solver.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.exact.ExactBound;
import org.lungang.solver.kpi.IndicatorBaseline;
import org.lungang.solver.moves.PlacementOrder;

/**
 * The solver's packages depend on each other in one direction: {@code domain} (with the rule names and the words for
 * its enums) at the bottom, then {@code kpi}, then {@code constraints} and {@code explain}, then {@code exact} and
 * {@code moves}; a rule's arithmetic is so used from above without a loop back.
 */
@AnalyzeClasses(packages = "org.lungang.solver", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    /**
     * Three references from the planning solution and entity upwards are still let through, each named: the exact
     * core's bound and the indicator baselines the plan carries for the solver's phases, and Timefold's placement
     * order, which its annotation must name on the entity. They go when those types move down into {@code domain}.
     */
    @ArchTest
    static final ArchRule solverPackagesFormNoCycle = slices()
            .matching("org.lungang.solver.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(RotationPlan.class, ExactBound.class)
            .ignoreDependency(RotationPlan.class, IndicatorBaseline.class)
            .ignoreDependency(Rotation.class, PlacementOrder.class);
}
