package org.lungang.solver.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every main source file of every module reads in one sitting: at most 400 lines. The constraint provider may be
 * longer, since its rules read better side by side in one file.
 */
class SourceFileLengthTest {

    private static final int MAX_LINES = 400;
    private static final List<String> MODULES = List.of("solver", "data", "webui", "benchmarks");
    private static final String EXEMPT = "RotationConstraintProvider.java";

    @Test
    void noMainSourceFileIsLongerThanFourHundredLines() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> tooLong = new ArrayList<>();
        for (String module : MODULES) {
            Path sources = root.resolve(module).resolve("src/main/java");
            assertThat(sources).as("the %s module's sources", module).isDirectory();
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    long lines;
                    try (Stream<String> text = Files.lines(file)) {
                        lines = text.count();
                    }
                    if (lines > MAX_LINES && !file.getFileName().toString().equals(EXEMPT)) {
                        tooLong.add(root.relativize(file) + " (" + lines + " lines)");
                    }
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }
}
