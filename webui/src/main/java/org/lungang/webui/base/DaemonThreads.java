package org.lungang.webui.base;

import java.util.concurrent.ThreadFactory;

/** Threads for background work that must not keep the application from stopping: daemons, named in the logs. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    public static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
