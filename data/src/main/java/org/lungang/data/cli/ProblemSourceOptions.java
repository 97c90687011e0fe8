package org.lungang.data.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.lungang.data.json.LoadedProblem;

/** {@code --input} in any format (JSON, workbook, CSV directory) and the {@code --year} CSV files may lack. */
final class ProblemSourceOptions {

    @Option(names = "--input", required = true, paramLabel = "PROBLEM|WORKBOOK|DIR",
            description = "The problem: a problem file (JSON), an Excel workbook (.xlsx) or a directory of CSV files.")
    Path input;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "The school year, for CSV files without policy.csv.")
    Integer year;

    LoadedProblem read() {
        return ProblemFormats.read(input, year);
    }
}
