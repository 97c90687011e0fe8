package org.lungang.data.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.lungang.data.province.CountyResult;
import org.lungang.data.province.CountyRunner;
import org.lungang.data.province.EmbeddedRunner;
import org.lungang.data.province.ProvinceGenerator;
import org.lungang.data.province.ProvinceInput;
import org.lungang.data.province.ProvinceProgress;
import org.lungang.data.province.ProvinceRun;
import org.lungang.data.province.ProvinceSummary;
import org.lungang.data.province.cluster.ClusterRunner;
import org.lungang.data.province.cluster.ClusterSettings;
import org.lungang.data.province.cluster.ClusterUnreachableException;

@Command(name = "province", mixinStandardHelpOptions = true,
        description = "Many counties at once: generate a province, solve every county (here or on a cluster).",
        subcommands = {ProvinceCommand.Solve.class, ProvinceCommand.Generate.class})
final class ProvinceCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: solve or generate");
    }

    @Command(name = "solve",
            description = "Solves every county of a province directory or manifest; writes each county's plan and "
                    + "the province summary (summary.csv, summary.zh.md, summary.en.md, summary.xlsx).")
    static final class Solve extends LungangCommand {

        @Option(names = "--input", required = true, paramLabel = "DIR|MANIFEST",
                description = "A directory of county problem files (with or without province.json), or a manifest.")
        Path input;

        @Option(names = "--output", required = true, paramLabel = "DIR",
                description = "Where plans/, results/ and the summary go; on a cluster, a path every worker shares.")
        Path output;

        @Option(names = "--time", defaultValue = "60s", converter = DurationConverter.class, paramLabel = "DURATION",
                description = "Time limit per county (default 60s).")
        Duration time;

        @Mixin
        ParallelOption parallel;

        @Option(names = "--cluster", arity = "0..1", fallbackValue = ClusterSettings.DEFAULT_CLUSTER,
                paramLabel = "NAME", description = "Submit to the workers of this cluster (default name lungang) "
                        + "instead of solving here.")
        String cluster;

        @Option(names = "--members", split = ",", paramLabel = "HOST:PORT",
                description = "Workers to reach with --cluster (default 127.0.0.1:5701).")
        List<String> members;

        @Option(names = "--connect-timeout", defaultValue = "10s", converter = DurationConverter.class,
                paramLabel = "DURATION", description = "How long to look for a worker (default 10s).")
        Duration connectTimeout;

        @Override
        public Integer call() {
            PrintWriter out = out();
            Report report = report();
            boolean chinese = lang.lang == Lang.ZH;
            ProvinceInput province = ProvinceInput.load(input);
            CountyRunner runner;
            if (cluster != null) {
                List<String> addresses = members == null || members.isEmpty()
                        ? List.of(ClusterSettings.LOOPBACK + ":" + ClusterSettings.DEFAULT_PORT) : members;
                runner = new ClusterRunner(new ClusterSettings(cluster, addresses, ClusterSettings.LOOPBACK,
                        ClusterSettings.DEFAULT_PORT, 1), connectTimeout.toMillis());
            } else {
                runner = new EmbeddedRunner(parallel.solvers());
            }
            report.line("Province " + province.name() + ": " + province.counties().size() + " counties, "
                            + (cluster == null ? "solving here" : "submitting to cluster " + cluster),
                    "省 " + province.name() + "：" + province.counties().size() + " 个县，"
                            + (cluster == null ? "本机求解" : "提交到集群 " + cluster));
            ProvinceSummary summary;
            try {
                summary = ProvinceRun.run(province, time, output, runner, s -> progress(out, s, chinese));
            } catch (ClusterUnreachableException e) {
                PrintWriter err = err();
                err.println("lungang: " + e.getMessage());
                err.println(chinese
                        ? "请先启动工作节点（./lungang worker --members ...），或去掉 --cluster 在本机求解："
                        : "Start workers first (./lungang worker --members ...), or solve on this machine by "
                                + "leaving out --cluster:");
                err.println("  ./lungang province solve --input " + input + " --output " + output + " --time "
                        + time.toSeconds() + "s --parallel " + Runtime.getRuntime().availableProcessors());
                err.flush();
                return LungangCli.FAILURE;
            }
            ProvinceSummary.Totals totals = summary.totals();
            for (CountyResult county : summary.counties()) {
                if (county.status() != CountyResult.Status.SOLVED) {
                    out.println((chinese ? (county.status() == CountyResult.Status.INVALID ? "数据有误 " : "求解失败 ")
                            : county.status().name().toLowerCase(Locale.ROOT) + " ") + county.file());
                    county.errors().forEach(error -> out.println("  " + error));
                }
            }
            report.line(totals.solved() + " of " + totals.counties() + " counties solved (" + totals.invalid()
                            + " invalid, " + totals.failed() + " failed): " + totals.teachers() + " teachers, "
                            + totals.rotated() + " rotated, " + totals.postsFilled() + " of "
                            + totals.openPostsBefore() + " open posts filled, " + totals.quotasMet()
                            + " counties meet every quota",
                    totals.counties() + " 个县中 " + totals.solved() + " 个已求解（数据有误 " + totals.invalid() + "，失败 "
                            + totals.failed() + "）：教师 " + totals.teachers() + " 人，交流 " + totals.rotated()
                            + " 人，填补缺编 " + totals.postsFilled() + "/" + totals.openPostsBefore() + "，"
                            + totals.quotasMet() + " 个县各项比例达标");
            for (ProvinceSummary.Threshold th : summary.thresholds()) {
                report.line(String.format(Locale.ROOT, "  %s %s ≤ %.2f: %d → %d of %d counties",
                                th.group().name().toLowerCase(Locale.ROOT), th.indicator().text().en(), th.threshold(),
                                th.metBefore(), th.metAfter(), th.measured()),
                        String.format(Locale.ROOT, "  %s %s ≤ %.2f：%d → %d 个县（共 %d）",
                                th.group().name().toLowerCase(Locale.ROOT), th.indicator().text().zh(), th.threshold(),
                                th.metBefore(), th.metAfter(), th.measured()));
            }
            report.line("Summary written to " + output.resolve("summary.csv") + ", summary.zh.md, summary.en.md, "
                    + "summary.xlsx", "汇总已写入 " + output.resolve("summary.csv") + "、summary.zh.md、summary.en.md、"
                    + "summary.xlsx");
            return totals.solved() == totals.counties() ? 0 : LungangCli.FAILURE;
        }

        private static void progress(PrintWriter out, ProvinceProgress.Snapshot s, boolean chinese) {
            int width = 20;
            int filled = s.total() == 0 ? width : s.done() * width / s.total();
            String bar = "#".repeat(filled) + ".".repeat(width - filled);
            String eta = s.eta() == null ? "--:--" : clock(s.eta());
            synchronized (out) {
                out.println(chinese
                        ? String.format("[%s] 完成 %d/%d，进行中 %d，失败 %d，已用 %s，预计剩余 %s  %s", bar, s.done(),
                                s.total(), s.running(), s.failed(), clock(s.elapsed()), eta,
                                s.last() == null ? "" : s.last())
                        : String.format("[%s] done %d/%d, running %d, failed %d, elapsed %s, ETA %s  %s", bar,
                                s.done(), s.total(), s.running(), s.failed(), clock(s.elapsed()), eta,
                                s.last() == null ? "" : s.last()));
                out.flush();
            }
        }

        private static String clock(Duration d) {
            long seconds = d.toSeconds();
            return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        }
    }

    @Command(name = "generate",
            description = "Writes a deterministic province: county files drawn from the five calibrated profiles "
                    + "(about 3,000 teachers a county) and province.json.")
    static final class Generate extends LungangCommand {

        @Option(names = "--counties", defaultValue = "100", description = "Counties (default 100).")
        int counties;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed (default 1).")
        long seed;

        @Option(names = "--year", defaultValue = "" + GenerateCommand.PROVINCE_YEAR, description = "The school year (default 2025).")
        int year;

        @Option(names = "--name", defaultValue = GenerateCommand.PROVINCE_NAME, description = "The province's name.")
        String name;

        @Option(names = "--output", required = true, paramLabel = "DIR", description = "The province directory.")
        Path output;

        @Override
        public Integer call() {
            return write(this, output, name, year, counties, seed);
        }
    }

    /** Writes a generated province; shared by {@code province generate} and {@code generate --profile province}. */
    static int write(LungangCommand command, Path output, String name, int year, int counties, long seed) {
        if (counties < 1) {
            throw command.usageError("--counties must be at least 1");
        }
        PrintWriter out = command.out();
        List<ProvinceGenerator.CountyPlan> written = ProvinceGenerator.write(output, name, year, counties, seed,
                county -> {
                    out.println(county.file() + ": " + county.teachers());
                    out.flush();
                });
        long teachers = written.stream().mapToLong(ProvinceGenerator.CountyPlan::teachers).sum();
        command.report().line(
                "Generated " + written.size() + " counties and " + teachers + " teachers into " + output,
                "已生成 " + written.size() + " 个县、" + teachers + " 名教师，写入 " + output);
        return 0;
    }
}
