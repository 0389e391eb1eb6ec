package org.dossier.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Two reports of the same thing that differ in one fact: two versions of a shared passage, two reports
 * of one timeline entry, or one quote given to two speakers.
 *
 * @param id      stable id, derived from the subject and the two readings' places
 * @param scope   what the two reports are versions of
 * @param subject the id of that passage, timeline entry or quote group
 * @param fact    what kind of fact differs
 * @param one     the reading of the earlier article (dossier order)
 * @param other   the reading of the other article
 */
public record Discrepancy(String id, Scope scope, String subject, Fact fact, Reading one, Reading other) {
    public enum Scope {
        PASSAGE, ENTRY, QUOTE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Fact {
        NUMBER, DATE, NAME, PLACE, SPEAKER;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One side of a discrepancy.
     *
     * @param text   the fact as this report gives it (for a speaker: the speaker's name)
     * @param span   where it stands: the fact's words, or for a speaker the quote
     * @param entity the entity the fact names, when it names one
     */
    public record Reading(String text, Span span, Optional<String> entity) {
        public Reading {
            Checks.notBlank(text, "text");
            Checks.notNull(span, "span");
            Checks.notNull(entity, "entity");
        }
    }

    public Discrepancy {
        Checks.notBlank(id, "id");
        Checks.notNull(scope, "scope");
        Checks.notBlank(subject, "subject");
        Checks.notNull(fact, "fact");
        Checks.notNull(one, "one");
        Checks.notNull(other, "other");
        if (one.span().article().equals(other.span().article())) {
            throw new IllegalArgumentException("discrepancy " + id + " must compare two articles");
        }
    }
}
