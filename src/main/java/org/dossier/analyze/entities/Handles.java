package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Span;

/**
 * Social-media handles the text ties to a name, as an embedded post signs itself: "Володимир
 * Зеленський (@ZelenskyyUa)". The handle becomes an alias of that entity, and every place the handle
 * stands becomes a mention. Handles that no name claims stay unlinked (@POTUS).
 */
final class Handles {
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_@])@[\\p{L}\\p{N}_]{2,}");

    private Handles() {}

    /** {@code facts} are those of {@code articles}, in the same order: they say which blocks hold an '@'. */
    static void link(List<Article> articles, List<ArticleFacts> facts, List<EntityDraft> drafts) {
        // The places right before a handle in brackets, where a name may sign with it, in reading order.
        List<String> signed = new ArrayList<>();
        List<String> handles = new ArrayList<>();
        Set<String> signingArticles = new HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            for (Block b : facts.get(i).withAt()) {
                Matcher m = HANDLE.matcher(b.text());
                while (m.find()) {
                    int open = m.start() - 1;
                    while (open >= 0 && b.text().charAt(open) == ' ') open--;
                    if (open < 0 || b.text().charAt(open) != '(') continue;
                    int nameEnd = open - 1;
                    while (nameEnd >= 0 && b.text().charAt(nameEnd) == ' ') nameEnd--;
                    signed.add(a.id() + "\u0000" + b.id() + "\u0000" + (nameEnd + 1));
                    handles.add(m.group().toLowerCase(java.util.Locale.ROOT));
                    signingArticles.add(a.id());
                }
            }
        }
        if (signed.isEmpty()) return;
        // The name ending at each such place, if any; the names of other articles need no key.
        Set<String> places = new HashSet<>(signed);
        Map<String, EntityDraft> byEnd = new HashMap<>();
        for (EntityDraft d : drafts) {
            for (Occurrence o : d.occurrences) {
                if (!signingArticles.contains(o.articleId())) continue;
                String end = o.articleId() + "\u0000" + o.block().id() + "\u0000" + o.name().end();
                if (places.contains(end)) byEnd.put(end, d);
            }
        }
        Map<String, EntityDraft> claimed = new HashMap<>();
        for (int i = 0; i < signed.size(); i++) {
            EntityDraft d = byEnd.get(signed.get(i));
            if (d != null) claimed.putIfAbsent(handles.get(i), d);
        }
        if (claimed.isEmpty()) return;
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            for (Block b : facts.get(i).withAt()) {
                Matcher m = HANDLE.matcher(b.text());
                while (m.find()) {
                    EntityDraft d = claimed.get(m.group().toLowerCase(java.util.Locale.ROOT));
                    if (d == null) continue;
                    d.addAlias(m.group());
                    d.extraMentions.add(Span.of(a.id(), b, m.start(), m.end()));
                }
            }
        }
    }
}
