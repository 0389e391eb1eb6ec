package org.dossier.model;

/** One place where an entity is named; {@code span.text()} is the surface form. */
public record Mention(String entity, Span span) {
    public Mention {
        Checks.notBlank(entity, "entity");
        Checks.notNull(span, "span");
    }
}
