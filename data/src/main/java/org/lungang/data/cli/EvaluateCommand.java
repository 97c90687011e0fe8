package org.lungang.data.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.PlanDocument;
import org.lungang.data.json.PlanJson;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.exact.ExactSettings;
import org.lungang.solver.exact.GuardedBound;
import org.lungang.solver.exact.RiseProver;
import org.lungang.solver.kpi.IndicatorBaseline;

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

    @Option(names = "--prove-rises", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "For each official coefficient of variation the plan raises, prove within this time "
                    + "whether any plan at the least quota shortfall could keep it (e.g. 60s; about 15 s per "
                    + "coefficient on a county of 12,000 teachers).")
    Duration proveRises;

    @Option(names = "--guarded-bound", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Within this time, bound the posts filled less km of any plan that misses no more quota "
                    + "heads and leaves no official coefficient of variation higher than this plan (e.g. 2m; about "
                    + "a minute on a county of 12,000 teachers), and say how near the plan is.")
    Duration guardedBound;

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
        if (proveRises != null) {
            List<IndicatorBaseline> rising = RiseProver.rising(loaded.plan());
            if (rising.isEmpty()) {
                report.line("No official coefficient of variation rises: nothing to prove.",
                        "没有差异系数上升：无需证明。");
            } else {
                report.riseProofs(new RiseProver(ExactSettings.defaults()).prove(loaded.plan(), rising, proveRises));
            }
        }
        if (guardedBound != null) {
            report.guardedBound(new GuardedBound(ExactSettings.defaults()).of(loaded.plan(), guardedBound));
        }
        if (output != null) {
            PlanJson.write(document, output);
            report.line("Evaluated plan written to " + output, "评估结果已写入 " + output);
        }
        return 0;
    }
}
