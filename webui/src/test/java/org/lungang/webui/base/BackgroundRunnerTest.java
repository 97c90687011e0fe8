package org.lungang.webui.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lungang.webui.base.BackgroundRun.State;

/** Background work one at a time: a failure kept with its log reference, a stop that ends the work where it is. */
class BackgroundRunnerTest {

    private static final class Job extends BackgroundRun<String> {
        Job(long id) {
            super(id);
        }
    }

    private final BackgroundRunner runner = new BackgroundRunner("test-runs");
    private final CountDownLatch ended = new CountDownLatch(1);

    @AfterEach
    void shutdown() {
        runner.shutdown();
    }

    @Test
    void aFailedRunKeepsTheErrorAndTheReferenceItIsLoggedUnder() throws InterruptedException {
        Job job = new Job(1);
        IllegalStateException error = new IllegalStateException("solver broke");

        runner.start(job, "Job 1", () -> {
            throw error;
        }, ended::countDown);

        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(job.state()).isEqualTo(State.FAILED);
        assertThat(job.failure()).hasValueSatisfying(f -> {
            assertThat(f.error()).isSameAs(error);
            assertThat(f.reference()).matches("[0-9a-f]{8}");
        });
    }

    @Test
    void aStoppedRunIsStoppedAtOnceAndItsWorkIsInterruptedWithoutAResult() throws InterruptedException {
        Job job = new Job(1);
        CountDownLatch working = new CountDownLatch(1);
        runner.start(job, "Job 1", () -> {
            working.countDown();
            try {
                new CountDownLatch(1).await(); // work that only an interrupt ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "finished anyway";
        }, ended::countDown);
        assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(job.stop()).isTrue();

        assertThat(job.state()).isEqualTo(State.STOPPED);
        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(job.state()).isEqualTo(State.STOPPED);
        assertThat(job.result()).isEmpty();
        assertThat(job.failure()).isEmpty();
    }

    @Test
    void aRunStoppedBeforeItsTurnNeverStarts() throws InterruptedException {
        Job first = new Job(1);
        runner.start(first, "Job 1", () -> {
            await().atMost(Duration.ofSeconds(10)).until(() -> first.state() == State.STOPPED);
            return "first";
        }, () -> {
        });
        Job second = new Job(2);
        boolean[] started = {false};
        runner.start(second, "Job 2", () -> {
            started[0] = true;
            return "second";
        }, () -> {
        });

        second.stop();
        first.stop();
        // Runs are taken in turn: once a third has run, the second would have run before it.
        runner.start(new Job(3), "Job 3", () -> "third", ended::countDown);

        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.state()).isEqualTo(State.STOPPED);
        assertThat(started[0]).isFalse();
    }
}
