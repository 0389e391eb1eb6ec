package org.dossier.analyze.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The closed word lists the rules read, all lower case: function words (never a name at the start of
 * a sentence), temporal words (days, months and compounds such as "donderdagavond"), roles and titles
 * before a person's name, words that make a name an organisation, and the cues of a place.
 */
public final class Lexicon {
    private final Set<String> functionWords;
    private final Set<String> temporalWords;
    private final Set<String> roles;
    private final Set<String> roleEnds;
    private final Set<String> organisationWords;
    private final Set<String> organisationSuffixes;
    private final Set<String> organisationNouns;
    private final Set<String> eventWords;
    private final Set<String> eventSuffixes;
    private final Set<String> placePrepositions;
    private final Set<String> placeNouns;
    private final Set<String> compassPrefixes;
    private final Set<String> placeSuffixes;
    private final Set<String> placeHeads;
    private final Set<String> abbreviations;

    public Lexicon(Set<String> functionWords, Set<String> temporalWords, Set<String> roles,
                   Set<String> organisationWords, Set<String> organisationSuffixes, Set<String> organisationNouns,
                   Set<String> eventWords, Set<String> eventSuffixes, Set<String> placePrepositions, Set<String> placeNouns,
                   Set<String> compassPrefixes, Set<String> placeSuffixes, Set<String> placeHeads, Set<String> abbreviations) {
        this.functionWords = Set.copyOf(functionWords);
        this.temporalWords = Set.copyOf(temporalWords);
        this.roles = Set.copyOf(roles);
        this.roleEnds = roles.stream().map(r -> r.substring(r.lastIndexOf(' ') + 1)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.organisationWords = Set.copyOf(organisationWords);
        this.organisationSuffixes = Set.copyOf(organisationSuffixes);
        this.organisationNouns = Set.copyOf(organisationNouns);
        this.eventWords = Set.copyOf(eventWords);
        this.eventSuffixes = Set.copyOf(eventSuffixes);
        this.placePrepositions = Set.copyOf(placePrepositions);
        this.placeNouns = Set.copyOf(placeNouns);
        this.compassPrefixes = Set.copyOf(compassPrefixes);
        this.placeSuffixes = Set.copyOf(placeSuffixes);
        this.placeHeads = Set.copyOf(placeHeads);
        this.abbreviations = Set.copyOf(abbreviations);
    }

    /** The names of the constructor's lists, in its order: the sections of the compiled gazetteers. */
    static final List<String> LISTS = List.of("functionWords", "temporalWords", "roles", "organisationWords",
            "organisationSuffixes", "organisationNouns", "eventWords", "eventSuffixes", "placePrepositions", "placeNouns",
            "compassPrefixes", "placeSuffixes", "placeHeads", "abbreviations");

    /** The constructor's lists, in its order (see {@link #LISTS}). */
    List<Set<String>> lists() {
        return List.of(functionWords, temporalWords, roles, organisationWords, organisationSuffixes, organisationNouns,
                eventWords, eventSuffixes, placePrepositions, placeNouns, compassPrefixes, placeSuffixes, placeHeads, abbreviations);
    }

    /** A lexicon of the lists {@link #lists()} gives, in that order. */
    static Lexicon of(List<Set<String>> lists) {
        if (lists.size() != LISTS.size()) throw new IllegalArgumentException("a lexicon has " + LISTS.size() + " lists, not " + lists.size());
        return new Lexicon(lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4), lists.get(5), lists.get(6),
                lists.get(7), lists.get(8), lists.get(9), lists.get(10), lists.get(11), lists.get(12), lists.get(13));
    }

    public Set<String> functionWords() { return functionWords; }
    public Set<String> temporalWords() { return temporalWords; }
    public Set<String> roles() { return roles; }
    public Set<String> organisationWords() { return organisationWords; }
    public Set<String> organisationNouns() { return organisationNouns; }
    public Set<String> eventWords() { return eventWords; }
    public Set<String> placePrepositions() { return placePrepositions; }
    public Set<String> placeNouns() { return placeNouns; }
    public Set<String> compassPrefixes() { return compassPrefixes; }
    public Set<String> abbreviations() { return abbreviations; }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    boolean isFunctionWord(String word) {
        return functionWords.contains(lower(word));
    }

    /** Not a name when capitalised at a sentence start: a function word or a day or month. */
    boolean isCommonWord(String word) {
        String w = lower(word);
        return functionWords.contains(w) || temporalWords.contains(w);
    }

    boolean isOrganisationWord(String word) {
        String w = lower(word);
        if (organisationWords.contains(w)) return true;
        int hyphen = w.lastIndexOf('-');
        if (hyphen > 0 && organisationWords.contains(w.substring(hyphen + 1))) return true;
        for (String suffix : organisationSuffixes) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) return true;
        }
        return false;
    }

    /** A compound that names a built or natural place: Erasmusbrug, Beursplein, Rijnkanaal. */
    boolean isPlaceCompound(String word) {
        String w = lower(word);
        // At least four letters before the end: Verlaan and Terdijk are surnames, Kerkstraat is a street.
        for (String suffix : placeSuffixes) {
            if (w.length() >= suffix.length() + 4 && w.endsWith(suffix) && w.indexOf('-') < 0) return true;
        }
        return false;
    }

    /** The head of a compound with a name, "-brug" in Hammersmith-brug, "-provincie" in Tigre-provincie: a place's noun. */
    boolean isPlaceNounOrEnd(String word) {
        String w = lower(word);
        if (placeNouns.contains(w)) return true;
        for (String suffix : placeSuffixes) {
            if (w.endsWith(suffix)) return true;
        }
        return false;
    }

    /** The last word of an English place name: Tower Bridge, Baker Street, Hudson River. */
    boolean isPlaceHead(String word) {
        return placeHeads.contains(lower(word));
    }

    /** A word that opens the name of an event (Ronde van Frankrijk, Grote Prijs van Wallonië). */
    boolean isEventWord(String word) {
        return eventWords.contains(lower(word));
    }

    /** A compound that names an event, prize or treaty (Nobelprijs, Rondetafelconferentie). */
    boolean isEventCompound(String word) {
        String w = lower(word);
        for (String suffix : eventSuffixes) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) return true;
        }
        return false;
    }

    /** A compound that ends in a role of six letters or more: gravelspeler, sportdirecteur, cocommentator. */
    private boolean isRoleCompound(String word) {
        for (int cut = 3; cut <= word.length() - 6; cut++) {
            String tail = word.substring(cut);
            if (roles.contains(tail)) return true;
            if (tail.startsWith("-") && roles.contains(tail.substring(1))) return true;
        }
        return false;
    }

    /**
     * A common noun that, right before a name, makes it an organisation's ("tuincentrum Floralux",
     * "zakenbank Morgan Stanley", "de ploeg Kelme"); compounds ending in such a noun count too.
     */
    boolean isOrganisationNoun(String word) {
        String w = lower(word);
        if (organisationNouns.contains(w)) return true;
        for (String noun : organisationNouns) {
            if (noun.length() >= 4 && w.length() > noun.length() + 2 && w.endsWith(noun)) return true;
        }
        return false;
    }

    /**
     * The number of tokens, ending just before {@code end}, that spell a role ("eerste minister",
     * "president"); 0 when none does. Longer roles win.
     */
    int roleBefore(List<Token> tokens, int end) {
        if (end < 1 || !tokens.get(end - 1).isWord()) return 0;
        Token lastToken = tokens.get(end - 1);
        String last = lastToken.lower();
        if (!roleEnds.contains(last)) {
            // A capitalised compound in mid-sentence is rather a surname (Vandermeester).
            boolean compoundMayBeRole = lastToken.isLowerCase() || lastToken.sentenceStart();
            return compoundMayBeRole && isRoleCompound(last) ? 1 : 0;
        }
        for (int n = 3; n >= 1; n--) {
            if (end - n < 0) continue;
            StringBuilder sb = new StringBuilder();
            boolean words = true;
            for (int i = end - n; i < end; i++) {
                Token t = tokens.get(i);
                if (!t.isWord()) { words = false; break; }
                if (sb.length() > 0) sb.append(' ');
                sb.append(t.lower());
            }
            if (words && roles.contains(sb.toString())) return n;
        }
        return 0;
    }
}
