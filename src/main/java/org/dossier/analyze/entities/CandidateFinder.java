package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds runs of capitalised words that may be names: joins the words of one name (with "van der" in
 * a person's name, "voor" and "en" in an organisation's), drops sentence-initial words that nothing
 * marks as names, and splits runs at roles (Russian President | Boris Yeltsin) and at given names
 * (Volksgezondheid | Magda Aelvoet).
 */
final class CandidateFinder {
    private static final List<List<String>> PARTICLES = List.of(
            List.of("van", "der"), List.of("van", "den"), List.of("van", "de"), List.of("von", "der"),
            List.of("de", "la"), List.of("van", "'t"), List.of("van"), List.of("von"), List.of("de"),
            List.of("der"), List.of("den"), List.of("ter"), List.of("ten"), List.of("di"), List.of("da"),
            List.of("du"), List.of("le"), List.of("la"), List.of("del"), List.of("della"), List.of("dos"),
            List.of("das"), List.of("do"), List.of("bin"), List.of("ibn"), List.of("al"), List.of("el"));
    private static final Set<String> CAPITAL_PARTICLES = Set.of("de", "van", "den", "der", "ter", "ten",
            "vande", "vanden", "vander", "le", "la", "di", "da", "du", "del", "von", "'t", "d'");
    private static final Set<String> ORGANISATION_CONNECTORS = Set.of("van", "voor", "en", "in", "of", "for",
            "and", "the", "de", "het", "der", "des", "du", "op", "on", "'t");
    /** Roles that, capitalised inside a run, may as well be part of a company's name (General Motors). */
    private static final Set<String> WEAK_CAPITAL_ROLES = Set.of("general", "major", "chief", "executive",
            "director", "father", "lord", "lady", "justice", "secretary", "representative", "manager", "player",
            "captain", "commander", "judge", "founder", "doctor", "king", "queen", "prince", "sir", "dame",
            "vader", "moeder", "zoon", "broer", "zus", "dochter", "meester", "heer", "baas", "speler", "collega");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "okt", "nov", "dec");
    /** The longest run of words taken as one name; "Organisatie voor Veiligheid en Samenwerking in Europa" is 7. */
    static final int MAX_NAME_TOKENS = 16;
    static final Set<String> QUOTES = Set.of("'", "\"", "“", "”", "‘", "’", "„", "«", "»");

    private final List<Token> tokens;
    private final String text;
    private final Gazetteers gazetteers;
    private final Lexicon lexicon;
    private final CollectionEvidence evidence;
    private final boolean[] shouting;
    private final boolean dutch;
    /**
     * {@link #knownEnd} of each token once worked out, else {@link #UNKNOWN}: the rules ask it of the same
     * token several times, and each asking looks up to eight spans up in the gazetteers.
     */
    private final int[] knownEnds;
    private static final int UNKNOWN = -2;

    private CandidateFinder(List<Token> tokens, String text, String language, Gazetteers gazetteers, CollectionEvidence evidence) {
        this.tokens = tokens;
        this.dutch = language.equals("nl");
        this.text = text;
        this.gazetteers = gazetteers;
        this.lexicon = gazetteers.lexicon();
        this.evidence = evidence;
        this.shouting = shoutingSentences(tokens);
        this.knownEnds = new int[tokens.size()];
        java.util.Arrays.fill(knownEnds, UNKNOWN);
    }

    static List<Candidate> find(List<Token> tokens, String text, String language, Gazetteers gazetteers, CollectionEvidence evidence) {
        return new CandidateFinder(tokens, text, language, gazetteers, evidence).find();
    }

    private List<Candidate> find() {
        List<Candidate> candidates = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameToken(i)) { i++; continue; }
            int j = extend(i);
            if (j - i + 1 >= MAX_NAME_TOKENS) {
                // A run this long is a list or a heading in capitals, not a name; weighing each of its words
                // against the rest of the run would take time that grows with the square of its length.
                while (j + 1 < tokens.size() && isNameToken(j + 1)) j++;
                i = j + 1;
                continue;
            }
            if (isQuoted(i, j)) {
                candidates.add(new Candidate(i, j, Optional.empty()));
                i = j + 1;
                continue;
            }
            if (isSentenceInitialCommonWord(i)) { i++; continue; }
            candidates.addAll(clean(i, j));
            i = j + 1;
        }
        return candidates;
    }

    /** Capitalised words in a sentence of capitals (a wire headline) say nothing; gazetteer names still count. */
    private static boolean[] shoutingSentences(List<Token> tokens) {
        boolean[] result = new boolean[tokens.size()];
        int start = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).sentenceStart()) {
                int words = 0;
                int caps = 0;
                for (int k = start; k < i; k++) {
                    Token t = tokens.get(k);
                    if (t.isWord() && t.text().length() > 1) {
                        words++;
                        if (t.isAllCaps()) caps++;
                    }
                }
                boolean shout = words >= 3 && caps * 10 >= words * 6;
                for (int k = start; k < i; k++) result[k] = shout;
                start = i;
            }
        }
        return result;
    }

    private boolean isNameToken(int i) {
        if (i >= tokens.size()) return false;
        Token t = tokens.get(i);
        if (!t.isCapitalized()) return false;
        // "Jan 31", "Feb 2": an English month, not the Dutch given name.
        if (MONTHS.contains(t.lower()) && i + 1 < tokens.size() && tokens.get(i + 1).kind() == Token.Kind.NUMBER) return false;
        // "Aug/Sept", "Sept/Nov Lower Mississippi River": months of a delivery in commodity reports.
        if (MONTHS.contains(t.lower()) && (i + 1 < tokens.size() && tokens.get(i + 1).is("/") || i > 0 && tokens.get(i - 1).is("/"))) return false;
        return !shouting[i] || knownEnd(i) >= 0;
    }

    private int extend(int i) {
        int j = Math.max(i, knownEnd(i));
        while (j - i + 1 < MAX_NAME_TOKENS) {
            int next = j + 1;
            if (next >= tokens.size()) break;
            if (isNameToken(next) && !tokens.get(next).sentenceStart()) {
                j = Math.max(next, knownEnd(next));
                continue;
            }
            int connector = connectorLength(i, j, next);
            if (connector > 0) {
                j = next + connector;
                continue;
            }
            break;
        }
        return j;
    }

    /** The number of connecting words at {@code at} that continue the name {@code first..last}; 0 if none. */
    private int connectorLength(int first, int last, int at) {
        Token t = tokens.get(at);
        if (t.is("&") && continuesName(at + 1)) return 1;
        // "Pieter van den Hoogenband", "President Richard von Weizsaecker": particles after a given name.
        // A capital "Van" in mid-sentence opens a surname of its own: "zei Van den Berg".
        boolean particleOpens = last == first && tokens.get(first).isCapitalized() && !tokens.get(first).sentenceStart()
                && SurnameParticles.opensSurname(tokens.get(first).text());
        if (isGivenNamesOnly(last, last) || CAPITAL_PARTICLES.contains(tokens.get(last).lower()) && (last > first || particleOpens)) {
            for (List<String> particle : PARTICLES) {
                if (matchesWords(at, particle) && continuesName(at + particle.size())) return particle.size();
            }
        }
        // Names that open with their organisation word (Organisatie voor Veiligheid en Samenwerking in
        // Europa, Bank of England) run on over small words; "in" and "en" only once the name is long.
        if (opensWithHead(first)) {
            for (int n = 1; n <= 2; n++) {
                if (!allOrganisationConnectors(at, n) || !continuesName(at + n)) continue;
                String word = tokens.get(at).text();
                boolean late = word.equals("en") || word.equals("and") || word.equals("in") || word.equals("op") || word.equals("on");
                if (late && !hasConnector(first, last)) return 0;
                return n;
            }
        }
        return 0;
    }

    private boolean hasConnector(int first, int last) {
        for (int k = first; k <= last; k++) {
            if (tokens.get(k).isLowerCase()) return true;
        }
        return false;
    }

    private boolean continuesName(int i) {
        return isNameToken(i) && !tokens.get(i).sentenceStart();
    }

    private boolean matchesWords(int at, List<String> words) {
        if (at + words.size() > tokens.size()) return false;
        for (int k = 0; k < words.size(); k++) {
            Token t = tokens.get(at + k);
            if (!t.isWord() || !t.text().equals(words.get(k))) return false;
        }
        return true;
    }

    private boolean allOrganisationConnectors(int at, int n) {
        if (at + n > tokens.size()) return false;
        for (int k = at; k < at + n; k++) {
            Token t = tokens.get(k);
            if (!t.isLowerCase() || !ORGANISATION_CONNECTORS.contains(t.text())) return false;
        }
        return true;
    }

    private boolean isGivenNamesOnly(int first, int last) {
        for (int k = first; k <= last; k++) {
            String w = tokens.get(k).text();
            if (!gazetteers.isFirstName(w) && !INITIALS.matcher(w).matches()) return false;
        }
        return true;
    }

    /**
     * A name that opens with an organisation or event word, perhaps after an adjective: Organisatie
     * voor ..., Vlaamse Vereniging voor ..., Ronde van Frankrijk.
     */
    private boolean opensWithHead(int first) {
        if (isCommonWordAtStart(first) && first + 1 < tokens.size()) first++;
        String w = tokens.get(first).text();
        if (lexicon.isOrganisationWord(w) || lexicon.isEventWord(w)) return true;
        if (first + 1 >= tokens.size() || !tokens.get(first + 1).isCapitalized()) return false;
        boolean adjective = w.endsWith("e") || Nationality.isAdjective(w, gazetteers);
        return adjective && lexicon.isOrganisationWord(tokens.get(first + 1).text());
    }

    /** A run of capitalised words that is all a quotation holds: a title ("' De Strafschop '"). */
    boolean isQuoted(int first, int last) {
        if (first == 0 || last + 1 >= tokens.size()) return false;
        return QUOTES.contains(tokens.get(first - 1).text()) && QUOTES.contains(tokens.get(last + 1).text());
    }

    private boolean isCommonWordAtStart(int i) {
        Token t = tokens.get(i);
        return t.sentenceStart() && lexicon.isCommonWord(t.text());
    }

    /** "De", "Volgens", "Donderdagavond" opening a sentence: never part of a name. */
    private boolean isSentenceInitialCommonWord(int i) {
        Token t = tokens.get(i);
        if (CAPITAL_PARTICLES.contains(t.lower()) && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized()) return false;
        return t.sentenceStart() && !t.isAllCaps() && lexicon.isCommonWord(t.text()) && knownEnd(i) < 0;
    }

    /** "GP Formule 1", "Grote Prijs Formule 1": a race's name, number and all. */
    private boolean hasEventWord(int first, int last) {
        for (int k = first; k <= last; k++) {
            if (lexicon.isEventWord(tokens.get(k).text())) return true;
        }
        return false;
    }

    private boolean hasOrganisationWord(int first, int last) {
        for (int k = first; k <= last; k++) {
            if (lexicon.isOrganisationWord(tokens.get(k).text())) return true;
        }
        return false;
    }

    /** The last token of the longest gazetteer name that starts at {@code i}, or -1. */
    int knownEnd(int i) {
        if (knownEnds[i] == UNKNOWN) knownEnds[i] = longestKnownFrom(i);
        return knownEnds[i];
    }

    private int longestKnownFrom(int i) {
        Token first = tokens.get(i);
        if (!first.isWord()) return -1;
        int max = gazetteers.startsLongName(first.text()) ? Math.min(tokens.size() - 1, i + 7) : i;
        for (int j = max; j >= i; j--) {
            Token last = tokens.get(j);
            if (!last.isWord()) continue;
            if (!gazetteers.lookup(text.substring(first.start(), last.end())).isEmpty()) return j;
        }
        return -1;
    }

    /** Drops what is not part of a name at the run's start and splits it at roles and given names. */
    private List<Candidate> clean(int first, int last) {
        // "VLD-voorzitter Mark Eyskens", "Abba-zangeres Agnetha Fältskog": a word made of a name and a
        // common noun stands before the person's name, as a name of its own.
        if (first < last && isNameAndNoun(tokens.get(first).text()) && gazetteers.isFirstName(tokens.get(first + 1).text())) {
            List<Candidate> parts = new ArrayList<>();
            parts.add(new Candidate(first, first, Optional.empty()));
            parts.addAll(clean(first + 1, last));
            return parts;
        }
        int i = first;
        int optional = -1;
        if (tokens.get(i).sentenceStart() && !keepAtSentenceStart(i, last)) {
            Token dropped = tokens.get(i);
            boolean particle = CAPITAL_PARTICLES.contains(dropped.lower());
            if (particle || !lexicon.isCommonWord(dropped.text()) && !evidence.seenInLowerCase(dropped.text())) optional = i;
            i++;
        }
        while (i <= last && i < last && isLeadingFunctionWord(i)) i++;
        if (i > last) return List.of();
        if (optional >= 0 && optional == i - 1) return withOptionalFirst(clean(i, last), i, optional);
        // "Pitstop Live Kanaal 2", "Stardust Ned 3": the word before a channel's number is the channel's
        // name, whatever title runs into it in a listing.
        if (first < last && last + 1 < tokens.size() && isChannelNumber(tokens, last + 1) && !tokens.get(last).isAllCaps() && knownEnd(first) < last
                && !hasEventWord(first, last)) {
            List<Candidate> parts = new ArrayList<>(clean(first, last - 1));
            parts.add(new Candidate(last, last, Optional.empty()));
            return parts;
        }
        // "minister van Toerisme Renaat Landuyt", "staatssecretaris voor Buitenlandse Handel Pierre
        // Chevalier": the department is one word, or two after an adjective; the minister's name follows.
        if (followsMinisterOf(tokens, i)) {
            int department = i + (isInflectedAdjective(tokens.get(i).lower()) && i < last && !gazetteers.isFirstName(tokens.get(i + 1).text()) ? 1 : 0);
            if (department < last) {
                List<Candidate> parts = new ArrayList<>();
                parts.add(new Candidate(i, department, Optional.empty()));
                String role = text.substring(tokens.get(i - 2).start(), tokens.get(department).end());
                parts.addAll(splitAtGivenNames(department + 1, last, Optional.of(role)));
                return parts;
            }
        }
        // "het Britse Invensys", "de Dendermondse VLD": the adjective is a name of its own.
        // English leaves the adjective in the name (American Express, British Petroleum).
        if (i < last && knownEnd(i) < last && Nationality.isAdjective(tokens.get(i).text(), gazetteers)
                && !isSpelledOutAfter(i, last)
                && (dutch || isInflected(tokens.get(i).text()))
                && !gazetteers.isFirstName(tokens.get(i).text()) && !hasOrganisationWord(i + 1, last)) {
            List<Candidate> parts = new ArrayList<>();
            parts.add(new Candidate(i, i, Optional.empty()));
            parts.addAll(clean(i + 1, last));
            return parts;
        }
        // A name known whole keeps a role word that is part of it (Princess Lock, Prince Edward Island).
        for (int k = i; k < last && knownEnd(i) < last; k++) {
            int role = roleLengthAt(k, last);
            if (role > 0 && roleApplies(k, role, last, k > i)) {
                List<Candidate> parts = new ArrayList<>();
                if (k > i) splitAtGivenNames(i, k - 1, roleBefore(i)).forEach(part -> parts.add(part.asBeforeRole()));
                parts.addAll(splitAtGivenNames(k + role, last, Optional.of(roleText(k, role))));
                return parts;
            }
        }
        return splitAtGivenNames(i, last, roleBefore(i));
    }

    /** "Radio 1", "Kanaal 2", "BBC 2": one digit after a one-word name numbers a channel, not a score ("Smit 6 - 3"). */
    static boolean isChannelNumber(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.NUMBER || t.text().length() != 1 || t.text().equals("0")) return false;
        if (i + 1 >= tokens.size()) return true;
        Token after = tokens.get(i + 1);
        return !after.is("-") && !after.is("--") && !after.is("/") && !after.is(",") && !after.is("(") && !after.is("x");
    }

    /** Buitenlandse, Sociale, Ruimtelijke, Openbare: a Dutch adjective before its noun (not Justitie, Toerisme). */
    private static boolean isInflectedAdjective(String word) {
        return word.endsWith("se") || word.endsWith("le") || word.endsWith("ke") || word.endsWith("re") || word.endsWith("ge");
    }

    /** Whether token {@code i} opens the name of a department after "minister van", "ministerie voor". */
    static boolean followsMinisterOf(List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i - 1).is("van") && !tokens.get(i - 1).is("voor")) return false;
        String head = tokens.get(i - 2).lower();
        // "gewestminister", "oud-minister", "deelstaatminister" head a department as "minister" does.
        return head.endsWith("minister") || head.equals("ministerie") || head.equals("staatssecretaris")
                || head.equals("departement") || head.equals("schepen");
    }

    /** A compound of a name and a common noun: VLD-voorzitter, Abba-zangeres. */
    private static boolean isNameAndNoun(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && hyphen < word.length() - 1 && Character.isLowerCase(word.charAt(hyphen + 1));
    }

    /** "Nederlandse Spoorwegen (NS)": the abbreviation in brackets spells the whole run, adjective and all. */
    private boolean isSpelledOutAfter(int first, int last) {
        if (last + 3 >= tokens.size() || !tokens.get(last + 1).is("(") || !tokens.get(last + 3).is(")")) return false;
        return Acronyms.matches(tokens.get(last + 2).text(), text.substring(tokens.get(first).start(), tokens.get(last).end()));
    }

    /** Dutch adjectives before a noun end in -e (Britse, Spaanse, Amerikaanse); English ones do not. */
    private static boolean isInflected(String adjective) {
        return adjective.endsWith("e") && !adjective.endsWith("ese");
    }

    private static List<Candidate> withOptionalFirst(List<Candidate> parts, int start, int optional) {
        List<Candidate> result = new ArrayList<>();
        for (Candidate c : parts) {
            result.add(c.first() == start ? new Candidate(c.first(), c.last(), c.role(), optional, c.beforeRole()) : c);
        }
        return result;
    }

    private boolean isLeadingFunctionWord(int i) {
        Token t = tokens.get(i);
        // "de krant The Times", "in The New York Times": in Dutch text a capitalised English article in
        // mid-sentence opens a title; English prose writes it in lower case unless it opens the sentence.
        if (dutch && t.text().equals("The") && !t.sentenceStart()) return false;
        return lexicon.isCommonWord(t.text()) && !CAPITAL_PARTICLES.contains(t.lower()) && !t.isAllCaps();
    }

    private boolean keepAtSentenceStart(int i, int last) {
        Token t = tokens.get(i);
        String w = t.text();
        int known = knownEnd(i);
        if (known > i) return true;
        if (lexicon.isCommonWord(w)) return false;
        if (t.isAllCaps() && w.length() <= 6) return true;
        if (last == i && isFollowedByAgeOrCountry(i)) return true;
        if (known >= 0) return !evidence.seenInLowerCase(w);
        if (last > i && (gazetteers.isFirstName(w) || INITIALS.matcher(w).matches())) return true;
        if (evidence.seenInLowerCase(w)) return false;
        if (evidence.looksLikeName(w) || evidence.isPersonWord(w) || evidence.typeOf(w).isPresent()) return true;
        if (last > i && roleLengthAt(i, last) > 0) return true;
        return last > i && lexicon.isOrganisationWord(w);
    }

    /** "Plaza (Spa)", "Peeters (45)": a person's name in results and captions. */
    private boolean isFollowedByAgeOrCountry(int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i + 1).is("(")) return false;
        Token inside = tokens.get(i + 2);
        if (inside.kind() == Token.Kind.NUMBER) return inside.text().matches("\\d{1,3}");
        return inside.text().length() <= 3 && gazetteers.countryAbbreviations().contains(inside.text());
    }

    /** The length of a role that starts at {@code k} and ends before {@code last}. */
    private int roleLengthAt(int k, int last) {
        for (int n = Math.min(3, last - k); n >= 1; n--) {
            if (lexicon.roleBefore(tokens, k + n) == n) return n;
        }
        return 0;
    }

    private boolean roleApplies(int k, int length, int last, boolean wordsBefore) {
        int restStart = k + length;
        if (hasOrganisationWord(restStart, last)) return false;
        String rest = text.substring(tokens.get(restStart).start(), tokens.get(last).end());
        // A known place or company keeps a capitalised role word (Prins Hendrikkade); a known person, as
        // the editor's file lists people, still has the role before the name (Mayor Pieter van Dam).
        if (gazetteers.best(rest).filter(known -> known.type() != org.dossier.model.EntityType.PERSON).isPresent()) return false;
        Token role = tokens.get(k);
        // "General Motors" is no general; "Treasury Secretary Baker" and "Secretary James Baker" are.
        if (role.isCapitalized() && WEAK_CAPITAL_ROLES.contains(role.lower()) && !wordsBefore) {
            String next = tokens.get(restStart).text();
            return gazetteers.isFirstName(next) || INITIALS.matcher(next).matches();
        }
        return true;
    }

    private String roleText(int k, int length) {
        return text.substring(tokens.get(k).start(), tokens.get(k + length - 1).end());
    }

    /** The role written just before token {@code i}, with an adjective of nationality before it. */
    private Optional<String> roleBefore(int i) {
        int n = lexicon.roleBefore(tokens, i);
        if (n == 0) return Optional.empty();
        int from = i - n;
        if (from > 0) {
            Token before = tokens.get(from - 1);
            if (before.isCapitalized() && !before.sentenceStart() && Nationality.isAdjective(before.text(), gazetteers)) from--;
        }
        return Optional.of(text.substring(tokens.get(from).start(), tokens.get(i - 1).end()));
    }

    private List<Candidate> splitAtGivenNames(int first, int last, Optional<String> role) {
        // A loop, not a recursion per split: a run of 30,000 capitalised words must not overflow the stack.
        List<Candidate> parts = new ArrayList<>();
        int start = first;
        Optional<String> startRole = role;
        int k = start + 1;
        while (k < last) {
            String w = tokens.get(k).text();
            String before = tokens.get(k - 1).text();
            if (gazetteers.isFirstName(w) && !gazetteers.isFirstName(before) && !INITIALS.matcher(before).matches()
                    && !CAPITAL_PARTICLES.contains(tokens.get(k - 1).lower()) && tokens.get(k + 1).isCapitalized()
                    && knownEnd(start) < k) {
                parts.add(new Candidate(start, k - 1, startRole));
                start = k;
                startRole = Optional.empty();
            }
            k++;
        }
        parts.add(new Candidate(start, last, startRole));
        return parts;
    }
}
