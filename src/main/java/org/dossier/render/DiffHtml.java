package org.dossier.render;

import java.util.List;
import java.util.Set;
import org.dossier.model.DiffPart;
import org.jsoup.nodes.Entities;

/** A word diff as HTML: words only here in {@code <del>}, words only there in {@code <ins>}; all text escaped. */
final class DiffHtml {
    private DiffHtml() {}

    static String of(List<DiffPart> parts) {
        return of(parts, Set.of(), Set.of());
    }

    /**
     * The diff with the words that state a discrepancy marked ({@code class="differs"}): deleted words that
     * belong to a fact in {@code here} (this occurrence's readings), inserted ones that belong to a fact in
     * {@code there} (the other occurrence's).
     */
    static String of(List<DiffPart> parts, Set<String> here, Set<String> there) {
        StringBuilder html = new StringBuilder();
        for (DiffPart part : parts) {
            String text = Entities.escape(part.text());
            switch (part.op()) {
                case EQUAL -> html.append(text);
                case DELETE -> html.append(states(part, here) ? "<del class=\"differs\">" : "<del>").append(text).append("</del>");
                case INSERT -> html.append(states(part, there) ? "<ins class=\"differs\">" : "<ins>").append(text).append("</ins>");
            }
        }
        return html.toString();
    }

    private static boolean states(DiffPart part, Set<String> facts) {
        String words = part.text().strip();
        if (words.isEmpty()) return false;
        for (String fact : facts) if (fact.contains(words) || words.contains(fact)) return true;
        return false;
    }
}
