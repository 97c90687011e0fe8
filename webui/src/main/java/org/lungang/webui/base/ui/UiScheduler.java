package org.lungang.webui.base.ui;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.lungang.webui.base.DaemonThreads;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs views' background work (following a solve job) off the request thread, as the user who asked for it, so the
 * UI never blocks; results reach the browser by server push through {@code UI.access}.
 */
@Component
public class UiScheduler {

    private final ScheduledExecutorService executor =
            Executors.newScheduledThreadPool(2, DaemonThreads.named("lungang-ui"));

    /** Runs the task every period, with the calling user's security context, until the future is cancelled. */
    public ScheduledFuture<?> every(Duration period, Runnable task) {
        Runnable asUser = new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext());
        return executor.scheduleWithFixedDelay(asUser, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
