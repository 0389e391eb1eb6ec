package org.dossier.analyze.quotes.reuse;

import java.util.List;
import org.dossier.analyze.quotes.QuoteGroups;
import org.dossier.memo.Memo;
import org.dossier.model.Article;
import org.dossier.model.Quote;
import org.dossier.model.QuoteGroup;

/**
 * {@link QuoteGroups#of} from one build to the next: the groups depend only on the quotes in order of
 * appearance, so when those equal last build's (an edit that touched no quote, or only moved text around
 * them) last build's groups are the answer; otherwise the quotes are grouped again, with the words of each
 * quote text kept from earlier builds. Not thread-safe: one build at a time.
 */
public final class RememberedQuoteGroups {
    private final Memo<String, List<String>> words = Memo.remembering();
    private List<Quote> lastOrdered;
    private List<QuoteGroup> lastGroups;

    /** The groups {@link QuoteGroups#of} makes. */
    public List<QuoteGroup> of(List<Article> articles, List<Quote> quotes) {
        List<Quote> ordered = QuoteGroups.inOrder(articles, quotes);
        if (!ordered.equals(lastOrdered)) {
            List<QuoteGroup> groups = QuoteGroups.grouped(ordered,
                    ordered.stream().map(q -> words.get(q.span().text(), QuoteGroups::words)).toList());
            words.endBuild();
            lastOrdered = ordered;
            lastGroups = groups;
        }
        return lastGroups;
    }
}
