package org.lungang.data.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.lungang.data.FileIo;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.sweep.SweepChart;
import org.lungang.data.sweep.SweepParameter;
import org.lungang.data.sweep.SweepParameterException;
import org.lungang.data.sweep.SweepPoint;
import org.lungang.data.sweep.SweepRequest;
import org.lungang.data.sweep.SweepResult;
import org.lungang.data.sweep.SweepRunner;
import org.lungang.data.sweep.SweepTable;
import org.lungang.solver.domain.RotationPlan;

@Command(name = "sweep",
        description = "Solves the problem at every value of one or two policy parameters and writes the trade-off: "
                + "DIR/sweep.csv, DIR/sweep.md and the chart DIR/sweep.svg. See docs/sweep.md.")
final class SweepCommand extends LungangCommand {

    @Mixin
    ProblemFileOption problem;

    @Option(names = "--param", required = true, paramLabel = "NAME=VALUES",
            description = "A swept parameter, once or twice (two make a grid): quota=0.10:0.30:0.05 (from:to:step) "
                    + "or maxCommuteKm=30,50 (a list). Names: quota, backbone, secondment, commute, any numeric "
                    + "policy field, housingBeds, housingBedsFactor, weight:<constraint name>.")
    List<String> params;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Directory for the outputs.")
    Path output;

    @Option(names = "--time", defaultValue = "20s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Time limit per point, e.g. 20s (default 20s, at most 24h).")
    Duration time;

    @Mixin
    ParallelOption parallel;

    @Mixin
    WeightsOption weights;

    @Override
    public Integer call() {
        if (params.size() > 2) {
            throw usageError("Sweep one or two parameters, not " + params.size());
        }
        int solvers = parallel.solvers();
        OutputCheck.folder(output, inputs());
        LoadedProblem loaded = problem.read();
        RotationPlan base = loaded.plan();
        if (weights.given()) {
            base = SweepRunner.withPolicy(base,
                    base.getPolicy().toBuilder().constraintWeights(weights.mergedOver(base.getPolicy())).build());
        }
        SweepRequest request;
        try {
            List<SweepParameter> parameters = new ArrayList<>();
            for (String param : params) {
                parameters.add(SweepParameter.parse(param, base.getPolicy()));
            }
            request = new SweepRequest(loaded.name(), base, parameters, time, solvers);
        } catch (SweepParameterException e) {
            throw usageError(e.getMessage());
        }

        PrintWriter out = out();
        boolean chinese = lang.lang == Lang.ZH;
        out.println(lang.lang.pick("扫描 ", "Sweeping ") + request.pointCount() + lang.lang.pick(" 个点，", " points, ")
                + time.toSeconds() + lang.lang.pick(" 秒/点", " s each"));
        out.flush();
        SweepResult result = new SweepRunner().run(request, progress -> {
            SweepPoint p = progress.point();
            out.println("[" + progress.done() + "/" + progress.total() + "] "
                    + SweepTable.label(request.parameters(), p) + ": " + p.score() + ", "
                    + lang.lang.pick("交流 ", "rotated ") + p.rotated() + (p.brokenRulesSummary().isEmpty() ? "" : " — " + p.brokenRulesSummary()));
            out.flush();
        });
        FileIo.writeText(output.resolve("sweep.csv"), SweepTable.csv(result));
        String markdown = SweepTable.markdown(result, chinese);
        FileIo.writeText(output.resolve("sweep.md"), markdown);
        FileIo.writeText(output.resolve("sweep.svg"), SweepChart.svg(result));
        out.println();
        out.print(markdown);
        out.println(lang.lang.pick("已写入：", "Written: ") + output.resolve("sweep.csv") + ", "
                + output.resolve("sweep.md") + ", " + output.resolve("sweep.svg"));
        return 0;
    }
}
