package org.dossier.analyze.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.dossier.model.Span;

/**
 * Quoted speech in the articles and who said it, in reading order. An embedded post signed
 * "— Name (@handle) date" is a quote of that name. Pure.
 */
public final class QuoteAnalysis {
    private static final Pattern SIGNED_POST = Pattern.compile("^(.+?)\\s+[—–]\\s+(\\S.*?)\\s*\\(@[\\p{L}\\p{N}_]+\\)", Pattern.DOTALL);

    private QuoteAnalysis() {}

    /**
     * The quotes of every article, in reading order (the articles in dossier order): each article is read
     * on its own, with the mentions of the entities in it, so the articles are read in parallel.
     */
    public static List<Quote> find(List<Article> articles, List<Entity> entities) {
        return speechOf(articles, entities).parallelStream()
                .map(QuoteAnalysis::quotesOf)
                .flatMap(List::stream)
                .toList();
    }

    /** What the quotes of each article are made from, in the order of the articles. */
    public static List<ArticleSpeech> speechOf(List<Article> articles, List<Entity> entities) {
        Map<String, Speaker> named = new HashMap<>();
        Map<String, List<Mention>> mentionsByArticle = new HashMap<>();
        for (Entity e : entities) {
            // Only what the resolver reads, so that an article's speech does not hold every mention of its entities.
            named.put(e.id(), Speaker.of(e));
            for (Mention m : e.mentions()) mentionsByArticle.computeIfAbsent(m.span().article(), k -> new ArrayList<>()).add(m);
        }
        // Each article's own part, in parallel: copying every article's mentions is a good part of the work.
        return articles.parallelStream().map(article -> {
            List<Mention> mentions = mentionsByArticle.getOrDefault(article.id(), List.of());
            Map<String, Speaker> own = new HashMap<>();
            for (Mention m : mentions) own.put(m.entity(), named.get(m.entity()));
            return new ArticleSpeech(article, mentions, own);
        }).toList();
    }

    /** The quotes of one article, block by block: quoted words and who said them, or a signed embedded post. */
    public static List<Quote> quotesOf(ArticleSpeech speech) {
        Article article = speech.article();
        List<Mention> mentions = speech.mentions();
        Map<String, Speaker> byId = speech.named();
        List<Quote> quotes = new ArrayList<>();
        // Made at the first quoted words: most articles have none, and the resolver reads every sentence.
        SpeakerResolver resolver = null;
        List<Block> blocks = article.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            List<QuotedSpan> found = QuoteFinder.inBlock(block);
            if (found.isEmpty() && block.kind() == BlockKind.EMBED) {
                signedPost(article, block, mentions, byId).ifPresent(quotes::add);
                continue;
            }
            Optional<QuotedSpan> previous = Optional.empty();
            Optional<String> previousSpeaker = Optional.empty();
            for (QuotedSpan q : found) {
                if (resolver == null) resolver = new SpeakerResolver(article, byId, mentions);
                Optional<String> speaker = resolver.resolve(b, q, previous, previousSpeaker);
                quotes.add(new Quote(speaker, Span.of(article.id(), block, q.start(), q.end())));
                previous = Optional.of(q);
                previousSpeaker = speaker;
            }
        }
        return List.copyOf(quotes);
    }

    private static Optional<Quote> signedPost(Article article, Block block, List<Mention> mentions, Map<String, Speaker> byId) {
        Matcher m = SIGNED_POST.matcher(block.text());
        if (!m.find()) return Optional.empty();
        Optional<String> speaker = mentions.stream()
                .filter(x -> x.span().block().equals(block.id()) && x.span().start() >= m.start(2) && x.span().end() <= m.end())
                .map(Mention::entity).findFirst();
        if (speaker.isEmpty()) return Optional.empty();
        return Optional.of(new Quote(speaker, Span.of(article.id(), block, m.start(1), m.end(1))));
    }
}
