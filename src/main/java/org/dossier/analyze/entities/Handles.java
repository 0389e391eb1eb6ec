package org.dossier.analyze.entities;

import java.util.HashMap;
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

    static void link(List<Article> articles, List<EntityDraft> drafts) {
        // Most collections have few handles: skip the index of every name unless some block has an '@'.
        if (articles.stream().flatMap(Article::blockStream).noneMatch(b -> b.text().indexOf('@') >= 0)) return;
        Map<String, EntityDraft> byEnd = new HashMap<>();
        for (EntityDraft d : drafts) {
            for (Occurrence o : d.occurrences) byEnd.put(o.articleId() + "\u0000" + o.block().id() + "\u0000" + o.name().end(), d);
        }
        Map<String, EntityDraft> claimed = new HashMap<>();
        for (Article a : articles) {
            for (Block b : a.blocks()) {
                if (b.text().indexOf('@') < 0) continue; // most blocks have no handle; skip the pattern
                Matcher m = HANDLE.matcher(b.text());
                while (m.find()) {
                    int open = m.start() - 1;
                    while (open >= 0 && b.text().charAt(open) == ' ') open--;
                    if (open < 0 || b.text().charAt(open) != '(') continue;
                    int nameEnd = open - 1;
                    while (nameEnd >= 0 && b.text().charAt(nameEnd) == ' ') nameEnd--;
                    EntityDraft d = byEnd.get(a.id() + "\u0000" + b.id() + "\u0000" + (nameEnd + 1));
                    if (d != null) claimed.putIfAbsent(m.group().toLowerCase(java.util.Locale.ROOT), d);
                }
            }
        }
        if (claimed.isEmpty()) return;
        for (Article a : articles) {
            for (Block b : a.blocks()) {
                if (b.text().indexOf('@') < 0) continue;
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
