package org.lungang.data.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every subcommand has: {@code --help} and {@code --version}, the {@code --lang} option, its command spec, and a
 * report in that language.
 */
@Command(mixinStandardHelpOptions = true)
abstract class LungangCommand implements Callable<Integer> {

    @Mixin
    LangOption lang;

    @Spec
    CommandSpec spec;

    Report report() {
        return new Report(out(), lang.lang);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * The inputs {@link OutputCheck} protects: every path option of the command (its mixins' too) but
     * {@code --output}, so that an option added later is protected without being listed.
     */
    OutputCheck.Input[] inputs() {
        return spec.options().stream()
                .filter(option -> option.type() == Path.class && !option.longestName().equals("--output"))
                .map(option -> new OutputCheck.Input(option.longestName(), option.getValue()))
                .toArray(OutputCheck.Input[]::new);
    }

    /** A wrong option: picocli prints the message and the usage, and the exit code is 2. */
    ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
