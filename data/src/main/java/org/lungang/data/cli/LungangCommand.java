package org.lungang.data.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What every subcommand has: the {@code --lang} option, its command spec, and a report in that language. */
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

    /** A wrong option: picocli prints the message and the usage, and the exit code is 2. */
    ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
