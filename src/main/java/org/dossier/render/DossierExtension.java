package org.dossier.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import java.util.Map;

/** The template helpers Dossier adds to Pebble; one class per filter. */
final class DossierExtension extends AbstractExtension {
    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("count", new CountFilter());
    }
}
