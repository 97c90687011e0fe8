package org.lungang.data.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class RolloverCommandTest extends CliTest {

    private Path solvedPlan() {
        Path plan = dir.resolve("plan.json");
        assertThat(run("solve", "--input", problem.toString(), "--output", plan.toString(), "--time", "2s"))
                .isZero();
        return plan;
    }

    @Test
    void rolloverWritesNextYearsProblemWithTheMovesBegunAsExchanges() throws IOException {
        Path plan = solvedPlan();
        Path next = dir.resolve("next.json");

        int exit = run("rollover", "--input", problem.toString(), "--plan", plan.toString(), "--output",
                next.toString());

        assertThat(exit).isZero();
        String written = Files.readString(next);
        assertThat(written).contains("\"year\" : 2026").contains("\"hostSchoolId\" : \"V\"");
        assertThat(out.toString()).contains("School year 2025 → 2026");
        // The written problem is itself a valid problem that can be solved.
        assertThat(run("solve", "--input", next.toString(), "--output", dir.resolve("plan2.json").toString(),
                "--time", "1s")).isZero();
    }

    @Test
    void aPlanFromAnotherYearIsBadInputAndNothingIsWritten() throws IOException {
        Path plan = solvedPlan();
        Path other = dir.resolve("other-year.json");
        Files.writeString(other, Files.readString(problem).replace("\"year\": 2025", "\"year\": 2027"));
        Path next = dir.resolve("next.json");

        int exit = run("rollover", "--input", other.toString(), "--plan", plan.toString(), "--output",
                next.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(plan.toString()).contains("$.year")
                .contains("a plan for the school year 2025 cannot start the year after 2027");
        assertThat(next).doesNotExist();
    }
}
