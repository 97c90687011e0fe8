package org.lungang.data.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.constraint.ConstraintMatch;
import ai.timefold.solver.core.api.score.constraint.Indictment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;
import org.lungang.data.json.PlanDocument.MatchEntry;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.constraints.justifications.RotationJustification;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.explain.MoveExplainer;
import org.lungang.solver.explain.MoveExplanation;

@Command(name = "explain",
        description = "Explains one teacher's decision in a plan, with the constraint matches that involve them.")
final class ExplainCommand extends LungangCommand {

    @Mixin
    ProblemFileOption problem;

    @Mixin
    PlanFileOption planFile;

    @Option(names = "--teacher", required = true, paramLabel = "ID", description = "The teacher's id.")
    String teacherId;

    @Override
    public Integer call() {
        RotationPlan plan = planFile.applyTo(problem.read().plan());
        Rotation rotation = plan.rotationOf(teacherId);
        if (rotation == null) {
            throw new InvalidInputException(List.of(new InputError("command line", "--teacher",
                    "unknown teacher id \"" + teacherId + "\" in " + problem.input)));
        }
        RotationSolver solver = new RotationSolver();
        solver.score(plan);
        MoveExplanation explanation = MoveExplainer.explain(plan, rotation);
        Report report = report();
        String name = rotation.getTeacher().name();
        if (rotation.isMoving()) {
            report.line(teacherId + " " + name + ": " + rotation.getHomeSchool().getId() + " → "
                    + rotation.getDestination().getId() + " (" + report.kind(rotation.getKind()) + ")",
                    teacherId + " " + name + "：" + rotation.getHomeSchool().getId() + " → "
                            + rotation.getDestination().getId() + "（" + report.kind(rotation.getKind()) + "）");
        } else {
            report.line(teacherId + " " + name + ": stays at " + rotation.getHomeSchool().getId(),
                    teacherId + " " + name + "：留在 " + rotation.getHomeSchool().getId());
        }
        List<String> lines = lang.lang == Lang.ZH ? explanation.zh() : explanation.en();
        lines.forEach(line -> report.line("  - " + line, "  - " + line));
        List<MatchEntry> matches = matchesOf(solver, plan, rotation);
        report.line("Constraint matches involving " + teacherId + " (" + matches.size() + ")",
                "涉及 " + teacherId + " 的约束匹配（" + matches.size() + "）");
        matches.forEach(report::match);
        return 0;
    }

    /** The matches whose indicted objects include the teacher's rotation, in constraint order. */
    private static List<MatchEntry> matchesOf(RotationSolver solver, RotationPlan plan, Rotation rotation) {
        Indictment<HardMediumSoftLongScore> indictment = solver.solutionManager().explain(plan)
                .getIndictmentMap().get(rotation);
        List<MatchEntry> matches = new ArrayList<>();
        if (indictment == null) {
            return matches;
        }
        List<ConstraintMatch<HardMediumSoftLongScore>> sorted = new ArrayList<>(indictment.getConstraintMatchSet());
        sorted.sort(Comparator.comparing(ConstraintMatch::getConstraintName));
        for (ConstraintMatch<HardMediumSoftLongScore> match : sorted) {
            String prefix = match.getConstraintName() + ": ";
            if (match.getJustification() instanceof RotationJustification words) {
                matches.add(new MatchEntry(match.getScore().toString(), prefix + words.zh(), prefix + words.en()));
            } else {
                String text = prefix + match.getJustification();
                matches.add(new MatchEntry(match.getScore().toString(), text, text));
            }
        }
        return matches;
    }
}
