package org.dossier.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one gate between seed markup and pages. Seeds are untrusted: only the elements and attributes
 * listed here survive (no scripts, no event handlers, no styles, no iframes, no images, no
 * {@code javascript:} URLs; links only to http, https and mailto, marked {@code rel="nofollow"}).
 * Images are dropped because a page must load nothing from outside the site.
 */
public final class Sanitizer {
    private static final Safelist SAFELIST = new Safelist()
            .addTags("a", "b", "strong", "i", "em", "u", "s", "del", "ins", "mark", "small", "sub", "sup",
                    "code", "kbd", "abbr", "cite", "q", "br", "span",
                    "p", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "footer",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
            .addAttributes("a", "href", "title")
            .addAttributes("abbr", "title")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private Sanitizer() {}

    /** The fragment with everything outside the safelist removed. */
    public static String clean(String html) {
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html, ""));
        // A link whose URL was refused keeps its text but not its <a>: an <a> with rel and no href is not HTML.
        clean.select("a:not([href])").unwrap();
        clean.outputSettings(COMPACT);
        return clean.body().html();
    }

    /** Describes what survives, for the README and error messages. */
    public static String describe() {
        return "links (http, https, mailto), emphasis, code, quotations, lists, tables and line breaks";
    }
}
