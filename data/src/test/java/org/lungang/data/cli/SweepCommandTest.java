package org.lungang.data.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SweepCommandTest extends CliTest {

    @Test
    void sweepWritesTheTableTheReportAndTheChart() throws IOException {
        Path output = dir.resolve("out");

        int exit = run("sweep", "--input", problem.toString(), "--param", "quota=0.1,0.5", "--time", "1s",
                "--output", output.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(Files.readAllLines(output.resolve("sweep.csv"))).hasSize(3);
        assertThat(Files.readString(output.resolve("sweep.md"))).contains("| 0.5 |");
        assertThat(Files.size(output.resolve("sweep.svg"))).isPositive();
        assertThat(out.toString()).contains("[2/2]");
    }

    @Test
    void anUnknownParameterIsABadInputNamingIt() {
        int exit = run("sweep", "--input", problem.toString(), "--param", "qota=0.1,0.2", "--output",
                dir.resolve("out").toString());

        assertThat(exit).isEqualTo(LungangCli.BAD_INPUT);
        assertThat(err.toString()).contains("--param qota: unknown parameter");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aBadRangeIsABadInputNamingTheParameter() {
        int exit = run("sweep", "--input", problem.toString(), "--param", "quota=0.1:0.3:0.05", "--param",
                "maxCommuteKm=50:30:10", "--output", dir.resolve("out").toString());

        assertThat(exit).isEqualTo(LungangCli.BAD_INPUT);
        assertThat(err.toString()).contains("--param maxCommuteKm: the range runs backwards");
    }

    @Test
    void threeParametersAreABadInput() {
        int exit = run("sweep", "--input", problem.toString(), "--param", "quota=0.1", "--param", "backbone=0.2",
                "--param", "commute=30", "--output", dir.resolve("out").toString());

        assertThat(exit).isEqualTo(LungangCli.BAD_INPUT);
        assertThat(err.toString()).contains("one or two parameters");
    }

    @Test
    void sensitivityReportsInWordsWhichConstraintsBind() {
        int exit = run("sensitivity", "--input", problem.toString(), "--time", "1s", "--constraint",
                "Commute distance", "--lang", "zh");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("方法：").contains("“Commute distance”（优化目标）");
    }

    @Test
    void anUnknownConstraintIsABadInput() {
        int exit = run("sensitivity", "--input", problem.toString(), "--constraint", "Comute");

        assertThat(exit).isEqualTo(LungangCli.BAD_INPUT);
        assertThat(err.toString()).contains("--constraint Comute: unknown constraint");
    }
}
