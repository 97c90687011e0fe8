package org.lungang.webui.base.ui;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a view follows work that runs in the background (a solve job, the jobs of several scenarios): every period it
 * reads the work's state on the {@link UiScheduler}'s thread, then shows it in the browser by server push, until a
 * state is done. Following pauses while the component is detached and resumes when it is attached again.
 *
 * @param <T> the state read each period
 */
public final class Polling<T> {

    private static final Logger LOG = LoggerFactory.getLogger(Polling.class);

    private final Component owner;
    private final UiScheduler scheduler;
    private final Duration period;
    private final Supplier<T> read;
    private final Consumer<T> show;
    private final Predicate<T> done;
    private final Runnable readFailed;
    private ScheduledFuture<?> future;
    private boolean following;

    /**
     * @param read reads the state; runs off the UI thread, as the user who started following
     * @param show shows a state; runs on the UI thread, and a last time with the state that is done
     * @param readFailed told on the UI thread when a read failed (logged); the next period tries again
     */
    public Polling(Component owner, UiScheduler scheduler, Duration period, Supplier<T> read, Consumer<T> show,
            Predicate<T> done, Runnable readFailed) {
        this.owner = owner;
        this.scheduler = scheduler;
        this.period = period;
        this.read = read;
        this.show = show;
        this.done = done;
        this.readFailed = readFailed;
        owner.addAttachListener(e -> {
            if (following && future == null) {
                schedule(e.getUI());
            }
        });
        owner.addDetachListener(e -> cancel());
    }

    /** Starts following, unless it already does. */
    public void start() {
        if (following) {
            return;
        }
        following = true;
        UI ui = owner.getUI().orElse(UI.getCurrent());
        if (ui != null) {
            schedule(ui);
        }
    }

    /** Stops following for good (until the next {@link #start()}). */
    public void stop() {
        following = false;
        cancel();
    }

    public boolean isFollowing() {
        return following;
    }

    private void schedule(UI ui) {
        future = scheduler.every(period, () -> poll(ui));
    }

    private void cancel() {
        if (future != null) {
            future.cancel(false);
            future = null;
        }
    }

    private void poll(UI ui) {
        try {
            T state;
            try {
                state = read.get();
            } catch (RuntimeException e) {
                // A failed read must not end the following silently: say so, and try again next period.
                LOG.warn("Reading the state of background work failed", e);
                ui.access(readFailed::run);
                return;
            }
            ui.access(() -> {
                if (!following) {
                    return;
                }
                if (done.test(state)) {
                    stop();
                }
                show.accept(state);
            });
        } catch (UIDetachedException e) {
            // The page is gone: nobody is waiting for this any more.
            cancel();
        }
    }
}
