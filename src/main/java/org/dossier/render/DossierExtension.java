package org.dossier.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import java.util.Map;

/** The template helpers Dossier adds to Pebble; one class per filter or function. */
final class DossierExtension extends AbstractExtension {
    private final FragmentCache fragments;

    DossierExtension(FragmentCache fragments) {
        this.fragments = fragments;
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("count", new CountFilter());
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("fragment", new FragmentFunction(fragments));
    }
}
