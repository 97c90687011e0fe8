package org.lungang.data.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemJson;

/** {@code --input}: a problem file (JSON), for the commands that solve or score. */
final class ProblemFileOption {

    @Option(names = "--input", required = true, paramLabel = "PROBLEM", description = "The problem file (JSON).")
    Path input;

    LoadedProblem read() {
        return ProblemJson.read(input);
    }
}
