package org.dossier.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * {@code {{ n | count("article") }}} gives "1 article" or "3 articles"; a second argument gives an
 * irregular plural: {@code count("entity", "entities")}.
 */
final class CountFilter implements Filter {
    @Override
    public List<String> getArgumentNames() {
        return List.of("singular", "plural");
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        if (!(input instanceof Number number)) {
            throw new PebbleException(null, "count needs a number but got " + (input == null ? "nothing" : input.getClass().getSimpleName()),
                    lineNumber, self.getName());
        }
        Object singular = args.get("singular");
        if (singular == null) throw new PebbleException(null, "count needs the singular noun, e.g. count(\"article\")", lineNumber, self.getName());
        long n = number.longValue();
        Object plural = args.get("plural");
        String noun = n == 1 ? singular.toString() : plural != null ? plural.toString() : singular + "s";
        return n + " " + noun;
    }
}
