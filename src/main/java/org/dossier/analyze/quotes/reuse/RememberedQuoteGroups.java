package org.dossier.analyze.quotes.reuse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.analyze.quotes.QuoteGroups;
import org.dossier.memo.Memo;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Quote;
import org.dossier.model.QuoteGroup;

/**
 * {@link QuoteGroups#of} from one build to the next: the groups depend only on the quotes in order of
 * appearance, so when those equal last build's (an edit that touched no quote, or only moved text around
 * them) last build's groups are the answer; otherwise the quotes are grouped again, with the words of each
 * quote text kept from earlier builds. The order of appearance is not worked out again when the quotes are
 * last build's very objects and every article stands where it stood, each one that holds a quote with its
 * blocks in the same order. Not thread-safe: one build at a time.
 */
public final class RememberedQuoteGroups {
    private final Memo<String, List<String>> words = Memo.remembering();
    private List<Quote> lastOrdered;
    private List<QuoteGroup> lastGroups;
    /** What the order was last worked out from: the quotes, the ids of the articles they stand in, the articles. */
    private List<Quote> lastQuotes = List.of();
    private Set<String> lastQuoted = Set.of();
    private List<Article> lastArticles = List.of();

    /** The groups {@link QuoteGroups#of} makes. */
    public List<QuoteGroup> of(List<Article> articles, List<Quote> quotes) {
        if (lastGroups != null && Memo.sameObjects(quotes, lastQuotes) && samePlaces(articles, lastArticles, lastQuoted)) {
            lastArticles = articles;
            return lastGroups;
        }
        List<Quote> ordered = QuoteGroups.inOrder(articles, quotes);
        if (!ordered.equals(lastOrdered)) {
            List<QuoteGroup> groups = QuoteGroups.grouped(ordered,
                    ordered.stream().map(q -> words.get(q.span().text(), QuoteGroups::words)).toList());
            words.endBuild();
            lastOrdered = ordered;
            lastGroups = groups;
        }
        lastQuotes = quotes;
        lastQuoted = new HashSet<>();
        for (Quote quote : quotes) lastQuoted.add(quote.span().article());
        lastArticles = articles;
        return lastGroups;
    }


    /**
     * Whether {@link QuoteGroups#inOrder} places every quote as before: the same articles in the same order, and
     * each changed article that holds a quote with the same blocks in the same order (the order of appearance
     * is by article, block and start; a quote whose block went is left out).
     */
    private static boolean samePlaces(List<Article> now, List<Article> before, Set<String> quoted) {
        if (now.size() != before.size()) return false;
        for (int i = 0; i < now.size(); i++) {
            Article a = now.get(i);
            Article b = before.get(i);
            if (a == b) continue;
            if (!a.id().equals(b.id())) return false;
            if (quoted.contains(a.id()) && !blockIds(a).equals(blockIds(b))) return false;
        }
        return true;
    }

    private static List<String> blockIds(Article article) {
        return article.blocks().stream().map(Block::id).toList();
    }
}
