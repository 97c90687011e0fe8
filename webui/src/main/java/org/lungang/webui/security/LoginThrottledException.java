package org.lungang.webui.security;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** A login attempt refused without checking its password: too many failures recently, see {@link LoginThrottle}. */
public class LoginThrottledException extends LockedException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins: try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
