package org.dossier.analyze.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.text.Sentences;
import org.dossier.text.TextRange;

/**
 * Resolves the speaker of quotes in one article, read in order: the attribution after the quote, the
 * sentence before it, a quote that continues the previous one, and for "hij" or "de president" the
 * person the article last reported as speaking (or last named with that role or nationality).
 */
final class SpeakerResolver {
    /** An entity named at a place of the article; {@code block} is the block's index. */
    private record Placed(int block, int start, int end, Speaker entity) {
        static final Comparator<Placed> ORDER = Comparator.comparingInt(Placed::block).thenComparingInt(Placed::start);

        boolean before(int b, int offset) {
            return block < b || block == b && start < offset;
        }

        boolean isPerson() {
            return entity.type() == EntityType.PERSON;
        }
    }

    /** The most words of a line that signs a quote with a name alone ("— Tom Bakker, wethouder van Deventer"). */
    private static final int SIGNATURE_WORDS = 10;

    private final List<Block> blocks;
    private final List<Placed> mentions = new ArrayList<>();
    /** The same mentions by block: the questions asked about one block must not go through the whole article. */
    private final List<List<Placed>> mentionsByBlock = new ArrayList<>();
    /** Who the article reports as speaking, in reading order: subjects of speech verbs and resolved speakers. */
    private final List<Placed> sources = new ArrayList<>();

    SpeakerResolver(Article article, Map<String, Speaker> speakers, List<Mention> articleMentions) {
        this.blocks = article.blocks();
        Map<String, Integer> blockIndex = new HashMap<>();
        for (int i = blocks.size() - 1; i >= 0; i--) blockIndex.put(blocks.get(i).id(), i);
        for (Mention m : articleMentions) {
            int b = blockIndex.getOrDefault(m.span().block(), -1);
            if (b >= 0) mentions.add(new Placed(b, m.span().start(), m.span().end(), speakers.get(m.entity())));
        }
        mentions.sort(Placed.ORDER);
        for (int b = 0; b < blocks.size(); b++) mentionsByBlock.add(new ArrayList<>());
        for (Placed p : mentions) mentionsByBlock.get(p.block()).add(p);
        for (int b = 0; b < blocks.size(); b++) addSentenceSources(b);
        sources.sort(Placed.ORDER);
    }

    /** Sentences that report speech name their source: "volgens X", else their first person. */
    private void addSentenceSources(int b) {
        String text = blocks.get(b).text();
        List<QuotedSpan> quotes = QuoteFinder.find(text);
        List<Integer> starts = Sentences.startsOutsideQuotes(text, insides(quotes));
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : text.length();
            String sentence = text.substring(from, to);
            if (!SpeechWords.cuesBefore(sentence)) continue;
            Optional<Placed> source = according(b, from, to).or(() -> first(b, from, to, true));
            source.ifPresent(p -> sources.add(new Placed(b, from, from, p.entity())));
        }
    }

    /** The speaker of quote {@code q} in block {@code b}; {@code previous} is the block's quote before it. */
    Optional<String> resolve(int b, QuotedSpan q, Optional<QuotedSpan> previous, Optional<String> previousSpeaker) {
        if (q.unmarked()) return signedBelow(b, q);
        String text = blocks.get(b).text();
        List<Integer> starts = Sentences.startsOutsideQuotes(text, insides(QuoteFinder.find(text)));
        int sentenceStart = Sentences.sentenceStart(starts, q.open());
        int sentenceEnd = Sentences.sentenceEnd(starts, q.close(), text.length());
        String after = text.substring(q.close() + 1, Math.max(q.close() + 1, sentenceEnd));
        int afterOffset = q.close() + 1;

        Matcher verbAfter = SpeechWords.VERB_AFTER.matcher(after);
        if (verbAfter.matches()) {
            int npStart = afterOffset + verbAfter.start(1);
            Optional<Placed> named = first(b, npStart, sentenceEnd, true).or(() -> first(b, npStart, sentenceEnd, false));
            if (named.isPresent()) return speaker(b, q, named.get().entity());
            String np = text.substring(npStart, sentenceEnd);
            Optional<Speaker> referred = referredTo(np, b, q.open());
            if (referred.isPresent()) return speaker(b, q, referred.get());
        }
        Matcher nameThenVerb = SpeechWords.NAME_THEN_VERB.matcher(after);
        if (nameThenVerb.find()) {
            int npEnd = afterOffset + nameThenVerb.end(1);
            Optional<Placed> named = first(b, afterOffset, npEnd, true).or(() -> first(b, afterOffset, npEnd, false));
            if (named.isPresent()) return speaker(b, q, named.get().entity());
            Optional<Speaker> referred = referredTo(nameThenVerb.group(1), b, q.open());
            if (referred.isPresent()) return speaker(b, q, referred.get());
        }
        String before = text.substring(sentenceStart, q.open());
        if (SpeechWords.cuesBefore(before)) {
            Optional<Placed> named = according(b, sentenceStart, q.open())
                    .or(() -> first(b, sentenceStart, q.open(), true))
                    .or(() -> first(b, sentenceStart, q.open(), false));
            if (named.isPresent()) return speaker(b, q, named.get().entity());
            Optional<Speaker> referred = referredTo(before, b, q.open());
            if (referred.isPresent()) return speaker(b, q, referred.get());
        }
        if (previous.isPresent() && previousSpeaker.isPresent() && continues(b, previous.get(), q, previousSpeaker.get())) {
            return previousSpeaker;
        }
        return text.substring(q.close() + 1).isBlank() ? signedBelow(b, q) : Optional.empty();
    }

    /**
     * The speaker of a quote that ends its block, from the line under it when that line signs it: a dash
     * and a name ("— Tom Bakker"), or an attribution that opens with its verb ("— dat beloofde
     * burgemeester Van Dam", "zei hij").
     */
    private Optional<String> signedBelow(int b, QuotedSpan q) {
        if (b + 1 >= blocks.size()) return Optional.empty();
        String below = blocks.get(b + 1).text();
        int end = Sentences.sentenceEnd(Sentences.startsOutsideQuotes(below, insides(QuoteFinder.find(below))), 0, below.length());
        Matcher verb = SpeechWords.VERB_AFTER.matcher(below.substring(0, end));
        int from;
        if (verb.matches()) from = verb.start(1);
        else if (SpeechWords.SIGNATURE.matcher(below).find() && below.substring(0, end).split("\\s+").length <= SIGNATURE_WORDS) from = 0;
        else return Optional.empty();
        Optional<Placed> named = first(b + 1, from, end, true).or(() -> first(b + 1, from, end, false));
        if (named.isPresent()) return speaker(b, q, named.get().entity());
        return referredTo(below.substring(from, end), b + 1, from).flatMap(entity -> speaker(b, q, entity));
    }

    private Optional<String> speaker(int b, QuotedSpan q, Speaker entity) {
        sources.add(new Placed(b, q.open(), q.open(), entity));
        sources.sort(Placed.ORDER);
        return Optional.of(entity.id());
    }

    /** A quote that follows the previous one with no other person named in between. */
    private boolean continues(int b, QuotedSpan previous, QuotedSpan q, String previousSpeaker) {
        for (Placed p : mentionsByBlock.get(b)) {
            if (p.start() > previous.close() && p.start() < q.open() && p.isPerson()
                    && !p.entity().id().equals(previousSpeaker)) {
                return false;
            }
        }
        return true;
    }

    private Optional<Placed> according(int b, int from, int to) {
        String text = blocks.get(b).text().substring(from, to);
        Matcher m = SpeechWords.ACCORDING_TO.matcher(text);
        if (!m.find()) return Optional.empty();
        int at = from + m.end();
        return mentionsByBlock.get(b).stream().filter(p -> p.start() == at).findFirst();
    }

    /** The first person (or, with {@code person} false, organisation) named in the range. */
    private Optional<Placed> first(int b, int from, int to, boolean person) {
        return mentionsByBlock.get(b).stream()
                .filter(p -> p.start() >= from && p.end() <= to)
                .filter(p -> person ? p.isPerson() : p.entity().type() == EntityType.ORGANIZATION)
                .findFirst();
    }

    /**
     * Whom "hij", "de president" or "het Russische staatshoofd" stands for: a person with a role of that
     * nationality, else the last person reported as speaking, else the last with that role, else the
     * last person named.
     */
    private Optional<Speaker> referredTo(String phrase, int b, int offset) {
        List<String> words = List.of(phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        boolean pronoun = words.stream().limit(3).anyMatch(SpeechWords.PRONOUNS::contains);
        Optional<String> roleNoun = words.stream().filter(SpeechWords.ROLE_NOUNS::contains).findFirst();
        if (!pronoun && roleNoun.isEmpty()) return Optional.empty();
        List<Placed> people = mentions.stream().filter(p -> p.isPerson() && p.before(b, offset)).toList();
        List<Placed> speakers = sources.stream().filter(p -> p.isPerson() && p.before(b, offset + 1)).toList();
        Optional<String> stem = nationalityStem(phrase);
        if (stem.isPresent()) {
            List<Speaker> ofNationality = people.stream().map(Placed::entity)
                    .filter(e -> e.roles().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).startsWith(stem.get()))).toList();
            Optional<Speaker> lastSpeaker = last(speakers).map(Placed::entity).filter(ofNationality::contains);
            if (lastSpeaker.isPresent()) return lastSpeaker;
            if (!ofNationality.isEmpty()) return Optional.of(ofNationality.get(ofNationality.size() - 1));
        }
        Optional<Placed> lastSpeaker = last(speakers);
        if (lastSpeaker.isPresent()) return lastSpeaker.map(Placed::entity);
        if (roleNoun.isPresent()) {
            List<Placed> withRole = people.stream()
                    .filter(p -> p.entity().roles().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(roleNoun.get()))).toList();
            if (!withRole.isEmpty()) return last(withRole).map(Placed::entity);
        }
        return last(people).map(Placed::entity);
    }

    /** The first four letters of a capitalised adjective in the phrase ("Russische" gives "russ"). */
    private static Optional<String> nationalityStem(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.length() >= 5 && Character.isUpperCase(w.charAt(0))) return Optional.of(w.substring(0, 4).toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    private static Optional<Placed> last(List<Placed> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    /** The inside of each quotation, between its marks: stops there end no sentence of the block. */
    private static List<TextRange> insides(List<QuotedSpan> quotes) {
        return quotes.stream().map(q -> new TextRange(q.open() + 1, q.close())).toList();
    }
}
