package org.lungang.data.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.lungang.data.cycle.Rollover;
import org.lungang.data.cycle.RolloverResult;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemJson;

@Command(name = "rollover",
        description = "Makes next school year's problem from this year's problem and its approved plan: new "
                + "exchanges begun, returns done, ages and years advanced, retirees gone, one-year exemptions cleared.")
final class RolloverCommand extends LungangCommand {

    @Mixin
    ProblemFileOption problem;

    @Mixin
    PlanFileOption plan;

    @Option(names = "--output", required = true, paramLabel = "NEXT",
            description = "Where to write next year's problem file (JSON).")
    Path output;

    @Override
    public Integer call() {
        OutputCheck.file(output, inputs());
        LoadedProblem loaded = Rollover.applyPlan(problem.read(), plan.planFile);
        RolloverResult result = Rollover.next(loaded, plan.planFile.toString());
        ProblemJson.write(result.next(), output);
        RolloverResult.Counts c = result.counts();
        Report report = report();
        report.line("School year " + loaded.year() + " → " + result.next().year() + ": " + c.started
                        + " exchanges begun, " + c.appointed + " principals appointed, " + c.returned + " returned, "
                        + c.extended + " extended, " + c.retired + " retired, " + c.promoted + " promoted to principal, "
                        + c.exemptionsCleared + " graduating-class exemptions cleared",
                loaded.year() + " 学年 → " + result.next().year() + " 学年：新开始交流 " + c.started + " 人，校长任职交流 "
                        + c.appointed + " 人，期满返回 " + c.returned + " 人，延期 " + c.extended + " 人，退休 "
                        + c.retired + " 人，接任校长 " + c.promoted + " 人，解除毕业班暂缓 " + c.exemptionsCleared + " 人");
        report.line("Next year's problem written to " + output, "下一学年的问题已写入 " + output);
        return 0;
    }
}
