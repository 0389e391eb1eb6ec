package org.dossier.analyze.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the tense of the clause around a temporal expression from marker words, Dutch and English:
 * future ("zal", "staat gepland", "volgen", "will", "is scheduled") or past ("had", "zei", "heeft …
 * gesproken", "said"); where the clause has both, the marker nearest to the expression counts. The
 * clause is the stretch between punctuation and conjunctions around the expression. A marker near the
 * expression in its clause is strong evidence; one further off, or elsewhere in the sentence, only weak
 * ("X said it expects earnings for the quarter ending March 31": "said" does not date March 31).
 */
final class TenseReader {
    /** The tense, and whether a marker near the expression in its own clause showed it (strong) or not (weak). */
    record Reading(Tense tense, boolean local) {}

    /** How close, in characters, a clause's marker must stand to govern the expression rather than just colour it. */
    private static final int NEAR = 40;

    private record Marker(Tense tense, int gap) {}

    private static final Set<String> FUTURE = Set.of(
            "zal", "zullen", "zult", "gepland", "geplande", "volgt", "volgen", "komende", "aanstaande", "voorzien", "gaan",
            "will", "shall", "won't", "won’t", "scheduled", "planned", "upcoming", "would");

    private static final Set<String> PAST = Set.of(
            "had", "hadden", "was", "waren", "werd", "werden", "zei", "zeiden", "sprak", "spraken", "liet", "lieten", "gaf",
            "gaven", "kwam", "kwamen", "vond", "vonden", "stond", "stonden", "ging", "gingen", "belde", "belden", "meldde",
            "meldden", "maakte", "maakten", "vertelde", "vertelden", "verklaarde", "verklaarden", "waarschuwde",
            "waarschuwden", "benadrukte", "benadrukten", "besprak", "bespraken", "reageerde", "reageerden", "twitterde",
            "tweette", "stelde", "stelden", "noemde", "noemden", "kondigde", "kondigden", "besloot", "besloten",
            "bevestigde", "bevestigden", "ontmoette", "ontmoetten", "trof", "troffen", "overleed", "overleden", "stierf",
            "stierven", "vertrok", "vertrokken", "landde", "bezocht", "bezochten", "opende", "begon", "begonnen",
            "eindigde", "ondertekende", "ondertekenden", "tekende", "tekenden", "stemde", "stemden", "koos", "kozen",
            "won", "wonnen", "verloor", "verloren", "ontkende", "dreigde", "dreigden", "eiste", "eisten", "vroeg", "vroegen",
            "antwoordde", "herhaalde", "beloofde", "beloofden", "kreeg", "kregen", "bleef", "bleven", "hield", "hielden",
            "nam", "namen", "deed", "deden", "zag", "zagen", "viel", "vielen", "geleden", "gisteren", "gisteravond",
            "eergisteren", "afgelopen", "vorige", "vorig", "jongstleden",
            "said", "told", "were", "did", "announced", "reported", "agreed", "added", "rose", "fell", "gained", "lost",
            "signed", "called", "spoke", "talked", "made", "took", "gave", "came", "went", "left", "arrived", "visited",
            "died", "killed", "warned", "stressed", "urged", "asked", "confirmed", "denied", "declined", "approved",
            "rejected", "voted", "launched", "opened", "closed", "ended", "began", "started", "posted", "tweeted", "wrote",
            "issued", "released", "completed", "acquired", "bought", "sold", "paid", "received", "raised", "filed", "named",
            "elected", "appointed", "resigned", "decided", "discussed", "expressed", "declared", "accused", "attacked",
            "invaded", "earned", "reached", "showed", "saw", "found", "became", "returned", "ago", "yesterday", "last",
            "earlier", "previously", "recently", "hit", "struck", "shot", "fled", "fought", "flew", "threw", "broke",
            "stole", "sent", "spent", "built", "kept", "felt", "heard", "meant", "sought", "thought", "brought", "caught",
            "drove", "chose", "woke", "got", "injured", "arrested", "charged", "sentenced", "convicted", "crashed",
            "exploded", "erupted", "collapsed", "claimed", "blamed", "ordered", "sued", "banned", "dropped", "jumped",
            "surged", "climbed", "slipped", "plunged", "tumbled", "soared", "rallied", "offered", "passed", "failed",
            "survived", "occurred", "happened");

    private static final Set<String> DUTCH_AUXILIARIES = Set.of("heeft", "hebben", "hadden", "had", "is", "zijn", "was", "waren");
    private static final Set<String> ENGLISH_AUXILIARIES = Set.of("has", "have");
    private static final Set<String> DUTCH_PARTICIPLES = Set.of("overeengekomen", "besproken", "ontmoet", "verklaard",
            "bevestigd", "beloofd", "ontvangen", "benadrukt", "bereikt", "besloten");
    private static final Set<String> ENGLISH_PARTICIPLES = Set.of("been", "done", "made", "said", "held", "met", "taken",
            "given", "told", "sold", "paid", "won", "lost", "begun", "seen", "found");
    /** ge-…d/t/en, with a separable prefix or not; nouns and infinitives that look like it are left out. */
    private static final Pattern DUTCH_PARTICIPLE = Pattern.compile("(?:aan|af|op|uit|in|mee|toe|voor|na|om|door|bij|terug"
            + "|vast|weg|overeen)?ge(?!bied|ld|weld|zicht|wicht|vecht|recht|luid|dicht|ven$|lden$|loven$|bruiken$|beuren$"
            + "|nieten$|\\p{L}*heid$)\\p{L}{3,}(?:d|t|en)");

    /** Where a clause ends: punctuation, and conjunctions and relative pronouns that open a new one. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\[\\]“”\"—–]|(?<!\\p{L})(?:die|dat|waarin|waarop"
            + "|waarbij|wat|omdat|terwijl|nadat|voordat|toen|maar|en|which|that|who|where|while|after|before|but|and|when"
            + "|because)(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private record Word(String text, int start, int end) {}

    private TenseReader() {}

    /** The tense for an expression at {@code expression} inside {@code sentence} of {@code text}. */
    static Reading read(String text, TextRange sentence, TextRange expression) {
        List<Word> words = words(text, sentence);
        TextRange clause = clause(text, sentence, expression);
        Marker inClause = nearestMarker(words, clause, expression);
        if (inClause.tense() != Tense.PRESENT) return new Reading(inClause.tense(), inClause.gap() <= NEAR);
        return new Reading(nearestMarker(words, sentence, expression).tense(), false);
    }

    /**
     * The tense of the marker in {@code region} nearest to the expression; a future marker wins a tie.
     * "said on Thursday it would buy": "said" tells when Thursday was, "would" what comes after it.
     */
    private static Marker nearestMarker(List<Word> all, TextRange region, TextRange expression) {
        List<Word> words = all.stream().filter(w -> w.start() >= region.start() && w.end() <= region.end()).toList();
        int future = Integer.MAX_VALUE;
        int past = Integer.MAX_VALUE;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1).text() : "";
            if (isFuture(w.text(), next, i > 0 ? words.get(i - 1).text() : "")) future = Math.min(future, gap(w.start(), w.end(), expression));
            if (PAST.contains(w.text()) || (w.text().equals("took") && next.equals("place"))) past = Math.min(past, gap(w.start(), w.end(), expression));
            if (DUTCH_AUXILIARIES.contains(w.text())) {
                for (int j = i + 1; j < words.size(); j++) {
                    String p = words.get(j).text();
                    if (DUTCH_PARTICIPLES.contains(p) || DUTCH_PARTICIPLE.matcher(p).matches()) {
                        past = Math.min(past, gap(w.start(), words.get(j).end(), expression));
                        break;
                    }
                }
            }
            if (ENGLISH_AUXILIARIES.contains(w.text())) {
                for (int j = i + 1; j < Math.min(words.size(), i + 3); j++) {
                    String p = words.get(j).text();
                    if (ENGLISH_PARTICIPLES.contains(p) || (p.length() >= 5 && p.endsWith("ed"))) {
                        past = Math.min(past, gap(w.start(), words.get(j).end(), expression));
                        break;
                    }
                }
            }
        }
        if (future == Integer.MAX_VALUE && past == Integer.MAX_VALUE) return new Marker(Tense.PRESENT, Integer.MAX_VALUE);
        return future <= past ? new Marker(Tense.FUTURE, future) : new Marker(Tense.PAST, past);
    }

    private static boolean isFuture(String word, String next, String previous) {
        if (FUTURE.contains(word) || word.endsWith("'ll") || word.endsWith("’ll")) return true;
        return switch (word) {
            case "agenda" -> previous.equals("de");
            case "gaat" -> next.length() > 3 && next.endsWith("en");
            case "verwacht" -> previous.equals("wordt") || previous.equals("worden");
            case "plans", "plan", "intends", "intend", "expected", "expects", "set", "going" -> next.equals("to");
            case "due" -> previous.equals("is") || previous.equals("are") || next.equals("to");
            case "be" -> next.equals("held") && previous.equals("to");
            default -> false;
        };
    }

    private static int gap(int start, int end, TextRange expression) {
        if (end <= expression.start()) return expression.start() - end;
        if (start >= expression.end()) return start - expression.end();
        return 0;
    }

    private static List<Word> words(String text, TextRange region) {
        List<Word> words = new ArrayList<>();
        int i = region.start();
        while (i < region.end()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < region.end() && (Character.isLetter(text.charAt(j))
                    || ((text.charAt(j) == '\'' || text.charAt(j) == '’') && j + 1 < region.end() && Character.isLetter(text.charAt(j + 1))))) j++;
            words.add(new Word(text.substring(i, j).toLowerCase(Locale.ROOT), i, j));
            i = j;
        }
        return words;
    }

    /** The clause around the expression: breaks inside the expression itself ("9 en 10 januari") do not count. */
    static TextRange clause(String text, TextRange sentence, TextRange expression) {
        int start = sentence.start();
        int end = sentence.end();
        var m = CLAUSE_BREAK.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            if (m.end() <= expression.start()) start = Math.max(start, m.end());
            else if (m.start() >= expression.end()) {
                end = m.start();
                break;
            }
        }
        return new TextRange(start, Math.max(start, end));
    }
}
