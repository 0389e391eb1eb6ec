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

    private DiscrepancyAnalysis() {}

    /**
     * One version of a text, with all that its facts depend on: its span, its block's text and mentions,
     * the type of each entity they name, and its article's rank among the subject's articles (the earlier
     * article's reading comes first).
     */
    public record Version(Span span, String blockText, List<Mention> mentions, Map<String, EntityType> types, int rank) {
        public Version {
            mentions = List.copyOf(mentions);
            types = Map.copyOf(types);
        }
    }

    /** The versions of one passage or timeline entry, to be compared pairwise; at most {@value #MAX_VERSIONS}. */
    public record Subject(Discrepancy.Scope scope, String id, List<Version> versions) {
        public Subject {
            versions = List.copyOf(versions);
        }
    }

    /** Two readings of one fact that disagree, before duplicates are set aside and ids given. */
    public record Finding(Discrepancy.Fact fact, Discrepancy.Reading one, Discrepancy.Reading other) {}

    /** Every discrepancy: by passage (in passage order), then by timeline entry, then by quote. */
    public static List<Discrepancy> of(Dossier dossier, List<QuoteGroup> quoteGroups) {
        List<Subject> subjects = subjectsOf(dossier);
        List<List<Finding>> findings = subjects.stream().map(DiscrepancyAnalysis::findingsOf).toList();
        return numbered(subjects, findings, dossier, quoteGroups);
    }

    /** What the entities say of the compared blocks: the mentions in each block, and every entity's type. */
    public record Named(Map<BlockKey, List<Mention>> mentions, Map<String, EntityType> types) {}

    /**
     * What is compared: the near passages' occurrences (in passage order), then the reports of each timeline
     * entry that several articles give; versions whose block is not in the dossier are left out.
     */
    public static List<Subject> subjectsOf(Dossier dossier) {
        Places places = places(dossier.articles(), compared(dossier));
        Map<BlockKey, Block> blocks = places.blocks();
        Map<String, Integer> articlePosition = places.articlePosition();
        Named found = named(dossier.entities(), blocks.keySet());
        Map<BlockKey, List<Mention>> mentions = found.mentions();
        Map<String, EntityType> types = found.types();
        List<Subject> subjects = new ArrayList<>();
        for (Passage passage : dossier.passages()) {
            if (passage.kind() != Passage.Kind.NEAR) continue;
            subjects.add(subject(Discrepancy.Scope.PASSAGE, passage.id(), passage.occurrences(), blocks, mentions, types, articlePosition));
        }
        for (TimelineEntry entry : dossier.timeline()) {
            if (!reportedBySeveral(entry)) continue;
            subjects.add(subject(Discrepancy.Scope.ENTRY, entry.id(), entry.sources().stream().map(Event::sentence).toList(),
                    blocks, mentions, types, articlePosition));
        }
        return subjects;
    }

    /** The compared blocks that stand in the dossier, by key, and each article's place in dossier order. */
    public record Places(Map<BlockKey, Block> blocks, Map<String, Integer> articlePosition) {}

    /** The blocks of {@code keys} that the articles hold, and the articles' places. */
    public static Places places(List<Article> articles, Set<BlockKey> keys) {
        // Only the blocks that versions stand in are indexed: a large dossier has a hundred times more.
        Map<String, Article> byId = new HashMap<>();
        Map<String, Integer> articlePosition = new HashMap<>();
        int position = 0;
        for (Article article : articles) {
            articlePosition.put(article.id(), position++);
            byId.put(article.id(), article);
        }
        Map<BlockKey, Block> blocks = new HashMap<>();
        for (BlockKey key : keys) {
            Article article = byId.get(key.article());
            if (article != null) article.block(key.block()).ifPresent(block -> blocks.put(key, block));
        }
        return new Places(blocks, articlePosition);
    }

    /** The mentions in {@code blocks}, each block's in the order of the entities and of their mentions; every entity's type. */
    public static Named named(List<Entity> entities, Set<BlockKey> blocks) {
        Set<String> comparedArticles = new HashSet<>();
        for (BlockKey key : blocks) comparedArticles.add(key.article());
        Map<BlockKey, List<Mention>> mentions = new HashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        for (Entity entity : entities) {
            types.put(entity.id(), entity.type());
            for (Mention m : entity.mentions()) {
                // Most mentions stand in articles no version comes from: passed over without making a key.
                if (!comparedArticles.contains(m.span().article())) continue;
                BlockKey key = BlockKey.of(m.span());
                if (blocks.contains(key)) mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            }
        }
        return new Named(mentions, types);
    }

    /** The blocks of the near passages' occurrences and of the reports of entries that several articles give. */
    private static Set<BlockKey> compared(Dossier dossier) {
        Set<BlockKey> keys = new HashSet<>();
        for (Passage passage : dossier.passages()) {
            if (passage.kind() == Passage.Kind.NEAR) passage.occurrences().forEach(s -> keys.add(BlockKey.of(s)));
        }
        for (TimelineEntry entry : dossier.timeline()) {
            if (reportedBySeveral(entry)) entry.sources().forEach(e -> keys.add(BlockKey.of(e.sentence())));
        }
        return keys;
    }

    /** Whether articles besides the first source's report the entry: {@code entry.articles().size() > 1}, without listing them. */
    public static boolean reportedBySeveral(TimelineEntry entry) {
        String first = entry.sources().get(0).sentence().article();
        for (Event source : entry.sources()) if (!source.sentence().article().equals(first)) return true;
        return false;
    }

    /**
     * The subject of one passage or entry, from its spans and what holds of the compared blocks: each one's
     * block (blocks not in the dossier are left out), the mentions in it, every entity's type and each
     * article's place in dossier order. Reads only its own spans' blocks.
     */
    public static Subject subject(Discrepancy.Scope scope, String id, List<Span> spans, Map<BlockKey, Block> blocks,
                                   Map<BlockKey, List<Mention>> mentions, Map<String, EntityType> types, Map<String, Integer> articlePosition) {
        List<Span> kept = spans.stream().filter(s -> blocks.containsKey(BlockKey.of(s))).limit(MAX_VERSIONS).toList();
        List<Integer> positions = kept.stream().map(s -> articlePosition.getOrDefault(s.article(), Integer.MAX_VALUE))
                .distinct().sorted().toList();
        List<Version> versions = new ArrayList<>();
        for (Span span : kept) {
            BlockKey key = BlockKey.of(span);
            List<Mention> own = mentions.getOrDefault(key, List.of());
            Map<String, EntityType> named = new HashMap<>();
            for (Mention m : own) {
                EntityType type = types.get(m.entity());
                if (type != null) named.put(m.entity(), type);
            }
            int rank = positions.indexOf(articlePosition.getOrDefault(span.article(), Integer.MAX_VALUE));
            versions.add(new Version(span, blocks.get(key).text(), own, named, rank));
        }
        return new Subject(scope, id, versions);
    }

    /**
     * The disagreements between the versions of one subject, pair by pair (versions of the same article are
     * not compared), each pair with the earlier article's reading first.
     */
    public static List<Finding> findingsOf(Subject subject) {
        List<Version> versions = subject.versions();
        List<List<Fact>> facts = versions.stream()
                .map(v -> FactFinder.facts(v.blockText(), v.span().start(), v.span().end(), v.mentions(), v.types())).toList();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            for (int j = i + 1; j < versions.size(); j++) {
                if (versions.get(i).span().article().equals(versions.get(j).span().article())) continue;
                boolean inOrder = versions.get(i).rank() <= versions.get(j).rank();
                int a = inOrder ? i : j;
                int b = inOrder ? j : i;
                compare(versions.get(a).span(), facts.get(a), versions.get(b).span(), facts.get(b), findings);
            }
        }
        return findings;
    }

    private static void compare(Span one, List<Fact> oneFacts, Span other, List<Fact> otherFacts, List<Finding> findings) {
        List<Fact> left = unmatched(oneFacts, otherFacts);
        List<Fact> right = new ArrayList<>(unmatched(otherFacts, oneFacts));
        for (Fact fact : left) {
            for (int k = 0; k < right.size(); k++) {
                Fact candidate = right.get(k);
                if (!fact.correspondsTo(candidate)) continue;
                right.remove(k);
                findings.add(new Finding(fact.kind(), reading(one, fact), reading(other, candidate)));
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

    /**
     * The discrepancies of the subjects' findings ({@code findings} holds each subject's, in the order of
     * {@code subjects}), then those of the quotes that articles give to different speakers, each with its id;
     * two readings found twice (a sentence in a passage and an entry) count once.
     */
    public static List<Discrepancy> numbered(List<Subject> subjects, List<List<Finding>> findings, Dossier dossier,
                                             List<QuoteGroup> quoteGroups) {
        Numbering numbering = new Numbering();
        for (int i = 0; i < subjects.size(); i++) {
            Subject subject = subjects.get(i);
            for (Finding f : findings.get(i)) numbering.add(subject.scope(), subject.id(), f.fact(), f.one(), f.other());
        }
        if (!quoteGroups.isEmpty()) {
            Map<String, String> names = new HashMap<>();
            for (Entity entity : dossier.entities()) names.put(entity.id(), entity.name());
            for (QuoteGroup group : quoteGroups) numbering.compareSpeakers(group, names);
        }
        return List.copyOf(numbering.found);
    }

    /** Gives each discrepancy its id, setting aside readings already found. */
    private static final class Numbering {
        private final List<Discrepancy> found = new ArrayList<>();
        /** The pairs of readings found, compared as records: spelling them out as strings cost more than comparing them. */
        private final Set<Found> seen = new HashSet<>();
        private final Set<String> ids = new HashSet<>();

        private record Found(Discrepancy.Fact fact, Span one, Span other) {}

        /** A quote that articles give to different speakers: each appearance against the first attributed one. */
        void compareSpeakers(QuoteGroup group, Map<String, String> names) {
            Optional<Quote> reference = group.appearances().stream().filter(q -> q.speaker().isPresent()).findFirst();
            if (reference.isEmpty()) return;
            Quote first = reference.get();
            for (Quote quote : group.appearances()) {
                if (quote.speaker().isEmpty() || quote.speaker().equals(first.speaker())) continue;
                if (quote.span().article().equals(first.span().article())) continue;
                add(Discrepancy.Scope.QUOTE, group.id(), Discrepancy.Fact.SPEAKER, speaker(first, names), speaker(quote, names));
            }
        }

        private static Discrepancy.Reading speaker(Quote quote, Map<String, String> names) {
            String id = quote.speaker().orElseThrow();
            return new Discrepancy.Reading(names.getOrDefault(id, id), quote.span(), Optional.of(id));
        }

        /** Adds the discrepancy unless the same two readings were already found (a sentence in a passage and an entry). */
        void add(Discrepancy.Scope scope, String subject, Discrepancy.Fact fact, Discrepancy.Reading one, Discrepancy.Reading other) {
            if (!seen.add(new Found(fact, one.span(), other.span()))) return;
            String key = scope.id() + "|" + subject + "|" + fact.id() + "|" + one.span().article() + "|" + one.span().block() + "|"
                    + one.span().start() + "|" + other.span().article() + "|" + other.span().block() + "|" + other.span().start();
            String id = "differs-" + Integer.toHexString(key.hashCode());
            while (!ids.add(id)) id = id + "x";
            found.add(new Discrepancy(id, scope, subject, fact, one, other));
        }
    }
}
