package org.lungang.webui.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account and per client address. The first failures are free; after them each
 * failure makes the next attempt wait twice as long as the one before (from {@code base-delay}); at {@code lock-after}
 * failures the account or address is locked for {@code lock-duration}. A success clears the account's count (not the
 * address's, or one valid account would let an address guess the others). Counts are forgotten after
 * {@code forget-after} without a failure. While an attempt must wait, its password is not checked at all.
 * The counts live in memory: a restart clears them, which is acceptable for one instance.
 */
@Component
public class LoginThrottle {

    /** How many failures are free, and after how many the key is locked. */
    record Rule(int freeFailures, int lockAfter) {
    }

    /** The failures of one account or address. */
    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    /** What a failure led to: nothing yet, a delay before the next attempt, or a lock. */
    enum Outcome { COUNTED, DELAYED, LOCKED }

    private static final int MAX_TRACKED = 100_000;

    private final Rule accountRule;
    private final Rule addressRule;
    private final Duration baseDelay;
    private final Duration lockDuration;
    private final Duration forgetAfter;
    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(@Value("${lungang.security.login.account.free-failures:5}") int accountFree,
            @Value("${lungang.security.login.account.lock-after:10}") int accountLock,
            @Value("${lungang.security.login.address.free-failures:20}") int addressFree,
            @Value("${lungang.security.login.address.lock-after:100}") int addressLock,
            @Value("${lungang.security.login.base-delay:PT1S}") Duration baseDelay,
            @Value("${lungang.security.login.lock-duration:PT15M}") Duration lockDuration,
            @Value("${lungang.security.login.forget-after:PT1H}") Duration forgetAfter) {
        this(new Rule(accountFree, accountLock), new Rule(addressFree, addressLock), baseDelay, lockDuration,
                forgetAfter, Clock.systemUTC());
    }

    LoginThrottle(Rule accountRule, Rule addressRule, Duration baseDelay, Duration lockDuration,
            Duration forgetAfter, Clock clock) {
        this.accountRule = accountRule;
        this.addressRule = addressRule;
        this.baseDelay = baseDelay;
        this.lockDuration = lockDuration;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
    }

    /** How long the attempt must still wait, if it must: the longer of the account's and the address's wait. */
    public Optional<Duration> waitBefore(String account, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (Failures f : new Failures[] {current(accounts, account, now), current(addresses, address, now)}) {
            if (f != null && f.blockedUntil() != null && f.blockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, f.blockedUntil());
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a failed password check; returns the worse outcome of the account's and the address's. */
    public Outcome failed(String account, String address) {
        Outcome a = count(accounts, account, accountRule);
        Outcome b = count(addresses, address, addressRule);
        return a.compareTo(b) >= 0 ? a : b;
    }

    public void succeeded(String account) {
        accounts.remove(account);
    }

    private Outcome count(Map<String, Failures> map, String key, Rule rule) {
        Instant now = clock.instant();
        if (map.size() >= MAX_TRACKED) {
            forgetOld(map, now);
        }
        Failures before = current(map, key, now);
        int count = before == null ? 1 : before.count() + 1;
        Outcome outcome;
        Instant blockedUntil = null;
        if (count >= rule.lockAfter()) {
            outcome = Outcome.LOCKED;
            blockedUntil = now.plus(lockDuration);
        } else if (count > rule.freeFailures()) {
            outcome = Outcome.DELAYED;
            Duration delay = baseDelay.multipliedBy(1L << Math.min(30, count - rule.freeFailures() - 1));
            blockedUntil = now.plus(delay.compareTo(lockDuration) > 0 ? lockDuration : delay);
        } else {
            outcome = Outcome.COUNTED;
        }
        map.put(key, new Failures(count, now, blockedUntil));
        return outcome;
    }

    private Failures current(Map<String, Failures> map, String key, Instant now) {
        Failures f = map.get(key);
        if (f != null && isForgotten(f, now)) {
            map.remove(key, f);
            return null;
        }
        return f;
    }

    private boolean isForgotten(Failures f, Instant now) {
        Instant from = f.blockedUntil() != null && f.blockedUntil().isAfter(f.last()) ? f.blockedUntil() : f.last();
        return from.plus(forgetAfter).isBefore(now);
    }

    /** Bounds memory under a flood of made-up names: old entries go first, then (if still full) all of them. */
    private void forgetOld(Map<String, Failures> map, Instant now) {
        map.values().removeIf(f -> isForgotten(f, now));
        if (map.size() >= MAX_TRACKED) {
            map.clear();
        }
    }
}
