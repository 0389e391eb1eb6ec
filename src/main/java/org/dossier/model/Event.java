package org.dossier.model;

import java.util.List;
import java.util.Optional;

/**
 * Something that happened or will happen on a date the text gives.
 *
 * @param date       the resolved date at its precision
 * @param end        the last day of a range, if the expression gives one
 * @param expression the temporal expression as written
 * @param sentence   the sentence that states the event
 * @param entities   ids of the entities the sentence mentions
 * @param planned    whether the article reports it as still to come
 */
public record Event(
        String id,
        PartialDate date,
        Optional<PartialDate> end,
        String expression,
        Span sentence,
        List<String> entities,
        boolean planned) {
    public Event {
        Checks.notBlank(id, "id");
        Checks.notNull(date, "date");
        Checks.notNull(end, "end");
        Checks.notBlank(expression, "expression");
        Checks.notNull(sentence, "sentence");
        entities = Checks.copy(entities, "entities");
    }
}
