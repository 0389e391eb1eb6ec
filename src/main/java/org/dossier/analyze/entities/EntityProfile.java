package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;
import org.dossier.model.Quote;

/**
 * What an entity's page shows, computed from the finished dossier: for a person the roles the text
 * gives, what they said, every mention in its sentence, the people they appear with and the articles;
 * organisations and places get the same view (their roles and quotes are usually empty). Pure.
 *
 * @param entity     the entity itself (name, aliases, description, link)
 * @param quotes     quotes with this entity as speaker, in dossier order
 * @param mentions   every mention with the sentence around it, in dossier order
 * @param companions people named in the same blocks, most shared blocks first
 * @param articles   the articles that name it, in dossier order
 */
public record EntityProfile(Entity entity, List<Quote> quotes, List<MentionInContext> mentions,
                            List<Companion> companions, List<Appearance> articles) {

    /**
     * A mention and its sentence: {@code before + mention.span().text() + after} is a stretch of the
     * block's text, at most about 160 characters either side.
     */
    public record MentionInContext(Mention mention, String before, String after) {}

    /** Someone named in the same blocks, and in how many. */
    public record Companion(String id, String name, EntityType type, int sharedBlocks) {}

    /** An article that names the entity, with how often it does and how many of its quotes it holds. */
    public record Appearance(String articleId, String title, Optional<PartialDate> date, int mentions, int quotes) {}

    private static final int CONTEXT = 160;

    public EntityProfile {
        Objects.requireNonNull(entity, "entity");
        quotes = List.copyOf(quotes);
        mentions = List.copyOf(mentions);
        companions = List.copyOf(companions);
        articles = List.copyOf(articles);
    }

    /** The roles seen in the text, most frequent first. */
    public List<String> roles() {
        return entity.roles();
    }

    /** The profile of the entity with this id; empty when the dossier has no such entity. */
    public static Optional<EntityProfile> of(Dossier dossier, String entityId) {
        Optional<Entity> found = dossier.entities().stream().filter(e -> e.id().equals(entityId)).findFirst();
        if (found.isEmpty()) return Optional.empty();
        Entity entity = found.get();
        Map<String, Article> articles = new LinkedHashMap<>();
        for (Article a : dossier.articles()) articles.put(a.id(), a);

        List<Quote> quotes = dossier.quotes().stream().filter(q -> q.speaker().filter(entityId::equals).isPresent()).toList();
        List<MentionInContext> mentions = new ArrayList<>();
        for (Mention m : entity.mentions()) {
            Article a = articles.get(m.span().article());
            Optional<Block> block = a == null ? Optional.empty() : a.block(m.span().block());
            mentions.add(block.map(b -> inContext(m, b.text())).orElse(new MentionInContext(m, "", "")));
        }
        return Optional.of(new EntityProfile(entity, quotes, mentions, companions(dossier, entity), appearances(dossier, entity, quotes)));
    }

    private static MentionInContext inContext(Mention m, String text) {
        int start = sentenceStart(text, m.span().start());
        int end = sentenceEnd(text, m.span().end());
        if (m.span().start() - start > CONTEXT) start = wordStartAfter(text, m.span().start() - CONTEXT);
        if (end - m.span().end() > CONTEXT) end = wordEndBefore(text, m.span().end() + CONTEXT);
        return new MentionInContext(m, text.substring(start, m.span().start()), text.substring(m.span().end(), end));
    }

    /** After the last ". ", "? " or "! " before the offset (also "Kiev.De"), or the block's start. */
    private static int sentenceStart(String text, int offset) {
        for (int i = offset - 1; i > 0; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && (Character.isWhitespace(text.charAt(i)) || Character.isUpperCase(text.charAt(i)))) {
                int s = i;
                while (s < offset && Character.isWhitespace(text.charAt(s))) s++;
                return s;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int offset) {
        for (int i = offset; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))
                    || Character.isUpperCase(text.charAt(i + 1)))) {
                int e = i + 1;
                while (e < text.length() && "”\"’'»)".indexOf(text.charAt(e)) >= 0) e++;
                return e;
            }
        }
        return text.length();
    }

    private static int wordStartAfter(String text, int at) {
        int i = Math.max(0, at);
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static int wordEndBefore(String text, int at) {
        int i = Math.min(text.length(), at);
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) i--;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
        return i;
    }

    /** People named in a block that also names the entity; counted once per block. */
    private static List<Companion> companions(Dossier dossier, Entity entity) {
        Set<String> blocks = new TreeSet<>();
        for (Mention m : entity.mentions()) blocks.add(m.span().article() + "\u0000" + m.span().block());
        Map<String, Integer> shared = new HashMap<>();
        Map<String, Entity> byId = new HashMap<>();
        for (Entity other : dossier.entities()) {
            if (other.id().equals(entity.id()) || other.type() != EntityType.PERSON) continue;
            byId.put(other.id(), other);
            Set<String> otherBlocks = new TreeSet<>();
            for (Mention m : other.mentions()) otherBlocks.add(m.span().article() + "\u0000" + m.span().block());
            otherBlocks.retainAll(blocks);
            if (!otherBlocks.isEmpty()) shared.put(other.id(), otherBlocks.size());
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(e -> byId.get(e.getKey()).name())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> {
                    Entity other = byId.get(e.getKey());
                    return new Companion(other.id(), other.name(), other.type(), e.getValue());
                })
                .toList();
    }

    private static List<Appearance> appearances(Dossier dossier, Entity entity, List<Quote> quotes) {
        List<Appearance> result = new ArrayList<>();
        for (Article a : dossier.articles()) {
            int mentions = (int) entity.mentions().stream().filter(m -> m.span().article().equals(a.id())).count();
            if (mentions == 0) continue;
            int said = (int) quotes.stream().filter(q -> q.span().article().equals(a.id())).count();
            result.add(new Appearance(a.id(), a.title(), a.date(), mentions, said));
        }
        result.sort(Comparator.comparingInt(x -> indexOf(dossier, x.articleId())));
        return result;
    }

    private static int indexOf(Dossier dossier, String articleId) {
        for (int i = 0; i < dossier.articles().size(); i++) if (dossier.articles().get(i).id().equals(articleId)) return i;
        return Integer.MAX_VALUE;
    }
}
