package org.dossier.render.reuse;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import org.dossier.render.DossierIndex;
import org.dossier.render.RenderMemory;

/**
 * The views of one kind of item on a page that lists the whole dossier (a passage on the shared-text page,
 * an entry on the timeline), each remembered with the item and every read of the index its view made, as
 * {@link PageCache#trackedPage} remembers a page. A later render that gives the very same item (a rebuild's
 * unchanged parts are the last build's objects) and an index that answers those reads as before gets the
 * same view object back: it is not built again, and comparing the page's variables with last time's stops
 * at identity. Used by one thread at a time: the page that lists the items. One instance serves one kind
 * of view, so the view it gives back for an item is of the kind its caller makes.
 */
final class TrackedViews implements RenderMemory.ItemViews {
    private record Made(PageReads reads, Object view) {}

    /** The views of the last render that completed, by the item object. */
    private Map<Object, Made> last = new IdentityHashMap<>();
    /** The views asked for since then. */
    private Map<Object, Made> current = new IdentityHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> V view(Object item, DossierIndex index, Function<DossierIndex, V> make) {
        Made made = last.get(item);
        if (made == null || !RecordingIndex.answersAsBefore(index, made.reads())) {
            PageReads reads = new PageReads();
            made = new Made(reads, make.apply(new RecordingIndex(index, reads)));
            reads.trimmed();
        }
        current.put(item, made);
        return (V) made.view();
    }

    /** Ends a render: the views it asked for are the ones the next render may take; the others are let go. */
    synchronized void endRender() {
        last = current;
        current = new IdentityHashMap<>();
    }
}
