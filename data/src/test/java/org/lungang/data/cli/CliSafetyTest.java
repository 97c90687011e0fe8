package org.lungang.data.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

import org.lungang.data.json.PlanJson;

/** What the command line does to keep scripts and files safe: exit codes, outputs checked before work, bounds. */
class CliSafetyTest extends CliTest {

    /** The small problem with E3 (two years at U, so not eligible) pinned to move to V: a hard rule broken. */
    private Path problemWithABrokenHardRule() throws IOException {
        String text = Files.readString(problem);
        int end = text.lastIndexOf('}');
        Path file = dir.resolve("pinned.json");
        Files.writeString(file, text.substring(0, end).stripTrailing()
                + ",\n  \"decisions\": [{\"teacherId\": \"E3\", \"toSchoolId\": \"V\", \"pinned\": true}]\n}\n");
        return file;
    }

    @Test
    void aSolvedPlanThatBreaksAHardRuleIsWrittenAndExitsWithThree() throws IOException {
        Path plan = dir.resolve("plan.json");

        int exit = run("solve", "--input", problemWithABrokenHardRule().toString(), "--output", plan.toString(),
                "--time", "1s");

        assertThat(exit).as(err.toString()).isEqualTo(LungangCli.HARD_RULE_BROKEN).isEqualTo(3);
        assertThat(PlanJson.readDocument(plan).feasible()).isFalse();
        assertThat(err.toString()).contains("breaks a hard rule");
    }

    @Test
    void anOutputThatIsTheInputIsRefusedAndTheInputKept() throws IOException {
        byte[] before = Files.readAllBytes(problem);
        Path sameFile = dir.resolve(".").resolve("small.json");

        int exit = run("solve", "--input", problem.toString(), "--output", sameFile.toString(), "--time", "1s");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--output").contains("is the input file");
        assertThat(Files.readAllBytes(problem)).isEqualTo(before);
    }

    @Test
    void anExportOverThePlanFileIsRefused() throws IOException {
        Path plan = dir.resolve("hand.json");
        Files.writeString(plan, "{\"rotations\": []}");

        int exit = run("export", "--input", problem.toString(), "--plan", plan.toString(), "--output",
                plan.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--output").contains("is the input file");
        assertThat(Files.readString(plan)).isEqualTo("{\"rotations\": []}");
    }

    @Test
    void aMissingOutputFolderIsReportedBeforeSolvingInPlainWords() {
        Path plan = dir.resolve("no-such-folder").resolve("plan.json");

        int exit = run("solve", "--input", problem.toString(), "--output", plan.toString(), "--time", "1s");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--output: the folder " + plan.getParent() + " does not exist")
                .doesNotContain("Exception");
        assertThat(out.toString()).as("nothing was solved").doesNotContain("Score");
    }

    @Test
    void anOutputThatIsAFolderIsReportedBeforeSolving() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("plans"));

        int exit = run("solve", "--input", problem.toString(), "--output", folder.toString(), "--time", "1s");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--output: " + folder + " is a folder");
    }

    @Test
    void aTimeLimitOfMoreThanADayIsRefused() {
        DurationConverter converter = new DurationConverter();

        assertThat(converter.convert("24h")).hasHours(24);
        assertThatThrownBy(() -> converter.convert("25h")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("at most 24h");
        assertThatThrownBy(() -> converter.convert("P2D")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("at most 24h");
    }

    @Test
    void aTimeLimitTooLargeToCountIsRefusedWithTheSameMessage() {
        DurationConverter converter = new DurationConverter();

        assertThatThrownBy(() -> converter.convert("99999999999h")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("at most 24h");
        assertThatThrownBy(() -> converter.convert("99999999999999999999999s"))
                .isInstanceOf(TypeConversionException.class).hasMessageContaining("at most 24h");
    }

    @Test
    void theHelpOfSolveNamesExitCodeThree() {
        int exit = run("solve", "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("3").contains("breaks a hard rule");
    }
}
