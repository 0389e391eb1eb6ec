package org.dossier.render;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The views of one kind of item on a page that lists the whole dossier (a passage on the shared-text page,
 * an entry on the timeline), each remembered with the item and every read of the index its view made, as
 * {@link PageCache#trackedPage} remembers a page. A later render that gives the very same item (a rebuild's
 * unchanged parts are the last build's objects) and an index that answers those reads as before gets the
 * same view object back: it is not built again, and comparing the page's variables with last time's stops
 * at identity. Used by one thread at a time: the page that lists the items.
 *
 * @param <V> the view of one item
 */
final class TrackedViews<V> {
    private record Made<V>(PageReads reads, V view) {}

    private final boolean enabled;
    /** The views of the last render that completed, by the item object. */
    private Map<Object, Made<V>> last = new IdentityHashMap<>();
    /** The views asked for since then. */
    private Map<Object, Made<V>> current = new IdentityHashMap<>();

    TrackedViews(boolean enabled) {
        this.enabled = enabled;
    }

    /** The view of {@code item} that {@code make} builds, reading the dossier only through the index it is given. */
    synchronized V view(Object item, DossierIndex index, Function<DossierIndex, V> make) {
        if (!enabled) return make.apply(index);
        Made<V> made = last.get(item);
        if (made == null || !RecordingIndex.answersAsBefore(index, made.reads())) {
            PageReads reads = new PageReads();
            made = new Made<>(reads, make.apply(new RecordingIndex(index, reads)));
            reads.trimmed();
        }
        current.put(item, made);
        return made.view();
    }

    /** Ends a render: the views it asked for are the ones the next render may take; the others are let go. */
    synchronized void endRender() {
        last = current;
        current = new IdentityHashMap<>();
    }
}
