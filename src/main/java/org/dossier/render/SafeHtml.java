package org.dossier.render;

import java.util.Objects;

/**
 * HTML that Dossier built or sanitised itself: a sanitised block, a word diff of escaped words, a drawing
 * with every text escaped. The {@code raw} filter prints only values of this type, so a template cannot
 * print a seed's plain text unescaped by writing {@code | raw}. Made only by the classes that build such
 * HTML ({@code SafeHtmlCreationTest} holds the list).
 */
public record SafeHtml(String html) {
    public SafeHtml {
        Objects.requireNonNull(html, "html");
    }

    /** The HTML itself, so that printing a value without {@code raw} shows it escaped, as text. */
    @Override
    public String toString() {
        return html;
    }
}
