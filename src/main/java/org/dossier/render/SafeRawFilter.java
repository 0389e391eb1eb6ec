package org.dossier.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * Pebble's {@code raw}, narrowed: it prints unescaped only {@link SafeHtml}, which only Dossier's sanitiser
 * and drawing code make. Any other value is a template error, so {@code {{ article.title | raw }}} cannot
 * put a seed's markup on a page.
 */
final class SafeRawFilter implements Filter {
    @Override
    public List<String> getArgumentNames() {
        return List.of();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        if (input == null) return null;
        if (input instanceof SafeHtml html) return new SafeString(html.html());
        throw new PebbleException(null, "'raw' prints only HTML that Dossier sanitised or drew (block.html, diff.html, matrix, drawing), not "
                + input.getClass().getSimpleName() + "; remove '| raw' so the value is escaped", lineNumber, self.getName());
    }
}
