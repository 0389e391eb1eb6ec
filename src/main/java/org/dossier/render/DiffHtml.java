package org.dossier.render;

import java.util.List;
import java.util.Set;
import org.dossier.model.DiffPart;
import org.jsoup.nodes.Entities;

/**
 * A word diff as HTML, read from the side of the page's article ("here"): the words it has and the other
 * copy lacks are what it added ({@code <ins>}), the words the other has and it lacks are what it dropped
 * ({@code <del>}), a drop shown before the addition that takes its place. All text escaped.
 */
final class DiffHtml {
    private DiffHtml() {}

    static String of(List<DiffPart> parts) {
        return of(parts, Set.of(), Set.of());
    }

    /**
     * The diff of a {@link org.dossier.model.PassageDiff}'s parts, whose {@code DELETE} parts are only in
     * this page's occurrence and {@code INSERT} parts only in the other, with the words that state a
     * discrepancy marked ({@code class="differs"}): added words that belong to a fact in {@code here}
     * (this occurrence's readings), dropped ones that belong to a fact in {@code there} (the other's).
     */
    static String of(List<DiffPart> parts, Set<String> here, Set<String> there) {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            DiffPart part = parts.get(i);
            boolean replaced = part.op() == DiffPart.Op.DELETE && i + 1 < parts.size() && parts.get(i + 1).op() == DiffPart.Op.INSERT;
            if (replaced) {
                append(html, parts.get(i + 1), here, there);
                i++;
            }
            append(html, part, here, there);
        }
        return html.toString();
    }

    private static void append(StringBuilder html, DiffPart part, Set<String> here, Set<String> there) {
        String text = Entities.escape(part.text());
        switch (part.op()) {
            case EQUAL -> html.append(text);
            case DELETE -> html.append(states(part, here) ? "<ins class=\"differs\">" : "<ins>").append(text).append("</ins>");
            case INSERT -> html.append(states(part, there) ? "<del class=\"differs\">" : "<del>").append(text).append("</del>");
        }
    }

    private static boolean states(DiffPart part, Set<String> facts) {
        String words = part.text().strip();
        if (words.isEmpty()) return false;
        for (String fact : facts) if (fact.contains(words) || words.contains(fact)) return true;
        return false;
    }
}
