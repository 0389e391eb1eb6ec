package org.dossier.render;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.dossier.model.Article;
import org.dossier.model.PartialDate;
import org.dossier.render.svg.Xml;

/**
 * {@code feed.xml}: an Atom 1.0 feed (RFC 4287) of the newest {@link #NEWEST} dated articles, each with its
 * title, date, outlet (as the entry's author), lead (as summary) and an absolute link and id under the base
 * URL. Deterministic: the feed's {@code updated} is the newest article's date, never the build's time. An
 * article's date is known to the day at best, so it is written as that day at midnight UTC; an undated
 * article has no place in a feed ordered by date and is left out.
 */
final class AtomFeed {
    static final int NEWEST = 50;
    /** For a feed with no dated article: a fixed moment, as any clock time would break determinism. */
    private static final String NO_DATE = "1970-01-01T00:00:00Z";

    private AtomFeed() {}

    static byte[] write(List<Article> articles, Function<String, ArticleCard> cards, SiteInfo site) {
        List<Article> newest = articles.stream().filter(a -> a.date().isPresent())
                .sorted(Comparator.comparing((Article a) -> a.date().get()).reversed().thenComparing(Article::id))
                .limit(NEWEST).toList();
        String base = site.baseUrl();
        StringBuilder xml = new StringBuilder(2048 + newest.size() * 1024);
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Xml.escape(site.language())).append("\">\n");
        element(xml, "  ", "title", site.title());
        if (!site.description().isEmpty()) element(xml, "  ", "subtitle", site.description());
        element(xml, "  ", "id", base);
        xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(base)).append("\"/>\n");
        xml.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(base + SiteLinks.FEED)).append("\"/>\n");
        element(xml, "  ", "updated", newest.isEmpty() ? NO_DATE : rfc3339(newest.get(0).date().get()));
        xml.append("  <author><name>").append(Xml.escape(site.title())).append("</name></author>\n");
        for (Article article : newest) {
            ArticleCard card = cards.apply(article.id());
            String url = base + SiteLinks.article(article.id());
            String date = rfc3339(article.date().get());
            xml.append("  <entry xml:lang=\"").append(Xml.escape(article.language())).append("\">\n");
            element(xml, "    ", "title", article.title());
            element(xml, "    ", "id", url);
            xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url)).append("\"/>\n");
            element(xml, "    ", "published", date);
            element(xml, "    ", "updated", date);
            if (!card.outlet().isEmpty() || !card.author().isEmpty()) {
                xml.append("    <author><name>").append(Xml.escape(card.outlet().isEmpty() ? card.author() : card.outlet()))
                        .append("</name></author>\n");
            }
            if (!card.lead().isEmpty()) element(xml, "    ", "summary", card.lead());
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The first day the date stands for, at midnight UTC: "2022-01-02T00:00:00Z". */
    static String rfc3339(PartialDate date) {
        return date.firstDay() + "T00:00:00Z";
    }

    private static void element(StringBuilder xml, String indent, String name, String text) {
        xml.append(indent).append('<').append(name).append('>').append(Xml.escape(text)).append("</").append(name).append(">\n");
    }
}
