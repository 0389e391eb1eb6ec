package org.dossier.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import java.util.Map;
import org.dossier.render.i18n.Messages;

/** The template helpers Dossier adds to Pebble; one class per filter or function. */
final class DossierExtension extends AbstractExtension {
    private final FragmentCache fragments;
    private final Messages messages;

    DossierExtension(FragmentCache fragments, Messages messages) {
        this.fragments = fragments;
        this.messages = messages;
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("count", new CountFilter());
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("fragment", new FragmentFunction(fragments),
                "t", new MessageFunction(messages),
                "date", new DateFunction(messages));
    }
}
