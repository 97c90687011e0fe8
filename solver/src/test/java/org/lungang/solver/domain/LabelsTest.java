package org.lungang.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void everyConstraintHasItsOwnChineseName() {
        List<String> zh = ConstraintNames.ALL.stream().map(Labels::zhRule).toList();

        assertThat(zh).doesNotHaveDuplicates();
        assertThat(zh).allSatisfy(name -> assertThat(name).matches(".*\\p{IsHan}.*"));
    }

    @Test
    void anUnknownConstraintIsShownByItsOwnName() {
        assertThat(Labels.zhRule("Some new rule")).isEqualTo("Some new rule");
    }
}
