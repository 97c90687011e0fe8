package org.lungang.data.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lungang.data.sweep.SweepParameterException.Reason;
import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.RotationPolicy;

class SweepParameterTest {

    private static final RotationPolicy BASE = RotationPolicy.defaults();

    @Test
    void aRangeIncludesBothEndsWithoutRoundingDrift() {
        SweepParameter quota = SweepParameter.parse("quota=0.10:0.30:0.05", BASE);

        assertThat(quota.values()).containsExactly(0.10, 0.15, 0.20, 0.25, 0.30);
    }

    @Test
    void aListKeepsItsOrder() {
        assertThat(SweepParameter.parse("maxCommuteKm=50,30", BASE).values()).containsExactly(50.0, 30.0);
    }

    @Test
    void aliasesNameTheirPolicyField() {
        assertThat(SweepParameter.parse("quota=0.1", BASE).target()).isEqualTo("rotationQuota");
        assertThat(SweepParameter.parse("backbone=0.2", BASE).target()).isEqualTo("backboneShare");
        assertThat(SweepParameter.parse("secondment=0.2", BASE).target()).isEqualTo("cadreBackboneExchangeShare");
        assertThat(SweepParameter.parse("exchange=0.2", BASE).target()).isEqualTo("cadreBackboneExchangeShare");
    }

    @Test
    void anyNumericPolicyFieldCanBeSweptByName() {
        SweepParameter years = SweepParameter.parse("minYearsAtSchool=4:8:2", BASE);

        assertThat(years.kind()).isEqualTo(SweepParameter.Kind.POLICY);
        assertThat(years.values()).containsExactly(4.0, 6.0, 8.0);
    }

    @Test
    void aWeightNamesAKnownConstraint() {
        SweepParameter weight = SweepParameter.parse("weight:Commute distance=1,2,4", BASE);

        assertThat(weight.kind()).isEqualTo(SweepParameter.Kind.WEIGHT);
        assertThat(weight.target()).isEqualTo(ConstraintNames.COMMUTE_DISTANCE);
    }

    @Test
    void anUnknownNameIsAnErrorNamingTheParameter() {
        assertThatThrownBy(() -> SweepParameter.parse("qouta=0.1:0.2:0.05", BASE))
                .isInstanceOf(SweepParameterException.class)
                .hasMessageStartingWith("--param qouta: unknown parameter")
                .hasMessageContaining("quota");
    }

    @Test
    void anUnknownConstraintWeightIsAnError() {
        assertThatThrownBy(() -> SweepParameter.parse("weight:Comute=1,2", BASE))
                .isInstanceOf(SweepParameterException.class)
                .hasMessageContaining("weight:Comute")
                .hasMessageContaining("unknown constraint");
    }

    @Test
    void aBackwardsRangeIsAnError() {
        assertThatThrownBy(() -> SweepParameter.parse("quota=0.3:0.1:0.05", BASE))
                .hasMessageContaining("--param quota").hasMessageContaining("backwards");
    }

    @Test
    void aStepOfZeroIsAnError() {
        assertThatThrownBy(() -> SweepParameter.parse("quota=0.1:0.3:0", BASE))
                .hasMessageContaining("--param quota").hasMessageContaining("step must be positive");
    }

    @Test
    void aShareAboveOneIsRefusedBeforeSolving() {
        assertThatThrownBy(() -> SweepParameter.parse("backbone=0.5,1.5", BASE))
                .isInstanceOf(SweepParameterException.class)
                .hasMessageContaining("--param backbone").hasMessageContaining("between 0 and 1");
    }

    @Test
    void aFractionOfAYearIsRefused() {
        assertThatThrownBy(() -> SweepParameter.parse("minYearsAtSchool=5.5", BASE))
                .hasMessageContaining("whole numbers");
    }

    @Test
    void textThatIsNotANumberIsAnError() {
        assertThatThrownBy(() -> SweepParameter.parse("maxCommuteKm=30,fifty", BASE))
                .hasMessageContaining("\"fifty\" is not a number");
    }

    @Test
    void aParameterWithoutValuesIsAnError() {
        assertThatThrownBy(() -> SweepParameter.parse("quota", BASE)).hasMessageContaining("expected name=");
    }

    @Test
    void aRangeOfMoreThanTheLimitIsRefused() {
        assertThatThrownBy(() -> SweepParameter.parse("maxCommuteKm=0:1000:1", BASE))
                .hasMessageContaining("more than " + SweepParameter.MAX_VALUES);
    }

    @Test
    void aRefusalKeepsItsReasonAndItsValuesForTheWebApplicationToWord() {
        assertThatThrownBy(() -> SweepParameter.parse("quota=0.3:0.1:0.05", BASE))
                .isInstanceOfSatisfying(SweepParameterException.class, e -> {
                    assertThat(e.getParameter()).isEqualTo("quota");
                    assertThat(e.getReason()).isEqualTo(Reason.RANGE_BACKWARDS);
                    assertThat(e.getArguments()).containsExactly(0.3, 0.1);
                })
                .hasMessage("--param quota: the range runs backwards: 0.3 > 0.1");
    }

    @Test
    void aShareAboveOneIsRefusedWithTheRangeThePolicyHoldsItTo() {
        assertThatThrownBy(() -> SweepParameter.parse("backbone=1.5", BASE))
                .isInstanceOfSatisfying(SweepParameterException.class, e -> {
                    assertThat(e.getReason()).isEqualTo(Reason.OUT_OF_RANGE);
                    assertThat(e.getArguments()).containsExactly("backboneShare", 1.5, 0.0, 1.0);
                })
                .hasMessage("--param backbone: backboneShare must be between 0 and 1, was 1.5");
    }

    @Test
    void aNegativeDistanceIsRefusedWithItsLowestValue() {
        assertThatThrownBy(() -> SweepParameter.parse("commute=-5,10", BASE))
                .isInstanceOfSatisfying(SweepParameterException.class,
                        e -> assertThat(e.getReason()).isEqualTo(Reason.BELOW_MINIMUM))
                .hasMessage("--param commute: maxCommuteKm must be at least 0, was -5");
    }

    @Test
    void aValueListedTwiceIsNamed() {
        assertThatThrownBy(() -> SweepParameter.parse("maxCommuteKm=30,40,30", BASE))
                .isInstanceOfSatisfying(SweepParameterException.class,
                        e -> assertThat(e.getArguments()).containsExactly(30.0))
                .hasMessage("--param maxCommuteKm: a value is listed twice: 30");
    }

    @Test
    void theRangesOfTheRefusalsAreTheOnesThePolicyHoldsItsFieldsTo() {
        for (String field : SweepParameter.knownNames()) {
            SweepParameter.range(field).ifPresent(range -> {
                // One below the lowest value and one above the highest, whole numbers so that year fields apply.
                List<Double> inside = Double.isInfinite(range.highest()) ? List.of(range.lowest())
                        : List.of(range.lowest(), range.highest());
                for (double value : inside) {
                    assertThat(SweepParameter.parse(field + "=" + SweepParameter.format(value), BASE).values())
                            .as(field).containsExactly(value);
                }
                assertThatThrownBy(() -> SweepParameter.parse(field + "=" + SweepParameter.format(range.lowest() - 1),
                        BASE)).as(field).isInstanceOfSatisfying(SweepParameterException.class,
                                e -> assertThat(e.getReason()).isIn(Reason.OUT_OF_RANGE, Reason.BELOW_MINIMUM));
                if (!Double.isInfinite(range.highest())) {
                    assertThatThrownBy(() -> SweepParameter.parse(field + "="
                            + SweepParameter.format(range.highest() + 1), BASE)).as(field)
                            .isInstanceOfSatisfying(SweepParameterException.class,
                                    e -> assertThat(e.getReason()).isEqualTo(Reason.OUT_OF_RANGE));
                }
            });
        }
        assertThat(SweepParameter.range("rotationQuota")).isPresent();
    }
}
