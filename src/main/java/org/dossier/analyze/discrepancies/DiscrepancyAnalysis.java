package org.dossier.analyze.discrepancies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKey;
import org.dossier.model.Discrepancy;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.Mention;
import org.dossier.model.Passage;
import org.dossier.model.Quote;
import org.dossier.model.QuoteGroup;
import org.dossier.model.Span;
import org.dossier.model.TimelineEntry;

/**
 * The facts on which versions of the same text disagree. Two versions are compared fact by fact: facts
 * with a value both versions state agree; a fact left over in one version that stands where a fact of
 * the same kind left over in the other stands (a word beside them is the same: "duurde 50 minuten" and
 * "duurde 30 minuten") is a discrepancy. Names and places compare by entity, so the spelling variants the
 * entity analysis merged agree and a different person does not. Versions are the occurrences of a
 * near-copy passage, the reports of one timeline entry from different articles, and the appearances of a
 * quote (where the speaker is the fact). Pure.
 */
public final class DiscrepancyAnalysis {
    /** How many versions of one passage or entry are compared pairwise; wire copy can stand in hundreds of articles. */
    static final int MAX_VERSIONS = 12;

    private final Map<BlockKey, Block> blocks = new HashMap<>();
    private final Map<String, Integer> articlePosition = new HashMap<>();
    private final Map<BlockKey, List<Mention>> mentions = new HashMap<>();
    private final Map<String, EntityType> types = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final List<Discrepancy> found = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    /** Indexes only the blocks that versions stand in: a large dossier has a hundred times more. */
    private DiscrepancyAnalysis(Dossier dossier, Set<BlockKey> compared) {
        Map<String, Article> articles = new HashMap<>();
        int position = 0;
        for (Article article : dossier.articles()) {
            articlePosition.put(article.id(), position++);
            articles.put(article.id(), article);
        }
        for (BlockKey key : compared) {
            Article article = articles.get(key.article());
            if (article != null) article.block(key.block()).ifPresent(block -> blocks.put(key, block));
        }
        for (Entity entity : dossier.entities()) {
            types.put(entity.id(), entity.type());
            names.put(entity.id(), entity.name());
            for (Mention m : entity.mentions()) {
                BlockKey key = BlockKey.of(m.span());
                if (blocks.containsKey(key)) mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            }
        }
    }

    /** The blocks of the near passages' occurrences and of the reports of entries that several articles give. */
    private static Set<BlockKey> compared(Dossier dossier) {
        Set<BlockKey> keys = new HashSet<>();
        for (Passage passage : dossier.passages()) {
            if (passage.kind() == Passage.Kind.NEAR) passage.occurrences().forEach(s -> keys.add(BlockKey.of(s)));
        }
        for (TimelineEntry entry : dossier.timeline()) {
            if (entry.articles().size() > 1) entry.sources().forEach(e -> keys.add(BlockKey.of(e.sentence())));
        }
        return keys;
    }

    /** Every discrepancy: by passage (in passage order), then by timeline entry, then by quote. */
    public static List<Discrepancy> of(Dossier dossier, List<QuoteGroup> quoteGroups) {
        DiscrepancyAnalysis analysis = new DiscrepancyAnalysis(dossier, compared(dossier));
        for (Passage passage : dossier.passages()) {
            if (passage.kind() == Passage.Kind.NEAR) analysis.compareVersions(Discrepancy.Scope.PASSAGE, passage.id(), passage.occurrences());
        }
        for (TimelineEntry entry : dossier.timeline()) {
            if (entry.articles().size() < 2) continue;
            analysis.compareVersions(Discrepancy.Scope.ENTRY, entry.id(), entry.sources().stream().map(Event::sentence).toList());
        }
        for (QuoteGroup group : quoteGroups) analysis.compareSpeakers(group);
        return List.copyOf(analysis.found);
    }

    private void compareVersions(Discrepancy.Scope scope, String subject, List<Span> versions) {
        List<Span> compared = versions.stream().filter(s -> blocks.containsKey(BlockKey.of(s))).limit(MAX_VERSIONS).toList();
        List<List<Fact>> facts = compared.stream().map(this::factsOf).toList();
        for (int i = 0; i < compared.size(); i++) {
            for (int j = i + 1; j < compared.size(); j++) {
                if (compared.get(i).article().equals(compared.get(j).article())) continue;
                boolean inOrder = position(compared.get(i)) <= position(compared.get(j));
                int a = inOrder ? i : j;
                int b = inOrder ? j : i;
                compare(scope, subject, compared.get(a), facts.get(a), compared.get(b), facts.get(b));
            }
        }
    }

    private List<Fact> factsOf(Span span) {
        BlockKey key = BlockKey.of(span);
        return FactFinder.facts(blocks.get(key).text(), span.start(), span.end(), mentions.getOrDefault(key, List.of()), types);
    }

    private void compare(Discrepancy.Scope scope, String subject, Span one, List<Fact> oneFacts, Span other, List<Fact> otherFacts) {
        List<Fact> left = unmatched(oneFacts, otherFacts);
        List<Fact> right = new ArrayList<>(unmatched(otherFacts, oneFacts));
        for (Fact fact : left) {
            for (int k = 0; k < right.size(); k++) {
                Fact candidate = right.get(k);
                if (!fact.correspondsTo(candidate)) continue;
                right.remove(k);
                add(scope, subject, fact.kind(), reading(one, fact), reading(other, candidate));
                break;
            }
        }
    }

    /** The facts of {@code mine} whose value {@code theirs} does not state, counting repeats. */
    private static List<Fact> unmatched(List<Fact> mine, List<Fact> theirs) {
        Map<String, Integer> available = new HashMap<>();
        for (Fact f : theirs) available.merge(f.kind() + " " + f.value(), 1, Integer::sum);
        List<Fact> left = new ArrayList<>();
        for (Fact f : mine) {
            String key = f.kind() + " " + f.value();
            int n = available.getOrDefault(key, 0);
            if (n > 0) available.put(key, n - 1);
            else left.add(f);
        }
        return left;
    }

    private static Discrepancy.Reading reading(Span version, Fact fact) {
        return new Discrepancy.Reading(fact.text(),
                new Span(version.article(), version.block(), fact.start(), fact.end(), fact.text()), fact.entity());
    }

    /** A quote that articles give to different speakers: each appearance against the first attributed one. */
    private void compareSpeakers(QuoteGroup group) {
        Optional<Quote> reference = group.appearances().stream().filter(q -> q.speaker().isPresent()).findFirst();
        if (reference.isEmpty()) return;
        Quote first = reference.get();
        for (Quote quote : group.appearances()) {
            if (quote.speaker().isEmpty() || quote.speaker().equals(first.speaker())) continue;
            if (quote.span().article().equals(first.span().article())) continue;
            add(Discrepancy.Scope.QUOTE, group.id(), Discrepancy.Fact.SPEAKER, speaker(first), speaker(quote));
        }
    }

    private Discrepancy.Reading speaker(Quote quote) {
        String id = quote.speaker().orElseThrow();
        return new Discrepancy.Reading(names.getOrDefault(id, id), quote.span(), Optional.of(id));
    }

    private int position(Span span) {
        return articlePosition.getOrDefault(span.article(), Integer.MAX_VALUE);
    }

    /** Adds the discrepancy unless the same two readings were already found (a sentence in a passage and an entry). */
    private void add(Discrepancy.Scope scope, String subject, Discrepancy.Fact fact, Discrepancy.Reading one, Discrepancy.Reading other) {
        if (!seen.add(fact + " " + one.span() + " " + other.span())) return;
        String key = scope.id() + "|" + subject + "|" + fact.id() + "|" + one.span().article() + "|" + one.span().block() + "|"
                + one.span().start() + "|" + other.span().article() + "|" + other.span().block() + "|" + other.span().start();
        String id = "differs-" + Integer.toHexString(key.hashCode());
        while (!seen.add(id)) id = id + "x";
        found.add(new Discrepancy(id, scope, subject, fact, one, other));
    }
}
