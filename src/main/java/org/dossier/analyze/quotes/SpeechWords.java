package org.dossier.analyze.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Dutch and English words that attribute speech, and the nouns and pronouns that stand for a speaker. */
final class SpeechWords {
    /**
     * Dutch verbs (and set phrases) that attribute speech: past and present of saying, and the manner of
     * it (riep, fluisterde), its kind (beloofde, vroeg) and its writing (schreef, tweette).
     */
    private static final List<String> DUTCH = List.of(
            "zei", "zegt", "zeggen", "zeiden", "verklaarde", "verklaart", "verklaarden", "besloot", "benadrukte", "benadrukt",
            "stelde", "stelt", "vertelde", "vertelt", "voegde", "schreef", "schrijft", "tweette", "twitterde", "meldde", "meldt",
            "antwoordde", "antwoordt", "reageerde", "reageert", "waarschuwde", "waarschuwt", "aldus",
            "riep", "roept", "riepen", "schreeuwde", "schreeuwt", "fluisterde", "fluistert", "mompelde", "zuchtte", "lachte",
            "grapte", "beloofde", "belooft", "beloofden", "erkende", "erkent", "bevestigde",
            "bevestigt", "ontkende", "ontkent", "herhaalde", "concludeerde", "betoogde", "opperde", "beaamde", "sprak",
            "klonk\\s+het", "klinkt\\s+het", "luidde\\s+het", "luidt\\s+het");
    /** The same for English. */
    private static final List<String> ENGLISH = List.of(
            "said", "says", "told", "added", "stated", "wrote", "tweeted", "warned", "declared", "explained", "replied",
            "noted", "insisted", "shouted", "cried", "yelled", "whispered", "murmured", "sighed", "laughed", "joked",
            "promised", "promises", "vowed", "pledged", "admitted", "conceded", "confirmed", "denied",
            "repeated", "concluded", "argued", "claimed", "exclaimed", "responded", "recalled", "according\\s+to");
    /**
     * Verbs of asking, Dutch and English: they attribute the quote they follow ("…?", vroeg Eva), but before
     * a quote the one asked is as likely to speak ("When asked about “…”, the minister …").
     */
    private static final List<String> QUESTIONS = List.of("vroeg", "vraagt", "vroegen", "asked", "asks");
    private static final String VERBS = String.join("|", DUTCH) + "|" + String.join("|", ENGLISH);
    private static final String ATTRIBUTING = VERBS + "|" + String.join("|", QUESTIONS);

    /**
     * After the closing mark: ", zei president Zelenski", ", aldus de verklaring van het Witte Huis", and
     * under a block quote "— dat beloofde burgemeester Van Dam".
     */
    static final Pattern VERB_AFTER = Pattern.compile(
            "^[\\s,:;—–-]*(?:zo\\s+|so\\s+|dat\\s+|dit\\s+)?(?:" + ATTRIBUTING + ")\\b(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** After the closing mark, the speaker first: ", Biden said.", ", Bakker shouted." */
    static final Pattern NAME_THEN_VERB = Pattern.compile(
            "^[\\s,]*(.{1,80}?)\\s+(?:" + ATTRIBUTING + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** A line that signs what stands above it: "— Tom Bakker", "– dat beloofde de burgemeester". */
    static final Pattern SIGNATURE = Pattern.compile("^\\s*[—–-]\\s*\\S");

    /** Words and phrases that report speech before a quote, besides the verbs. */
    private static final List<String> OTHER_CUES = List.of("zeggen", "noemde", "noemt", "liet\\s+(?:\\S+\\s+){0,4}weten",
            "laat\\s+(?:\\S+\\s+){0,4}weten", "gaf\\s+(?:\\S+\\s+){0,6}aan", "geeft\\s+(?:\\S+\\s+){0,6}aan", "volgens", "called", "calls");

    /** A sentence that reports speech before its quote: "Poetin liet weten dat hij “tevreden” was". */
    static final Pattern CUE_BEFORE = Pattern.compile(
            "\\b(?:" + VERBS + "|" + String.join("|", OTHER_CUES) + ")\\b|:\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** The first word of each cue of {@link #CUE_BEFORE}, lower-cased. */
    private static final Set<String> CUE_FIRST_WORDS = firstWords(DUTCH, ENGLISH, OTHER_CUES);

    /** "Volgens Zelenski …", "according to Biden …": the name after it is the source. */
    static final Pattern ACCORDING_TO = Pattern.compile("\\b(?:volgens|according\\s+to)\\s+", Pattern.CASE_INSENSITIVE);

    /** Words in the attribution that lead up to the speaker and are not part of it. */
    static final Pattern LEAD_IN = Pattern.compile("^\\s*(?:het\\s+|er\\s+)?(?:bij|in|uit|van|door|from|by)?\\s*", Pattern.CASE_INSENSITIVE);

    static final Set<String> PRONOUNS = Set.of("hij", "zij", "ze", "he", "she");

    static final Set<String> ROLE_NOUNS = Set.of("president", "premier", "minister", "staatshoofd", "kanselier",
            "leider", "woordvoerder", "woordvoerster", "voorzitter", "koning", "koningin", "paus", "burgemeester",
            "topman", "ceo", "spokesman", "spokeswoman", "leader", "chancellor", "chairman", "mayor", "king", "queen");

    private SpeechWords() {}

    /**
     * Whether {@code text} reports speech before a quote, as {@link #CUE_BEFORE} finds it. The pattern tries
     * each of its hundred cues at every word. Every cue but the colon opens with a word that stands whole in
     * the text (word boundaries on both sides, so no letter touches it): text with neither such a word nor a
     * colon is passed over without trying them.
     */
    static boolean cuesBefore(String text) {
        return mayCue(text) && CUE_BEFORE.matcher(text).find();
    }

    private static boolean mayCue(String text) {
        if (text.indexOf(':') >= 0) return true;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && Character.isLetter(text.charAt(j))) j++;
            if (CUE_FIRST_WORDS.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) return true;
            i = j;
        }
        return false;
    }

    /** Each cue up to its first escape ("klonk\\s+het" gives "klonk"): a word of letters. */
    @SafeVarargs
    private static Set<String> firstWords(List<String>... cueLists) {
        Set<String> words = new HashSet<>();
        for (List<String> cues : cueLists) {
            for (String cue : cues) {
                String word = cue.split("\\\\", 2)[0];
                if (!word.chars().allMatch(Character::isLetter)) throw new IllegalStateException("a cue must open with a word: " + cue);
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(words);
    }
}
