package org.dossier.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.dossier.render.i18n.Messages;

/**
 * The template helpers Dossier adds to Pebble; one class per filter or function. It also closes Pebble's
 * ways around the autoescaper (added after Pebble's own extensions, so these replace theirs): the
 * {@code cache} tag escapes its body, {@code raw} prints only {@link SafeHtml}, and {@code autoescape false}
 * is refused.
 */
final class DossierExtension extends AbstractExtension {
    /** The key of the cached block that shows a view on a page (see {@link FragmentFunction}). */
    private final BiFunction<Object, String, String> fragmentKeys;
    private final Messages messages;

    DossierExtension(BiFunction<Object, String, String> fragmentKeys, Messages messages) {
        this.fragmentKeys = fragmentKeys;
        this.messages = messages;
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("raw", new SafeRawFilter());
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("fragment", new FragmentFunction(fragmentKeys),
                "t", new MessageFunction(messages),
                "date", new DateFunction(messages));
    }

    @Override
    public List<TokenParser> getTokenParsers() {
        return List.of(new EscapedCacheTag());
    }

    @Override
    public List<NodeVisitorFactory> getNodeVisitors() {
        return List.of(template -> new EscapingGuard((PebbleTemplateImpl) template));
    }
}
