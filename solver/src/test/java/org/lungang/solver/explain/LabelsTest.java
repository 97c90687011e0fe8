package org.lungang.solver.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lungang.solver.constraints.ConstraintNames;

class LabelsTest {

    @Test
    void everyConstraintHasAChineseNameOfItsOwn() {
        assertThat(ConstraintNames.ALL).allSatisfy(name -> assertThat(Labels.zhRule(name))
                .isNotEqualTo(name).matches(".*\\p{IsHan}.*"));
        assertThat(ConstraintNames.ALL.stream().map(Labels::zhRule).distinct()).hasSameSizeAs(ConstraintNames.ALL);
    }

    @Test
    void anUnknownConstraintKeepsItsName() {
        assertThat(Labels.zhRule("A rule added later")).isEqualTo("A rule added later");
    }
}
