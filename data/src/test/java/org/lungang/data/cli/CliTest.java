package org.lungang.data.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in-process on a copy of the small test problem, capturing what it prints. */
abstract class CliTest {

    @TempDir
    Path dir;
    Path problem;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void copyTheSmallProblem() throws IOException {
        problem = dir.resolve("small.json");
        try (InputStream in = CliTest.class.getResourceAsStream("/small-problem.json")) {
            Files.copy(in, problem);
        }
    }

    int run(String... args) {
        return LungangCli.execute(new PrintWriter(out), new PrintWriter(err), args);
    }
}
