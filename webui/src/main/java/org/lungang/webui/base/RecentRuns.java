package org.lungang.webui.base;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Work the application keeps in memory only (a province read, a province run, a sweep), by id: the most recent
 * {@code kept} of them, since each may hold whole plans; a restart forgets them.
 *
 * @param <T> what is kept
 */
public final class RecentRuns<T> {

    private final String kind;
    private final int kept;
    private final Map<Long, T> items = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** @param kind what a {@link NotFoundException} calls an unknown id's item, e.g. {@code "Sweep"} */
    public RecentRuns(String kind, int kept) {
        this.kind = kind;
        this.kept = kept;
    }

    /** Keeps a new item, made with the next id, and forgets the oldest beyond {@code kept}. */
    public T add(LongFunction<T> create) {
        long id = ids.incrementAndGet();
        T item = create.apply(id);
        items.put(id, item);
        items.keySet().removeIf(old -> old <= id - kept);
        return item;
    }

    /** @throws NotFoundException for an id never given, or forgotten */
    public T get(long id) {
        T item = items.get(id);
        if (item == null) {
            throw new NotFoundException(kind, id);
        }
        return item;
    }

    /** Every item kept, in no particular order. */
    public Collection<T> all() {
        return List.copyOf(items.values());
    }
}
