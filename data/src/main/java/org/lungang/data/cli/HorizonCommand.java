package org.lungang.data.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.lungang.data.FileIo;
import org.lungang.data.cycle.Horizon;
import org.lungang.data.cycle.HorizonReport;
import org.lungang.data.cycle.HorizonResult;
import org.lungang.data.cycle.HorizonSweep;
import org.lungang.data.sweep.SweepParameter;
import org.lungang.data.sweep.SweepParameterException;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.PlanJson;
import org.lungang.data.json.ProblemJson;
import org.lungang.solver.RotationSolver;

@Command(name = "horizon",
        description = "Plans school year after school year with rollover and reports per year: rotated, returns, "
                + "quotas, the official 差异系数 of every indicator, coverage and the first year each threshold is met: "
                + "DIR/horizon.csv, DIR/horizon.zh.md, DIR/horizon.en.md, DIR/horizon.svg, and each year's problem and "
                + "plan in DIR/years/.")
final class HorizonCommand extends LungangCommand {

    @Mixin
    ProblemFileOption problem;

    @Option(names = "--years", defaultValue = "5", paramLabel = "N",
            description = "School years to plan, 1 to 20 (default 5).")
    int years;

    @Option(names = "--time", defaultValue = "30s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Time limit per year, e.g. 30s (default 30s, at most 24h).")
    Duration time;

    @Option(names = "--steps", paramLabel = "N",
            description = "Makes the horizon reproducible: each year construction and then N local-search steps "
                    + "(no exact core phase), --time only a cap; the same problem, N and --seed give the same "
                    + "horizon, as long as no year reaches --time (the report says).")
    Integer steps;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S",
            description = "Random seed of a reproducible horizon (with --steps; default 0).")
    long seed;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Directory for the outputs.")
    Path output;

    @Option(names = "--sweep", paramLabel = "NAME=VALUES",
            description = "A horizon at every value of one policy parameter, e.g. quota=0.10,0.15,0.20 or "
                    + "supportTermYears=2,3 (names as for sweep): DIR/horizon-sweep.csv, DIR/horizon-sweep.zh.md, "
                    + "DIR/horizon-sweep.en.md and each value's horizon in DIR/NAME=VALUE/.")
    String sweep;

    @Override
    public Integer call() {
        if (years < 1 || years > 20) {
            throw usageError("--years must be between 1 and 20, was " + years);
        }
        if (steps != null && steps < 1) {
            throw usageError("--steps must be at least 1, was " + steps);
        }
        OutputCheck.folder(output, inputs());
        LoadedProblem start = problem.read();
        if (sweep != null) {
            return sweep(start);
        }
        createYears(output);
        PrintWriter out = out();
        RotationSolver solver = new RotationSolver();
        long began = System.nanoTime();
        HorizonResult result = horizon(solver).run(start, years, time, listener(output, solver, out));
        double seconds = (System.nanoTime() - began) / 1e9;
        writeReports(output, result);
        out.println();
        out.print(HorizonReport.markdown(result, lang.lang == Lang.ZH));
        String took = String.format(java.util.Locale.ROOT, "%.1f", seconds);
        out.println(lang.lang.pick(years + " 个学年用时 " + took + " 秒；已写入 ",
                "Horizon of " + years + " years in " + took + " s; written to ") + output);
        return 0;
    }

    private Integer sweep(LoadedProblem start) {
        SweepParameter parameter;
        try {
            parameter = SweepParameter.parse(sweep, start.plan().getPolicy());
        } catch (SweepParameterException e) {
            throw usageError(e.getMessage());
        }
        if (parameter.kind() != SweepParameter.Kind.POLICY) {
            throw usageError("--sweep takes a policy parameter, not " + parameter.name());
        }
        PrintWriter out = out();
        RotationSolver solver = new RotationSolver();
        Horizon horizon = horizon(solver);
        java.util.List<HorizonSweep.Point> points = new java.util.ArrayList<>();
        for (double value : parameter.values()) {
            Path dir = output.resolve(parameter.name() + "=" + SweepParameter.format(value));
            createYears(dir);
            out.println(parameter.name() + " = " + SweepParameter.format(value));
            SweepParameter one = new SweepParameter(parameter.name(), parameter.target(), parameter.kind(),
                    java.util.List.of(value));
            HorizonSweep.Point point = HorizonSweep.run(horizon, start, one, years, time, listener(dir, solver, out))
                    .get(0);
            writeReports(dir, point.horizon());
            points.add(point);
        }
        FileIo.writeText(output.resolve("horizon-sweep.csv"), HorizonSweep.csv(parameter, points));
        FileIo.writeText(output.resolve("horizon-sweep.zh.md"), HorizonSweep.markdown(parameter, points, true));
        FileIo.writeText(output.resolve("horizon-sweep.en.md"), HorizonSweep.markdown(parameter, points, false));
        out.println();
        out.print(HorizonSweep.markdown(parameter, points, lang.lang == Lang.ZH));
        return 0;
    }

    /** Under the time limit, or reproducible with --steps; {@code solver} scores and writes the plans. */
    private Horizon horizon(RotationSolver solver) {
        return steps == null ? new Horizon(solver) : Horizon.reproducible(steps, seed);
    }

    private Horizon.Listener listener(Path dir, RotationSolver solver, PrintWriter out) {
        return (index, total, year, solved, row) -> {
            ProblemJson.write(year, dir.resolve("years").resolve(year.year() + ".problem.json"));
            PlanJson.write(PlanJson.toDocument(solved, year.name(), solver),
                    dir.resolve("years").resolve(year.year() + ".plan.json"));
            out.println("[" + (index + 1) + "/" + total + "] " + year.year() + ": " + row.score() + ", "
                    + lang.lang.pick("交流 ", "rotated ") + row.rotated() + lang.lang.pick("，返回 ", ", returned ")
                    + row.returned() + lang.lang.pick("，延期 ", ", extended ") + row.extended()
                    + lang.lang.pick("，覆盖率 ", ", coverage ") + String.format(java.util.Locale.ROOT, "%.1f%%",
                            row.coverage() * 100));
            out.flush();
        };
    }

    private static void writeReports(Path dir, HorizonResult result) {
        FileIo.writeText(dir.resolve("horizon.csv"), HorizonReport.csv(result));
        FileIo.writeText(dir.resolve("horizon.zh.md"), HorizonReport.markdown(result, true));
        FileIo.writeText(dir.resolve("horizon.en.md"), HorizonReport.markdown(result, false));
        FileIo.writeText(dir.resolve("horizon.svg"), HorizonReport.svg(result));
    }

    private static void createYears(Path dir) {
        try {
            Files.createDirectories(dir.resolve("years"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir.resolve("years"), e);
        }
    }
}
