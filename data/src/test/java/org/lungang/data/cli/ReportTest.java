package org.lungang.data.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.lungang.data.json.PlanDocument.BoundEntry;

class ReportTest {

    /** An optimal exact core whose plan, after the CV guard, is at 950 of a bound of 1,000 (1,000 before the guard). */
    private static BoundEntry bound(long unguarded) {
        return new BoundEntry("OPTIMAL", "SCIP", 0, 0, 950, unguarded, 1000.0, 1.5, 10, 10, false, "", 950, 0, 5.0);
    }

    private static String printed(BoundEntry bound, Lang lang) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            new Report(out, lang).bound(bound);
        }
        return text.toString();
    }

    @Test
    void theBoundLineSaysHowMuchOfTheGapTheCvGuardGaveUp() {
        assertThat(printed(bound(1000), Lang.EN)).contains("within 5.0% of the proven best",
                "5.0% of it was given up so that no official coefficient of variation rises");
        assertThat(printed(bound(1000), Lang.ZH)).contains("其中 5.0% 是为不使差异系数上升而让出的");
    }

    @Test
    void theBoundLineSaysNothingOfTheGuardWhenItGaveUpNothing() {
        assertThat(printed(bound(950), Lang.EN)).contains("within 5.0% of the proven best").doesNotContain("given up");
    }
}
