package org.dossier.analyze.quotes;

import java.util.Set;
import java.util.regex.Pattern;

/** Dutch and English words that attribute speech, and the nouns and pronouns that stand for a speaker. */
final class SpeechWords {
    private static final String VERBS = "zei|zegt|zeggen|zeiden|verklaarde|verklaart|verklaarden|besloot|benadrukte|benadrukt"
            + "|stelde|stelt|vertelde|vertelt|voegde|schreef|schrijft|tweette|twitterde|meldde|meldt|antwoordde|antwoordt"
            + "|reageerde|reageert|waarschuwde|waarschuwt|aldus|klonk\\s+het|klinkt\\s+het|luidde\\s+het|luidt\\s+het"
            + "|said|says|told|added|stated|wrote|tweeted|warned|declared|explained|replied|noted|insisted|according\\s+to";

    /** After the closing mark: ", zei president Zelenski", ", aldus de verklaring van het Witte Huis". */
    static final Pattern VERB_AFTER = Pattern.compile(
            "^[\\s,:;—–-]*(?:zo\\s+|so\\s+)?(?:" + VERBS + ")\\b(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** After the closing mark, the speaker first: ", Biden said." */
    static final Pattern NAME_THEN_VERB = Pattern.compile(
            "^[\\s,]*(.{1,80}?)\\s+(?:zei|zegt|said|says|told|added|wrote|verklaarde|schreef)\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

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
