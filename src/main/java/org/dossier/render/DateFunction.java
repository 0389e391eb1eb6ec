package org.dossier.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import org.dossier.render.i18n.Messages;
import org.dossier.render.i18n.MissingMessageException;

/**
 * {@code {{ date(a.dateIso) }}} writes a date given as ISO 8601 at its precision ("2022-01-02", "2022-01",
 * "2022") in the site's language: "2 januari 2022", "januari 2022", "2022". Views pass dates as data; the
 * month names and the order of the parts come from the message file. An empty value writes nothing.
 */
final class DateFunction implements Function {
    private final Messages messages;

    DateFunction(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of("iso");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        Object iso = args.get("iso");
        if (iso == null || iso.toString().isEmpty()) return "";
        try {
            return messages.date(iso.toString()).orElseThrow(() -> new PebbleException(null,
                    "date needs a date such as 2022-01-02, 2022-01 or 2022 but got '" + iso + "'", lineNumber, self.getName()));
        } catch (MissingMessageException e) {
            throw new PebbleException(e, e.getMessage(), lineNumber, self.getName());
        }
    }
}
