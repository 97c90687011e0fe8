package org.lungang.data.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

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
 * Exit codes: 0 success, 1 failure, 2 bad input (every error printed as {@code file: location: message}), 3 a plan
 * was written that breaks a hard rule ({@code solve}).
 */
@Command(name = "lungang", mixinStandardHelpOptions = true, version = "lungang 0.1.0",
        description = "Plans the yearly rotation of teachers and principals between the schools of a county (轮岗).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:done", "1:failed (a file could not be read or written, or an internal error)",
            "2:bad input or options; every problem is listed as file: location: message, and nothing is written",
            "3:solve wrote a plan that breaks a hard rule (INFEASIBLE)"},
        subcommands = {SolveCommand.class, EvaluateCommand.class, ExplainCommand.class, GenerateCommand.class,
                ImportCommand.class, ExportCommand.class, TemplateCommand.class, SweepCommand.class,
                SensitivityCommand.class, ProvinceCommand.class, WorkerCommand.class, RolloverCommand.class,
                HorizonCommand.class})
public final class LungangCli implements Runnable {

    /** Exit code of bad input: an input file with errors, or a wrong option. */
    public static final int BAD_INPUT = 2;
    public static final int FAILURE = 1;
    /** Exit code of {@code solve} when the plan it wrote breaks a hard rule: written, but not one to use as is. */
    public static final int HARD_RULE_BROKEN = 3;

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
                    if (e instanceof UncheckedIOException io) {
                        // A file that vanished or a disk that filled up during the run: say which, not a trace.
                        err.println("lungang: " + io.getMessage() + ": " + describe(io.getCause()));
                        err.flush();
                        return FAILURE;
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

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage();
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: solve, evaluate, explain, generate, "
                + "import, export, template, sweep or sensitivity");
    }
}
