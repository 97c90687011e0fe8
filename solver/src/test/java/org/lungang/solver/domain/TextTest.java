package org.lungang.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void picksTheHalfInTheReadersLanguage() {
        Text text = new Text("数学", "math");
        assertThat(text.pick(true)).isEqualTo("数学");
        assertThat(text.pick(false)).isEqualTo("math");
    }
}
