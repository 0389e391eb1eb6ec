package org.dossier.render;

import java.util.List;
import org.dossier.model.DiffPart;
import org.jsoup.nodes.Entities;

/** A word diff as HTML: words only here in {@code <del>}, words only there in {@code <ins>}; all text escaped. */
final class DiffHtml {
    private DiffHtml() {}

    static String of(List<DiffPart> parts) {
        StringBuilder html = new StringBuilder();
        for (DiffPart part : parts) {
            String text = Entities.escape(part.text());
            switch (part.op()) {
                case EQUAL -> html.append(text);
                case DELETE -> html.append("<del>").append(text).append("</del>");
                case INSERT -> html.append("<ins>").append(text).append("</ins>");
            }
        }
        return html.toString();
    }
}
