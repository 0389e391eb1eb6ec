package org.dossier.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.render.i18n.Messages;
import org.dossier.render.i18n.MissingMessageException;

/**
 * {@code {{ t("nav.articles") }}} writes the site's own words from the message file of the site's
 * language; {@code {{ t("count.articles", n) }}} a count ("1 artikel", "2 artikelen") when the file has
 * {@code count.articles.one} and {@code .other}; further arguments fill {@code {1}}, {@code {2}}. The
 * result is plain text, escaped like any value. A key the file lacks is a template error naming both.
 */
final class MessageFunction implements Function {
    private static final List<String> ARGUMENTS = List.of("key", "a", "b", "c");

    private final Messages messages;

    MessageFunction(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<String> getArgumentNames() {
        return ARGUMENTS;
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        Object key = args.get("key");
        if (key == null) throw new PebbleException(null, "t needs a message key, e.g. t(\"nav.articles\")", lineNumber, self.getName());
        List<Object> values = new ArrayList<>();
        for (String name : ARGUMENTS.subList(1, ARGUMENTS.size())) {
            if (args.get(name) != null) values.add(args.get(name));
        }
        try {
            String k = key.toString();
            if (!values.isEmpty() && values.get(0) instanceof Number n && messages.isCount(k)) {
                return messages.count(k, n.longValue(), values.subList(1, values.size()).toArray());
            }
            return messages.text(k, values.toArray());
        } catch (MissingMessageException e) {
            throw new PebbleException(e, e.getMessage(), lineNumber, self.getName());
        }
    }
}
