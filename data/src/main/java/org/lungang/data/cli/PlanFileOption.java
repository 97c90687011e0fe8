package org.lungang.data.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.lungang.data.json.PlanJson;
import org.lungang.solver.domain.RotationPlan;

/** {@code --plan}: a plan file whose rotations are laid over the problem. */
final class PlanFileOption {

    @Option(names = "--plan", required = true, paramLabel = "PLAN",
            description = "The plan file; its rotations (teacherId → toSchoolId) are read, also from one made by hand.")
    Path planFile;

    /** The problem's plan with the plan file's rotations applied. */
    RotationPlan applyTo(RotationPlan problem) {
        return PlanJson.readDecisions(planFile, problem);
    }
}
