package org.lungang.data.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.PlanDocument;
import org.lungang.data.json.PlanJson;
import org.lungang.solver.RotationSolver;

@Command(name = "evaluate",
        description = "Scores any plan file (also one made by hand) against a problem: KPIs and the score of every "
                + "constraint.")
final class EvaluateCommand extends LungangCommand {

    @Mixin
    ProblemFileOption problem;

    @Mixin
    PlanFileOption plan;

    @Option(names = "--output", paramLabel = "PLAN",
            description = "Where to write the evaluated plan file (score, KPIs, explanations).")
    Path output;

    @Override
    public Integer call() {
        if (output != null) {
            OutputCheck.file(output, inputs());
        }
        LoadedProblem loaded = problem.read();
        plan.applyTo(loaded.plan());
        PlanDocument document = PlanJson.toDocument(loaded.plan(), loaded.name(), new RotationSolver());
        Report report = report();
        report.score(document);
        report.kpis(document.kpis());
        report.constraints(document);
        if (output != null) {
            PlanJson.write(document, output);
            report.line("Evaluated plan written to " + output, "评估结果已写入 " + output);
        }
        return 0;
    }
}
