package org.dossier.analyze.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.text.TextRange;

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
    private static final int NEAR = 80;
    /** A reporting verb dates the report, not what it reports, unless it stands right beside the date. */
    private static final int NEAR_REPORTING = 20;
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "added", "stated", "zei", "zeiden", "meldde",
            "meldden", "verklaarde", "aldus");

    private record Marker(Tense tense, int gap, boolean strong) {}

    private static final Set<String> FUTURE = Set.of(
            "zal", "zullen", "zult", "gepland", "geplande", "volgt", "volgen", "komende", "aanstaande", "voorzien",
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
            "moest", "moesten", "kon", "konden", "wilde", "wilden", "wou", "mocht", "mochten", "hoefde", "hoefden",
            "verging", "vergingen", "bracht", "brachten", "dacht", "dachten", "wist", "wisten", "zat", "zaten", "lag",
            "lagen", "liep", "liepen", "reed", "reden", "sloot", "sloten", "schreef", "schreven", "verscheen",
            "verschenen", "ontstond", "bereikte", "bereikten", "kocht", "kochten", "verkocht", "verkochten",
            "steeg", "stegen", "zonk", "klom", "klommen", "trok", "trokken", "schoot", "schoten", "sprong", "sprongen",
            "vloog", "vlogen", "bood", "boden", "verbood", "hing", "hingen", "wees", "wezen", "riep", "riepen", "sloeg",
            "sloegen", "vocht", "vochten", "zweeg", "dronk", "at", "aten", "droeg", "droegen", "sneuvelde", "vluchtte",
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

    private static final Set<String> DUTCH_AUXILIARIES = Set.of("heeft", "hebben", "heb", "hebt", "hadden", "had", "is",
            "zijn", "ben", "bent", "was", "waren");
    /** Forms of "hebben" that make a perfect with an infinitive for a participle: "heeft woensdag laten weten". */
    private static final Set<String> HAVE = Set.of("heeft", "hebben", "heb", "hebt", "had", "hadden");
    /** Verbs whose participle is their infinitive when another infinitive follows: "laten weten", "willen zeggen". */
    private static final Set<String> DOUBLE_INFINITIVES = Set.of("laten", "willen", "kunnen", "moeten", "mogen", "zien",
            "horen", "helpen", "durven", "blijven");
    /** be-, ver-, ont-, her-, er-: participles without ge- that only an auxiliary and the end of the clause tell apart. */
    private static final Pattern PREFIXED_PARTICIPLE = Pattern.compile("(?:be|ver|ont|her|er)\\p{L}{3,}(?:d|t|en)");
    /** Inflected adjectives and nouns ending in -de or -te that stand beside a date: "de laatste woensdag". */
    private static final Set<String> NOT_A_PAST_VERB = Set.of("laatste", "eerste", "tweede", "derde", "vierde", "vijfde",
            "zesde", "zevende", "achtste", "negende", "tiende", "volgende", "komende", "aanstaande", "gehele", "hele",
            "beide", "andere", "goede", "grote", "late", "vroegste", "beste", "zelfde", "dezelfde", "bepaalde",
            "verschillende", "lopende", "ronde", "gemeente", "ruimte", "hoogte", "liefde", "midde", "halverwege", "vorige");
    /** Infinitives and plural nouns in -rden, -lden and the like, which look like a plural weak past. */
    private static final Set<String> NOT_A_PLURAL_PAST = Set.of("worden", "woorden", "melden", "gelden", "velden",
            "beelden", "aarden", "paarden", "orden", "ordeden", "kaarten", "taarten", "poorten", "sporten", "soorten",
            "worsten", "kerken", "diensten");

    /** Words that may stand between a date and its verb without changing anything: "woensdag al werden". */
    private static final Set<String> FILLERS = Set.of("al", "nog", "pas", "reeds", "ook", "immers", "dan", "toen", "op", "nu",
            "on", "late", "early", "also", "only");
    /** Dutch "met" is "with"; English "met" is a past tense when an English word follows it. */
    private static final Set<String> ENGLISH_AFTER_MET = Set.of("the", "a", "an", "with", "his", "her", "their", "its", "him",
            "them", "officials", "reporters", "again", "for", "in", "on", "last", "yesterday", "today");
    /** English words in -ed beside a date that announce rather than report. */
    private static final Set<String> NOT_ENGLISH_PAST = Set.of("scheduled", "planned", "expected", "slated", "proposed",
            "anticipated", "intended", "projected", "forecasted", "estimated", "based", "related", "limited", "united");
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
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?<!\\d),|,(?!\\d)|[;:()\\[\\]“”\"—–]|(?<!\\p{L})(?:die|dat"
            + "|waarin|waarop|waarbij|wat|omdat|terwijl|nadat|voordat|toen|maar|which|that|who|where|while|after|before"
            + "|but|when|because)(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private record Word(String text, int start, int end) {}

    private TenseReader() {}

    /** The tense for an expression at {@code expression} inside {@code sentence} of {@code text}. */
    static Reading read(String text, TextRange sentence, TextRange expression) {
        List<Word> words = words(text, sentence);
        TextRange clause = clause(text, sentence, expression);
        Marker inClause = nearestMarker(words, clause, expression);
        if (inClause.tense() != Tense.PRESENT) return new Reading(inClause.tense(), inClause.strong());
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
        boolean pastReporting = false;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1).text() : "";
            String last = words.get(words.size() - 1).text();
            if (isFuture(w.text(), next, i > 0 ? words.get(i - 1).text() : "", last)) future = Math.min(future, gap(w.start(), w.end(), expression));
            String previous = i > 0 ? words.get(i - 1).text() : "";
            boolean passive = previous.equals("be") || previous.equals("being") || previous.equals("to");
            boolean englishMet = w.text().equals("met") && ENGLISH_AFTER_MET.contains(next);
            if ((PAST.contains(w.text()) && !passive) || englishMet || (w.text().equals("took") && next.equals("place"))) {
                int g = gap(w.start(), w.end(), expression);
                if (g < past || (g == past && !REPORTING.contains(w.text()))) pastReporting = REPORTING.contains(w.text());
                past = Math.min(past, g);
            }
            if (DUTCH_AUXILIARIES.contains(w.text())) {
                for (int j = i + 1; j < words.size(); j++) {
                    String p = words.get(j).text();
                    boolean clauseEnd = j == words.size() - 1;
                    boolean doubleInfinitive = HAVE.contains(w.text()) && DOUBLE_INFINITIVES.contains(p) && !clauseEnd
                            && words.get(j + 1).text().endsWith("en");
                    if (DUTCH_PARTICIPLES.contains(p) || DUTCH_PARTICIPLE.matcher(p).matches() || doubleInfinitive
                            || (clauseEnd && PREFIXED_PARTICIPLE.matcher(p).matches() && !words.get(j - 1).text().equals("te"))) {
                        int g = gap(w.start(), words.get(j).end(), expression);
                        if (g < past) pastReporting = false;
                        past = Math.min(past, g);
                        break;
                    }
                }
            }
            if (ENGLISH_AUXILIARIES.contains(w.text())) {
                for (int j = i + 1; j < Math.min(words.size(), i + 3); j++) {
                    String p = words.get(j).text();
                    if (ENGLISH_PARTICIPLES.contains(p) || (p.length() >= 5 && p.endsWith("ed"))) {
                        int g = gap(w.start(), words.get(j).end(), expression);
                        if (g < past) pastReporting = false;
                        past = Math.min(past, g);
                        break;
                    }
                }
            }
        }
        for (Word w : besideExpression(words, expression)) {
            if (isDutchSimplePast(w) || isEnglishRegularPast(w)) {
                int g = gap(w.start(), w.end(), expression);
                if (g < past) pastReporting = false;
                past = Math.min(past, g);
            }
        }
        if (future == Integer.MAX_VALUE && past == Integer.MAX_VALUE) return new Marker(Tense.PRESENT, Integer.MAX_VALUE, false);
        if (future <= past) return new Marker(Tense.FUTURE, future, future <= NEAR);
        return new Marker(Tense.PAST, past, past <= (pastReporting ? NEAR_REPORTING : NEAR));
    }

    /** The words just before and just after the expression, looking past fillers such as "al" and "nog". */
    private static List<Word> besideExpression(List<Word> words, TextRange expression) {
        List<Word> beside = new ArrayList<>();
        for (int i = words.size() - 1; i >= 0; i--) {
            Word w = words.get(i);
            if (w.end() > expression.start()) continue;
            if (!FILLERS.contains(w.text())) {
                beside.add(w);
                break;
            }
        }
        for (Word w : words) {
            if (w.start() < expression.end()) continue;
            if (!FILLERS.contains(w.text())) {
                beside.add(w);
                break;
            }
        }
        return beside;
    }

    /**
     * A Dutch weak past, which no list can hold, beside the date: -de or -te ("probeerde", "werkte"), or
     * -den or -ten after a consonant ("voerden", "werkten"), leaving out the infinitives and plurals that
     * end alike ("houden" after a vowel, "vinden", "kosten", "zitten", "tijden", "berichten", "worden").
     */
    private static boolean isDutchSimplePast(Word w) {
        String t = w.text();
        if (t.length() >= 5 && (t.endsWith("de") || t.endsWith("te"))) {
            return !NOT_A_PAST_VERB.contains(t) && !t.endsWith("ste") && !t.endsWith("ende");
        }
        if (t.length() >= 6 && (t.endsWith("den") || t.endsWith("ten")) && !NOT_A_PLURAL_PAST.contains(t)) {
            char c = t.charAt(t.length() - 4);
            return "bcdfgklmprvwxz".indexOf(c) >= 0 && !t.endsWith("chten");
        }
        return false;
    }

    /** Particles that end a clause with "gaan": "gaan woensdag open", "gaat op 1 juli in". */
    private static final Set<String> GO_PARTICLES = Set.of("open", "dicht", "door", "in", "uit", "los", "af", "mee", "verder");

    /** An English regular past beside the date ("the attack mounted on Monday"), not one that announces. */
    private static boolean isEnglishRegularPast(Word w) {
        String t = w.text();
        return t.length() >= 5 && t.endsWith("ed") && !NOT_ENGLISH_PAST.contains(t) && !t.endsWith("eed");
    }

    private static boolean isFuture(String word, String next, String previous, String lastOfRegion) {
        if (FUTURE.contains(word) || word.endsWith("'ll") || word.endsWith("’ll")) return true;
        return switch (word) {
            case "agenda" -> previous.equals("de");
            case "gaat", "gaan" -> (next.length() > 3 && next.endsWith("en")) || GO_PARTICLES.contains(lastOfRegion);
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
