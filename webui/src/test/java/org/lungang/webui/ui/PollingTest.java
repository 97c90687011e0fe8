package org.lungang.webui.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.lungang.webui.base.ui.Polling;
import org.lungang.webui.base.ui.UiScheduler;
import org.springframework.beans.factory.annotation.Autowired;

/** Following background work: read off the UI thread, shown by push, until done. */
class PollingTest extends KaribuTest {

    private static final Duration PERIOD = Duration.ofMillis(50);

    @Autowired
    private UiScheduler scheduler;

    @Test
    void theStatesAreShownInOrderUntilOneIsDoneAndThenFollowingStops() {
        Div owner = new Div();
        UI.getCurrent().add(owner);
        AtomicInteger reads = new AtomicInteger();
        List<Integer> shown = new CopyOnWriteArrayList<>();
        Polling<Integer> polling = new Polling<>(owner, scheduler, PERIOD, reads::incrementAndGet, shown::add,
                n -> n >= 3, () -> { });

        polling.start();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            MockVaadin.clientRoundtrip();
            return !polling.isFollowing();
        });

        assertThat(shown).containsExactly(1, 2, 3);
    }

    @Test
    void aFailedReadIsReportedAndTheNextPeriodTriesAgain() {
        Div owner = new Div();
        UI.getCurrent().add(owner);
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Polling<Integer> polling = new Polling<>(owner, scheduler, PERIOD, () -> {
            if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("the database is busy");
            }
            return reads.get();
        }, n -> { }, n -> true, failures::incrementAndGet);

        polling.start();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            MockVaadin.clientRoundtrip();
            return !polling.isFollowing();
        });

        // Following ended, so a read after the failed one succeeded (reads go on until the UI sees the end).
        assertThat(failures).hasValue(1);
        assertThat(reads.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void followingPausesWhileTheComponentIsDetached() throws InterruptedException {
        Div owner = new Div();
        UI.getCurrent().add(owner);
        AtomicInteger reads = new AtomicInteger();
        Polling<Integer> polling = new Polling<>(owner, scheduler, PERIOD, reads::incrementAndGet, n -> { },
                n -> false, () -> { });
        polling.start();
        UI.getCurrent().remove(owner);
        int atDetach = reads.get();

        // Reads may stop at most one late, and stay stopped for six periods.
        await().during(PERIOD.multipliedBy(6)).atMost(PERIOD.multipliedBy(20))
                .until(() -> reads.get() <= atDetach + 1);
        assertThat(polling.isFollowing()).isTrue();
        polling.stop();
    }
}
