package org.lungang.data.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProvinceSummaryCsvTest {

    @Test
    void aCountyNameThatExcelWouldRunAsAFormulaIsWrittenAsTextLikeInEveryOtherCsv() {
        CountyResult county = CountyResult.invalid("j1", "=HYPERLINK(\"x\")", "c1.json", List.of("bad file"));

        String row = new ProvinceSummary("省", List.of(county)).csv().split("\n")[1];

        assertThat(row).startsWith("\"'=HYPERLINK(\"\"x\"\")\",c1.json,INVALID,");
    }
}
