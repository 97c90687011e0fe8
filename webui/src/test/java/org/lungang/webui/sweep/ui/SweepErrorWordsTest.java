package org.lungang.webui.sweep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lungang.data.sweep.SweepParameterException;
import org.lungang.data.sweep.SweepParameterException.Reason;
import org.lungang.webui.base.BackgroundRun.Failure;
import org.lungang.webui.base.ui.Translations;

/** A sweep that failed while it ran, in the planner's Chinese through the UI's bundle. */
class SweepErrorWordsTest {

    private final Translations translations = new Translations();
    private final SweepErrorWords words = new SweepErrorWords(
            (key, params) -> translations.getTranslation(key, Translations.CHINESE, params));

    @Test
    void anUnexpectedFailureIsToldInChineseByItsLogReferenceWithoutTheExceptionsText() {
        String text = words.failed(new Failure("ab12cd34",
                new IllegalStateException("Point 2 of the sweep failed on the cluster: connection refused")));

        assertThat(text).isEqualTo("求解中出现意外错误，扫描未能完成；已解出的点仍列在下表。错误已记录（编号 ab12cd34），"
                + "请将编号告知管理员。");
    }

    @Test
    void aParameterRefusedWhileTheSweepRanIsToldAsARefusalBeforeIt() {
        String text = words.failed(new Failure("ab12cd34", new IllegalStateException("wrapped",
                new SweepParameterException("maxCommuteKm", Reason.NEGATIVE, -5.0))));

        assertThat(text).isEqualTo(words.of(new SweepParameterException("maxCommuteKm", Reason.NEGATIVE, -5.0)))
                .startsWith("通勤").doesNotContain("must not");
    }
}
