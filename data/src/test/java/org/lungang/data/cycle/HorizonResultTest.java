package org.lungang.data.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.kpi.Indicator;

class HorizonResultTest {

    private static HorizonYear year(int year, double backboneCv, double artsCv, int covered) {
        return new HorizonYear(year, 100, 40, 0, 4, Map.of(), 0, 0, 2, 2, true, true, "0hard/0medium/0soft",
                List.of(new HorizonYear.Coefficient(IndicatorGroup.PRIMARY, Indicator.BACKBONE, 0.6, backboneCv, 0.5),
                        new HorizonYear.Coefficient(IndicatorGroup.PRIMARY, Indicator.PE_AND_ARTS, 0.4, artsCv, 0.5)),
                covered / 10.0, 10, covered);
    }

    private final HorizonResult result = new HorizonResult("x", 30, List.of(year(2025, 0.58, 0.45, 3),
            year(2026, 0.49, 0.52, 7), year(2027, 0.47, 0.48, 10)));

    @Test
    void theFirstYearEachThresholdIsMetIsTheFirstYearItsCoefficientIsAtMostTheThreshold() {
        assertThat(result.firstYearMet()).containsExactly(Map.entry("PRIMARY/BACKBONE", 2026),
                Map.entry("PRIMARY/PE_AND_ARTS", 2025));
    }

    @Test
    void everyThresholdIsMetOnlyInAYearWhereAllAreMetTogether() {
        assertThat(result.firstYearAllMet()).isEqualTo(2027);
    }

    @Test
    void fullCoverageIsTheFirstYearTheWholeCohortHasRotated() {
        assertThat(result.firstYearFullCoverage()).isEqualTo(2027);
        assertThat(new HorizonResult("x", 30, List.of(year(2025, 0.6, 0.6, 9))).firstYearFullCoverage()).isNull();
    }

    @Test
    void anIndicatorNeverMetWithinTheHorizonHasNoYear() {
        HorizonResult never = new HorizonResult("x", 30, List.of(year(2025, 0.6, 0.4, 0)));

        assertThat(never.firstYearMet()).containsEntry("PRIMARY/BACKBONE", null);
        assertThat(HorizonReport.markdown(never, false)).contains("not within the horizon");
        assertThat(HorizonReport.markdown(never, true)).contains("期内未达标");
    }
}
