package org.dossier.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * {@code {% cache fragment(item) %}…{% endcache %}} renders the block once for this view of an item on
 * this page and reuses its output while later renders show the very same view: the key names the page and
 * the view object, not its contents. The block may therefore read only the item and what is the same for
 * the whole page ({@code root}, {@code site}); see README, "Templates". The keys, and the output kept under
 * them, are the fragment cache's ({@code org.dossier.render.reuse.FragmentCache}, owned by {@link Templates}).
 */
final class FragmentFunction implements Function {
    /** The key of the block that shows a view (the first argument) on the page at a path (the second). */
    private final BiFunction<Object, String, String> keyOf;

    FragmentFunction(BiFunction<Object, String, String> keyOf) {
        this.keyOf = keyOf;
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of("item");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        Object item = args.get("item");
        if (item == null) throw new PebbleException(null, "fragment needs the item the block shows, e.g. fragment(p)", lineNumber, self.getName());
        // Without the page's path, blocks of two pages that show the same view would share their output.
        if (!(context.getVariable("path") instanceof String path)) {
            throw new PebbleException(null, "fragment needs the page's 'path' variable, which every page Dossier renders has", lineNumber, self.getName());
        }
        return keyOf.apply(item, path);
    }
}
