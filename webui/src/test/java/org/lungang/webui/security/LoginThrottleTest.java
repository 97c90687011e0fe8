package org.lungang.webui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.lungang.webui.security.LoginThrottle.Outcome;
import org.lungang.webui.security.LoginThrottle.Rule;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-12-01T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(new Rule(5, 10), new Rule(20, 100), Duration.ofSeconds(1),
            Duration.ofMinutes(15), Duration.ofHours(1), clock);

    @Test
    void theFirstFiveFailuresOfAnAccountCostNoWait() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.waitBefore("wang", "10.0.0.1")).isEmpty();
            assertThat(throttle.failed("wang", "10.0.0.1")).isEqualTo(Outcome.COUNTED);
        }
        assertThat(throttle.waitBefore("wang", "10.0.0.1")).isEmpty();
    }

    @Test
    void eachFailureAfterTheFreeOnesDoublesTheWait() {
        fail("wang", "10.0.0.1", 6);
        assertThat(throttle.waitBefore("wang", "10.0.0.1")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.failed("wang", "10.0.0.1")).isEqualTo(Outcome.DELAYED);
        assertThat(throttle.waitBefore("wang", "10.0.0.1")).contains(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        throttle.failed("wang", "10.0.0.1");
        assertThat(throttle.waitBefore("wang", "10.0.0.1")).contains(Duration.ofSeconds(4));
    }

    @Test
    void theTenthFailureLocksTheAccountForTheLockDuration() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("wang", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.failed("wang", "10.0.0.99")).isEqualTo(Outcome.LOCKED);
        assertThat(throttle.waitBefore("wang", "10.0.0.200")).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.waitBefore("wang", "10.0.0.200")).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountButNotTheAddress() {
        fail("wang", "10.0.0.1", 6);
        throttle.succeeded("wang");
        assertThat(throttle.waitBefore("wang", "10.0.0.2")).isEmpty();

        fail("li", "10.0.0.9", 5);
        fail("zhao", "10.0.0.9", 5);
        fail("sun", "10.0.0.9", 5);
        fail("qian", "10.0.0.9", 6);
        throttle.succeeded("qian");
        assertThat(throttle.waitBefore("zhou", "10.0.0.9")).isPresent();
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedDown() {
        for (int i = 0; i < 21; i++) {
            throttle.failed("user" + i, "10.0.0.7");
        }
        assertThat(throttle.waitBefore("someone-new", "10.0.0.7")).isPresent();
        assertThat(throttle.waitBefore("someone-new", "10.0.0.8")).isEmpty();
    }

    @Test
    void failuresAreForgottenAfterAnHourWithoutFailure() {
        fail("wang", "10.0.0.1", 6);
        clock.advance(Duration.ofHours(1).plusSeconds(2));
        assertThat(throttle.failed("wang", "10.0.0.1")).isEqualTo(Outcome.COUNTED);
    }

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }
}
