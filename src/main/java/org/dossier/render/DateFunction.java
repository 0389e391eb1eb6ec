package org.dossier.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.render.i18n.Messages;
import org.dossier.render.i18n.MissingMessageException;

/**
 * {@code {{ date(a.dateIso) }}} writes a date given as ISO 8601 at its precision ("2022-01-02", "2022-01",
 * "2022") in the site's language: "2 januari 2022", "januari 2022", "2022". Views pass dates as data; the
 * month names and the order of the parts come from the message file. An empty value writes nothing.
 */
final class DateFunction implements Function {
    private final Messages messages;
    /**
     * The words of each date written so far: a site writes the same few thousand dates on tens of thousands
     * of pages, and the words depend on the date and the message file alone.
     */
    private final Map<String, String> written = new ConcurrentHashMap<>();

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
        String known = written.get(iso.toString());
        if (known != null) return known;
        try {
            String words = messages.date(iso.toString()).orElseThrow(() -> new PebbleException(null,
                    "date needs a date such as 2022-01-02, 2022-01 or 2022 but got '" + iso + "'", lineNumber, self.getName()));
            written.put(iso.toString(), words);
            return words;
        } catch (MissingMessageException e) {
            throw new PebbleException(e, e.getMessage(), lineNumber, self.getName());
        }
    }
}
