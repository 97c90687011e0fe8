package org.lungang.data.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;

/**
 * The {@code lungang} command line: solve a problem file, evaluate any plan against one, explain a teacher's move,
 * import a workbook or CSV rosters, export a plan to Excel, write the Excel template.
 * Exit codes: 0 success, 1 failure, 2 bad input (every error printed as {@code file: location: message}).
 */
@Command(name = "lungang", mixinStandardHelpOptions = true, version = "lungang 0.1.0",
        description = "Plans the yearly rotation of teachers and principals between the schools of a county (轮岗).",
        subcommands = {SolveCommand.class, EvaluateCommand.class, ExplainCommand.class, GenerateCommand.class,
                ImportCommand.class, ExportCommand.class, TemplateCommand.class, SweepCommand.class,
                SensitivityCommand.class, ProvinceCommand.class, WorkerCommand.class})
public final class LungangCli implements Runnable {

    /** Exit code of bad input: an input file with errors, or a wrong option. */
    public static final int BAD_INPUT = 2;
    public static final int FAILURE = 1;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        // The library modules leave logging to their host; the command line uses its own quiet configuration.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(execute(out, err, args));
    }

    /** Runs the command line with the given streams and returns its exit code, as {@link #main} does. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new LungangCli())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, cl, parseResult) -> {
                    if (e instanceof InvalidInputException invalid) {
                        for (InputError error : invalid.getErrors()) {
                            err.println(error);
                        }
                        err.flush();
                        return BAD_INPUT;
                    }
                    err.println("lungang: " + e);
                    err.flush();
                    return FAILURE;
                });
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: solve, evaluate, explain, generate, "
                + "import, export, template, sweep or sensitivity");
    }
}
