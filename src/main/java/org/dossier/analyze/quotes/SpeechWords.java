package org.dossier.analyze.quotes;

import java.util.List;
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

    /** A sentence that reports speech before its quote: "Poetin liet weten dat hij “tevreden” was". */
    static final Pattern CUE_BEFORE = Pattern.compile(
            "\\b(?:" + VERBS + "|zeggen|noemde|noemt|liet\\s+(?:\\S+\\s+){0,4}weten|laat\\s+(?:\\S+\\s+){0,4}weten"
            + "|gaf\\s+(?:\\S+\\s+){0,6}aan|geeft\\s+(?:\\S+\\s+){0,6}aan|volgens|called|calls)\\b|:\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** "Volgens Zelenski …", "according to Biden …": the name after it is the source. */
    static final Pattern ACCORDING_TO = Pattern.compile("\\b(?:volgens|according\\s+to)\\s+", Pattern.CASE_INSENSITIVE);

    /** Words in the attribution that lead up to the speaker and are not part of it. */
    static final Pattern LEAD_IN = Pattern.compile("^\\s*(?:het\\s+|er\\s+)?(?:bij|in|uit|van|door|from|by)?\\s*", Pattern.CASE_INSENSITIVE);

    static final Set<String> PRONOUNS = Set.of("hij", "zij", "ze", "he", "she");

    static final Set<String> ROLE_NOUNS = Set.of("president", "premier", "minister", "staatshoofd", "kanselier",
            "leider", "woordvoerder", "woordvoerster", "voorzitter", "koning", "koningin", "paus", "burgemeester",
            "topman", "ceo", "spokesman", "spokeswoman", "leader", "chancellor", "chairman", "mayor", "king", "queen");

    private SpeechWords() {}
}
