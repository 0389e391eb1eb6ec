package org.dossier.render.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.dossier.render.json.JsonText;
import org.dossier.render.svg.Xml;
import org.dossier.model.Article;
import org.dossier.model.Event;
import org.dossier.model.PartialDate;
import org.dossier.model.TimelineEntry;

/**
 * The timeline in Knight Lab's TimelineJS3 JSON format: one event per timeline entry, with
 * {@code start_date} and, for a range, {@code end_date} as {year, month, day} at the entry's precision,
 * and {@code text} {headline, text}, where {@code text} is HTML (escaped here) quoting every source and
 * linking its article. Deterministic: fixed key order, "\n" line ends, no timestamps.
 */
public final class TimelineJsExport {
    /**
     * @param title        the timeline's title slide headline
     * @param articleUrl   the URL of an article's page from its id, relative to where the JSON is read
     * @param plannedLabel the word shown before an entry still to come
     * @param displayDate  an entry's date in words, from its first and (for a range) last day
     */
    public record Options(String title, UnaryOperator<String> articleUrl, String plannedLabel,
                          BiFunction<PartialDate, Optional<PartialDate>, String> displayDate) {
        public Options {
            Objects.requireNonNull(title, "title must not be null");
            Objects.requireNonNull(articleUrl, "articleUrl must not be null");
            Objects.requireNonNull(plannedLabel, "plannedLabel must not be null");
            Objects.requireNonNull(displayDate, "displayDate must not be null");
        }

        /** Dutch labels, article pages at {@code ../articles/ID/} as seen from {@code data/timeline.json}. */
        public static Options dutch(String title) {
            return new Options(title, id -> "../articles/" + id + "/", "Gepland",
                    (date, end) -> EntryText.date(date, end, Locale.forLanguageTag("nl")));
        }
    }

    private static final int HEADLINE_CHARS = 90;

    private TimelineJsExport() {}

    /** The TimelineJS3 JSON text for the entries, in their order; {@code articles} give source titles. */
    public static String toJson(List<TimelineEntry> entries, List<Article> articles, Options options) {
        Map<String, Article> byId = new HashMap<>();
        for (Article a : articles) byId.put(a.id(), a);
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> titleText = new LinkedHashMap<>();
        titleText.put("headline", options.title());
        titleText.put("text", "");
        root.put("title", Map.of("text", titleText));
        List<Object> events = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("unique_id", entry.id());
            event.put("start_date", date(entry.date()));
            entry.end().ifPresent(end -> event.put("end_date", date(end)));
            event.put("display_date", options.displayDate().apply(entry.date(), entry.end()));
            Map<String, Object> text = new LinkedHashMap<>();
            text.put("headline", EntryText.headline(entry, HEADLINE_CHARS));
            text.put("text", html(entry, byId, options));
            event.put("text", text);
            if (entry.planned()) event.put("group", options.plannedLabel());
            events.add(event);
        }
        root.put("events", events);
        return JsonText.indented(root) + "\n";
    }

    private static Map<String, Object> date(PartialDate date) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("year", date.year());
        if (date.month() != 0) json.put("month", date.month());
        if (date.day() != 0) json.put("day", date.day());
        return json;
    }

    /** Each source's sentence as a quote, with a link to its article; all article text escaped. */
    private static String html(TimelineEntry entry, Map<String, Article> articles, Options options) {
        StringBuilder html = new StringBuilder();
        if (entry.planned()) html.append("<p><strong>").append(Xml.escape(options.plannedLabel())).append("</strong></p>");
        for (Event source : entry.sources()) {
            String articleId = source.sentence().article();
            Article article = articles.get(articleId);
            String title = article == null ? articleId : article.title();
            String href = options.articleUrl().apply(articleId) + "#" + source.sentence().block();
            html.append("<blockquote>").append(Xml.escape(source.sentence().text())).append("</blockquote>")
                    .append("<p><a href=\"").append(Xml.escape(href)).append("\">").append(Xml.escape(title)).append("</a></p>");
        }
        return html.toString();
    }
}
