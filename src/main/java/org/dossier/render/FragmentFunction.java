package org.dossier.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * {@code {% cache fragment(item) %}…{% endcache %}} renders the block once for this view of an item on
 * this page and reuses its output while later renders show the very same view: the key names the page and
 * the view object, not its contents. The block may therefore read only the item and what is the same for
 * the whole page ({@code root}, {@code site}); see README, "Templates".
 */
final class FragmentFunction implements Function {
    private final FragmentCache cache;

    FragmentFunction(FragmentCache cache) {
        this.cache = cache;
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
        return cache.keyOf(item, path);
    }
}
