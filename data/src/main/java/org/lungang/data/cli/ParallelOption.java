package org.lungang.data.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.lungang.data.sweep.SweepRequest;

/** {@code --parallel}: how many solvers run at once. */
final class ParallelOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--parallel", paramLabel = "N", description = "Solvers at once (default: one per core, at most 2).")
    Integer parallel;

    /** The number given, or the default; a number below one is a usage error. */
    int solvers() {
        if (parallel != null && parallel < 1) {
            throw new ParameterException(spec.commandLine(), "--parallel must be at least 1, was " + parallel);
        }
        return parallel == null ? SweepRequest.defaultParallel() : parallel;
    }
}
