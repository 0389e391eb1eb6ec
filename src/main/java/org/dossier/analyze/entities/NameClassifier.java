package org.dossier.analyze.entities;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.EntityType;

/**
 * Decides whether a candidate run is a name and of which type, from the strongest cue that applies:
 * the editor's file and gazetteers, nationality, a role before it, organisation words, a given name,
 * what stands around it, what the collection says, capitals; otherwise capitalisation alone.
 */
final class NameClassifier {
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");
    private static final Pattern AGE = Pattern.compile("\\d{1,3}");
    private static final Set<String> TITLE_ARTICLES = Set.of("de", "het", "een", "the");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern MEMBER_WORD = Pattern.compile(".+['’](?:er|ers|ster|sters)");
    private static final Set<String> SPEECH_AFTER = Set.of("zegt", "zei", "zeggen", "vertelt", "vertelde",
            "verklaart", "verklaarde", "benadrukt", "benadrukte", "reageert", "reageerde", "said", "says",
            "told", "added", "stated");
    /** Prepositions of place that point at people as often: "keek naar Marc", "a letter to Lincoln". */
    private static final Set<String> PERSON_PREPOSITIONS = Set.of("naar", "to", "from");
    private static final Set<String> SPEECH_BEFORE = Set.of("aldus", "zegt", "zei", "vertelt", "vertelde",
            "said", "says", "according");
    /** People's names take no article: "de Tour", "een Oscar", "zijn Rolex" are other names. */
    private static final Set<String> DETERMINERS = Set.of("de", "het", "een", "deze", "dit", "zijn", "haar",
            "hun", "onze", "mijn", "jouw", "uw", "the", "a", "an", "this", "his", "her", "their", "its", "our");

    private final List<Token> tokens;
    private final String text;
    private final String language;
    private final Gazetteers gazetteers;
    private final Lexicon lexicon;
    private final CollectionEvidence evidence;

    NameClassifier(List<Token> tokens, String text, String language, Gazetteers gazetteers, CollectionEvidence evidence) {
        this.tokens = tokens;
        this.language = language;
        this.text = text;
        this.gazetteers = gazetteers;
        this.lexicon = gazetteers.lexicon();
        this.evidence = evidence;
    }

    Optional<NameSpan> classify(Candidate c) {
        return classifyName(c).map(span -> withEdition(c, notAPersonWithArticle(c, span)));
    }

    /** "The Quiet Revolution", "The Flying Dewaele Brothers": a name that opens with an article is no person's. */
    private NameSpan notAPersonWithArticle(Candidate c, NameSpan span) {
        if (span.type() != EntityType.PERSON || !tokens.get(c.first()).text().equals("The") || span.start() != tokens.get(c.first()).start()) return span;
        return new NameSpan(span.start(), span.end(), span.text(), EntityType.OTHER, span.cue(), Optional.empty(), Optional.empty());
    }

    /**
     * "Euro 2000", "Antwerpen 1993", "Tour 2001": a name of a place, organisation or event with a year
     * right after it names that year's event or edition, a name of its own. A person's name with a
     * year ("Ariel Dorfman 2000") is a caption, and a year before a number or dash ("België 1900 - 1914")
     * opens a range.
     */
    private NameSpan withEdition(Candidate c, NameSpan span) {
        int next = c.last() + 1;
        if (next < tokens.size() && span.end() == tokens.get(c.last()).end() && isChannelNumber(next)
                && (c.isSingle() || span.type() == EntityType.ORGANIZATION) && span.type() != EntityType.PLACE
                && tokens.get(c.last()).text().chars().noneMatch(ch -> ch >= '0' && ch <= '9') && !tokens.get(c.last()).text().endsWith(".")) {
            // "Formule 1", "Europacup 2": an event's number keeps it an event.
            Token number = tokens.get(next);
            EntityType type = span.type() == EntityType.OTHER ? EntityType.OTHER : EntityType.ORGANIZATION;
            return new NameSpan(span.start(), number.end(), text.substring(span.start(), number.end()), type,
                    span.cue().isWeak() ? Cue.CONTEXT : span.cue(), Optional.empty(), Optional.empty());
        }
        if (span.type() == EntityType.PERSON || span.type() == EntityType.ORGANIZATION || span.cue().isWeak() || next >= tokens.size()) return span;
        // "Nov. 1985", "U.S. 1987", "GERMAN 1988" in a table or headline: no edition's name.
        Token lastWord = tokens.get(c.last());
        if (lastWord.text().endsWith(".") || lastWord.isAllCaps()) return span;
        Token year = tokens.get(next);
        if (year.kind() != Token.Kind.NUMBER || !YEAR.matcher(year.text()).matches() || span.end() != tokens.get(c.last()).end()) return span;
        if (next + 1 < tokens.size()) {
            Token after = tokens.get(next + 1);
            if (after.kind() == Token.Kind.NUMBER || after.is("-") || after.is("--") || after.is("/")) return span;
        }
        String surface = text.substring(span.start(), year.end());
        return new NameSpan(span.start(), year.end(), surface, EntityType.OTHER, span.cue(), Optional.empty(), Optional.empty());
    }

    private boolean isChannelNumber(int i) {
        return CandidateFinder.isChannelNumber(tokens, i);
    }

    private Optional<NameSpan> classifyName(Candidate c) {
        if (isSurnameAtSentenceStart(c)) {
            int start = tokens.get(c.optionalFirst()).start();
            int end = tokens.get(c.last()).start() + NameKey.withoutPossessive(tokens.get(c.last()).text()).length();
            return span(start, end, text.substring(start, end), EntityType.PERSON, Cue.CONTEXT, c.role(), Optional.empty());
        }
        Optional<NameSpan> span = classifyRun(c);
        if (span.map(s -> s.cue().isWeak()).orElse(true)) {
            Optional<NameSpan> line = nameAlone(c);
            if (line.isPresent()) return line;
        }
        if (c.beforeRole() && span.isPresent() && span.get().type() == EntityType.PERSON) return Optional.empty();
        if (c.optionalFirst() < 0 || span.isEmpty() || span.get().cue().isWeak()) return span;
        boolean person = span.get().type() == EntityType.PERSON && !isRoleBeforeGivenName(c);
        boolean company = span.get().type() == EntityType.ORGANIZATION && span.get().cue() == Cue.ORGANISATION_WORD
                && !lexicon.isCommonWord(tokens.get(c.optionalFirst()).text());
        if (!person && !company) return span;
        // A person's name at a sentence start keeps the given name or particle before it, and a
        // company's its first word ("Excelan Inc said").
        NameSpan s = span.get();
        int start = tokens.get(c.optionalFirst()).start();
        return Optional.of(new NameSpan(start, s.end(), text.substring(start, s.end()), s.type(), s.cue(), s.role(), s.key()));
    }

    private Optional<NameSpan> classifyRun(Candidate c) {
        Token first = tokens.get(c.first());
        Token last = tokens.get(c.last());
        int start = first.start();
        int end = last.start() + NameKey.withoutPossessive(last.text()).length();
        if (end <= start) return Optional.empty();
        String surface = text.substring(start, end);
        if (!isPossibleName(c, surface)) return Optional.empty();

        if (c.isSingle() && isCountryAbbreviationInBrackets(c)) {
            return span(start, end, surface, EntityType.PLACE, Cue.CONTEXT, Optional.empty(), Optional.empty());
        }
        Optional<KnownName> known = known(surface);
        if (known.isEmpty() && !c.isSingle()) {
            Optional<NameSpan> editors = catalogNameAtEnd(c, end);
            if (editors.isPresent()) return editors;
        }
        if (known.isEmpty() && isQuoted(c) && !startsWithGivenName(c)) {
            return span(start, end, surface, EntityType.OTHER, Cue.CONTEXT, Optional.empty(), Optional.empty());
        }
        if (known.isPresent()) {
            KnownName k = known.get();
            boolean weakGazetteer = k.source().compareTo(KnownName.Source.CLDR) > 0;
            if (!(weakGazetteer && (evidence.isPersonWord(surface) || c.role().isPresent()))) {
                Cue cue = k.source() == KnownName.Source.CATALOG ? Cue.CATALOG
                        : c.isSingle() && k.type() == EntityType.OTHER && Nationality.hasFormOfNationality(surface, gazetteers, language) ? Cue.NATIONALITY
                        : Cue.GAZETTEER;
                return span(start, end, surface, k.type(), cue, c.role(), Optional.of(k.key()));
            }
        }
        if (c.isSingle() && lexicon.isEventCompound(first.text()) && !first.isAllCaps()) {
            return span(start, end, surface, EntityType.OTHER, Cue.ORGANISATION_WORD, Optional.empty(), Optional.empty());
        }
        if (isDepartment(c)) return span(start, end, surface, EntityType.ORGANIZATION, Cue.CONTEXT, Optional.empty(), Optional.empty());
        if (c.isSingle() && isTeamInResults(c)) return span(start, end, surface, EntityType.ORGANIZATION, Cue.CONTEXT, Optional.empty(), Optional.empty());
        if (c.isSingle() && isDerived(first.text())) {
            // The noun decides what the compound names: KBC-groep, Rwanda-tribunaal are organisations,
            // Hammersmith-brug and Tigre-provincie places, VLD-voorzitter and NAVO-top neither.
            String head = first.text().substring(first.text().lastIndexOf('-') + 1);
            EntityType type = head.indexOf('\'') >= 0 || head.indexOf('’') >= 0 ? EntityType.OTHER
                    : lexicon.isOrganisationWord(head) ? EntityType.ORGANIZATION
                    : lexicon.isPlaceNounOrEnd(head) ? EntityType.PLACE : EntityType.OTHER;
            return span(start, end, surface, type, Cue.DERIVED, Optional.empty(), Optional.empty());
        }
        if (isNamedByPlaceWord(c) && !hasOrganisationWord(c)) {
            return span(start, end, surface, EntityType.PLACE, Cue.PLACE_WORD, Optional.empty(), Optional.empty());
        }
        if (c.isSingle() && isMatchOfTwoPlaces(first.text())) {
            return span(start, end, surface, EntityType.OTHER, Cue.CONTEXT, Optional.empty(), Optional.empty());
        }
        if (isCompassPlace(surface)) return span(start, end, surface, EntityType.PLACE, Cue.GAZETTEER, Optional.empty(), Optional.empty());
        // A word formed like one of nationality that the collection knows as a surname (Leo Bruns, pater
        // Bruns) or that follows a role is that person's.
        boolean surname = c.role().isPresent() || evidence.isPersonWord(surface);
        // "Bahamontes (Spa)", "Moldovan (Roe)": a country or an age in brackets follows a person in results.
        surname = surname || fromBrackets(c, surface).filter(t -> t == EntityType.PERSON).isPresent();
        if (c.isSingle() && Nationality.isAdjective(surface, gazetteers) && !(surname && gazetteers.best(surface).isEmpty())) {
            return span(start, end, surface, EntityType.OTHER, Cue.NATIONALITY, Optional.empty(), Optional.empty());
        }
        if (lexicon.isEventWord(first.text()) && !c.isSingle()) {
            return span(start, end, surface, EntityType.OTHER, Cue.ORGANISATION_WORD, Optional.empty(), Optional.empty());
        }
        boolean organisationWord = hasOrganisationWord(c);
        if (c.role().isPresent() && !organisationWord) return span(start, end, surface, EntityType.PERSON, Cue.ROLE, c.role(), Optional.empty());
        if (organisationWord) return span(start, end, surface, EntityType.ORGANIZATION, Cue.ORGANISATION_WORD, Optional.empty(), Optional.empty());
        if (isAfterOrganisationNoun(c)) return span(start, end, surface, EntityType.ORGANIZATION, Cue.CONTEXT, Optional.empty(), Optional.empty());
        if (!c.isSingle() && startsWithGivenName(c)) return span(start, end, surface, EntityType.PERSON, Cue.FIRST_NAME, Optional.empty(), Optional.empty());
        if (!c.isSingle() && opensWithSurnameParticle(c)) return span(start, end, surface, EntityType.PERSON, Cue.CONTEXT, Optional.empty(), Optional.empty());

        Optional<EntityType> bracketed = fromBrackets(c, surface);
        if (bracketed.isPresent()) return span(start, end, surface, bracketed.get(), Cue.CONTEXT, Optional.empty(), Optional.empty());

        if (!language.equals("nl") && !c.isSingle() && Nationality.isAdjective(first.text(), gazetteers) && !startsWithGivenName(c)) {
            // English "American Express", "Canadian Pacific": an adjective of nationality opens a company's name.
            return span(start, end, surface, EntityType.ORGANIZATION, Cue.CONTEXT, Optional.empty(), Optional.empty());
        }
        Optional<EntityType> collection = fromCollection(c, surface);
        if (collection.isPresent()) return span(start, end, surface, collection.get(), Cue.COLLECTION, Optional.empty(), Optional.empty());

        if (c.isSingle() && first.isAllCaps() && surface.length() <= 6) {
            return span(start, end, surface, EntityType.ORGANIZATION, Cue.ACRONYM, Optional.empty(), Optional.empty());
        }
        Optional<EntityType> context = fromContext(c);
        if (context.isPresent()) return span(start, end, surface, context.get(), Cue.CONTEXT, Optional.empty(), Optional.empty());
        if (c.isSingle() && startsWithGivenName(c)) return span(start, end, surface, EntityType.PERSON, Cue.FIRST_NAME, Optional.empty(), Optional.empty());
        if (first.sentenceStart()) return Optional.empty();
        return span(start, end, surface, guess(c), Cue.CAPITALISATION, Optional.empty(), Optional.empty());
    }

    private static Optional<NameSpan> span(int start, int end, String surface, EntityType type, Cue cue,
                                           Optional<String> role, Optional<String> key) {
        return Optional.of(new NameSpan(start, end, surface, type, cue, role, key));
    }

    private boolean isPossibleName(Candidate c, String surface) {
        if (surface.codePointCount(0, surface.length()) < 2) return false;
        boolean allRoles = true;
        for (int k = c.first(); k <= c.last(); k++) {
            if (lexicon.roleBefore(tokens, k + 1) == 0) allRoles = false;
        }
        if (allRoles) return false;
        // "Co Ltd", "Inc", "the Bank said": organisation words alone name nothing in particular.
        boolean allOrganisationWords = true;
        for (int k = c.first(); k <= c.last(); k++) {
            if (!lexicon.organisationWords().contains(tokens.get(k).lower())) allOrganisationWords = false;
        }
        // "Radio 1", "TV 2": with its channel's number an organisation word alone names one.
        boolean channel = c.isSingle() && c.last() + 1 < tokens.size() && isChannelNumber(c.last() + 1);
        if (allOrganisationWords && gazetteers.best(surface).isEmpty() && !channel) return false;
        if (c.isSingle()) {
            Token t = tokens.get(c.first());
            if (lexicon.isCommonWord(t.text()) && gazetteers.best(surface).isEmpty() && !isCountryAbbreviationInBrackets(c)) return false;
            // "(PJB)" standing alone after a paragraph: the initials of its writer.
            if (t.isAllCaps() && c.first() > 0 && tokens.get(c.first() - 1).is("(") && tokens.get(c.first() - 1).sentenceStart()) return false;
        }
        return true;
    }

    /** The gazetteer entry for the name, also for a Dutch genitive (Ruslands) of a place. */
    private Optional<KnownName> known(String surface) {
        Optional<KnownName> k = gazetteers.best(surface);
        if (k.isPresent()) return k;
        if (surface.length() > 4 && surface.endsWith("s")) {
            return gazetteers.best(surface.substring(0, surface.length() - 1)).filter(n -> n.type() == EntityType.PLACE);
        }
        return Optional.empty();
    }

    /** "Plaza (Spa)", "Henman (GBr / 13)": two or three letters in brackets, as results give countries. */
    private boolean isCountryAbbreviationInBrackets(Candidate c) {
        Token t = tokens.get(c.first());
        if (t.text().length() > 3 || c.first() == 0 || c.last() + 1 >= tokens.size()) return false;
        Token before = tokens.get(c.first() - 1);
        Token after = tokens.get(c.last() + 1);
        if (!before.is("(") && !before.is("/") || !after.is(")") && !after.is("/")) return false;
        Optional<KnownName> known = gazetteers.best(t.text());
        if (known.isPresent()) return known.get().type() == EntityType.PLACE || known.get().type() == EntityType.OTHER;
        return gazetteers.countryAbbreviations().contains(t.text()) || !t.isAllCaps();
    }

    /** A compound of a name and a common word (VLD-voorzitter, CVP-dossier) or a member word (SP'ers). */
    private static boolean isDerived(String word) {
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 1 && Character.isLowerCase(word.charAt(hyphen + 1))) return true;
        return MEMBER_WORD.matcher(word).matches();
    }

    /**
     * The editor's file wins over the words around a name: a run that ends in a name or alias the file
     * gives after a role (Oud-burgemeester Van Dam, Mayor Pieter van Dam) is that name, the role no part of it.
     * Words of an organisation before it make another name (Van Dam Groep is not Van Dam).
     */
    private Optional<NameSpan> catalogNameAtEnd(Candidate c, int end) {
        for (int k = c.first() + 1; k <= c.last(); k++) {
            if (lexicon.isOrganisationWord(tokens.get(k - 1).text())) return Optional.empty();
            // Only a role is cut off: "Vladmir Poetin" keeps its misspelt given name.
            if (lexicon.roleBefore(tokens, k) == 0) continue;
            int start = tokens.get(k).start();
            String rest = text.substring(start, end);
            Optional<KnownName> known = gazetteers.best(rest).filter(n -> n.source() == KnownName.Source.CATALOG);
            if (known.isPresent()) {
                String before = text.substring(tokens.get(c.first()).start(), tokens.get(k - 1).end());
                Optional<String> role = known.get().type() == EntityType.PERSON ? Optional.of(before) : Optional.empty();
                return span(start, end, rest, known.get().type(), Cue.CATALOG, role, Optional.of(known.get().key()));
            }
        }
        return Optional.empty();
    }

    /**
     * "Sponsor Jean Delatour", "Projectleider Anna Smit": a capitalised word opening a Dutch sentence right
     * before a given name is a noun, a role or an occupation, unless it is a given name or initials itself.
     */
    private boolean isRoleBeforeGivenName(Candidate c) {
        String opening = tokens.get(c.optionalFirst()).text();
        // Dutch only: English capitalises no nouns, and its sentence-opening given names (Lal Krishna
        // Advani) are less often in the list of given names.
        if (!language.equals("nl") || c.optionalFirst() != c.first() - 1 || gazetteers.isFirstName(opening) || INITIALS.matcher(opening).matches()) return false;
        return !SurnameParticles.opensSurname(opening) && !lexicon.isCommonWord(opening) && gazetteers.isFirstName(tokens.get(c.first()).text())
                && !c.isSingle();
    }

    /**
     * "Van Dam zei ...": a sentence opening with a capital particle names a person when the collection
     * knows the surname with its particle as a person's (Pieter van Dam) or a speech verb follows.
     */
    private boolean isSurnameAtSentenceStart(Candidate c) {
        if (c.optionalFirst() < 0 || c.optionalFirst() != c.first() - 1) return false;
        if (!SurnameParticles.opensSurname(tokens.get(c.optionalFirst()).text()) || !tokens.get(c.last()).isCapitalized()) return false;
        String surname = text.substring(tokens.get(c.optionalFirst()).start(), tokens.get(c.last()).end());
        if (evidence.typeOf(surname).filter(t -> t == EntityType.PERSON).isPresent()) return true;
        return language.equals("nl") && c.last() + 1 < tokens.size() && SPEECH_AFTER.contains(tokens.get(c.last() + 1).lower());
    }

    /** "zei Van den Berg", "volgens Ter Horst": a capital particle in mid-sentence opens a surname. */
    private boolean opensWithSurnameParticle(Candidate c) {
        Token first = tokens.get(c.first());
        return !first.sentenceStart() && first.isCapitalized() && SurnameParticles.opensSurname(first.text())
                && tokens.get(c.last()).isCapitalized();
    }

    /** Erasmusbrug, Beursplein (one compound); Tower Bridge, Hudson River (an English head word last). */
    private boolean isNamedByPlaceWord(Candidate c) {
        Token first = tokens.get(c.first());
        if (c.isSingle()) return !first.isAllCaps() && lexicon.isPlaceCompound(first.text());
        Token last = tokens.get(c.last());
        return last.isCapitalized() && lexicon.isPlaceHead(last.text()) && c.role().isEmpty();
    }

    /** "Nederland-Italië", "Engeland--Duitsland": two countries or towns joined, a match between them. */
    private boolean isMatchOfTwoPlaces(String word) {
        String[] parts = word.split("-+");
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) return false;
        if (lexicon.compassPrefixes().contains(parts[0].toLowerCase(java.util.Locale.ROOT))) return false;
        for (String part : parts) {
            if (!gazetteers.best(part).map(k -> k.type() == EntityType.PLACE).orElse(false)) return false;
        }
        return true;
    }

    /** Noord-Frankrijk, Zuid-Limburg: a compass prefix before a known place. */
    private boolean isCompassPlace(String surface) {
        int hyphen = surface.indexOf('-');
        if (hyphen <= 0 || surface.indexOf(' ') >= 0) return false;
        String prefix = surface.substring(0, hyphen).toLowerCase(java.util.Locale.ROOT);
        return lexicon.compassPrefixes().contains(prefix)
                && gazetteers.best(surface.substring(hyphen + 1)).map(k -> k.type() == EntityType.PLACE).orElse(false);
    }

    private boolean hasOrganisationWord(Candidate c) {
        for (int k = c.first(); k <= c.last(); k++) {
            if (lexicon.isOrganisationWord(tokens.get(k).text())) return true;
        }
        return false;
    }

    private boolean startsWithGivenName(Candidate c) {
        String w = tokens.get(c.first()).text();
        if (c.isSingle()) return gazetteers.isFirstName(w) && !tokens.get(c.first()).isAllCaps();
        return gazetteers.isFirstName(w) || INITIALS.matcher(w).matches() && gazetteers.best(w).isEmpty();
    }

    /**
     * "Jan Peeters (45)", "Magda Aelvoet (Agalev)", "Plaza (Spa)": an age, party or country in brackets
     * follows a person; "Organisatie voor ... (OVSE)": an abbreviation of the name follows an organisation.
     */
    private Optional<EntityType> fromBrackets(Candidate c, String surface) {
        int open = c.last() + 1;
        if (open + 2 >= tokens.size() || !tokens.get(open).is("(")) return Optional.empty();
        Token inside = tokens.get(open + 1);
        Token close = tokens.get(open + 2);
        if (!close.is(")") && !close.is("/") && !close.is(",")) return Optional.empty();
        if (inside.kind() == Token.Kind.NUMBER && AGE.matcher(inside.text()).matches()) return Optional.of(EntityType.PERSON);
        if (!inside.isCapitalized()) return Optional.empty();
        if (Acronyms.matches(inside.text(), surface)) return Optional.of(EntityType.ORGANIZATION);
        boolean country = inside.text().length() <= 3 && gazetteers.countryAbbreviations().contains(inside.text());
        if (country) return Optional.of(EntityType.PERSON);
        // "Magda Aelvoet (Agalev)": a party after a politician's name, as Dutch and Belgian papers write;
        // but "Tariffs and Trade (GATT)" ends a long name that the abbreviation spells.
        boolean organisation = inside.isAllCaps() || gazetteers.best(inside.text()).map(k -> k.type() == EntityType.ORGANIZATION).orElse(false);
        if (organisation && language.equals("nl") && !abbreviatesWordsBefore(inside.text(), c.last())) return Optional.of(EntityType.PERSON);
        return Optional.empty();
    }

    /** Whether the capitals of the words ending at token {@code last} spell the abbreviation. */
    private boolean abbreviatesWordsBefore(String abbreviation, int last) {
        String letters = abbreviation.replace(".", "").toUpperCase(java.util.Locale.ROOT);
        StringBuilder initials = new StringBuilder();
        for (int k = last; k >= 0 && last - k < 12; k--) {
            Token t = tokens.get(k);
            if (!t.isWord()) break;
            if (t.isCapitalized()) {
                initials.insert(0, Character.toUpperCase(t.text().charAt(0)));
                if (initials.toString().equals(letters)) return true;
            }
        }
        return false;
    }

    private Optional<EntityType> fromCollection(Candidate c, String surface) {
        Token last = tokens.get(c.last());
        boolean capitals = c.isSingle() && last.isAllCaps();
        Optional<EntityType> typed = evidence.typeOf(surface).filter(t -> !(capitals && t == EntityType.PERSON));
        // Only a word that is nothing but a surname: no gazetteer name, never written in lower case
        // (English "Commerce" ends the name of a secretary of commerce, and is a common noun).
        boolean personal = c.isSingle() && !capitals && evidence.isPersonWord(last.text())
                && gazetteers.lookup(last.text()).isEmpty() && !evidence.seenInLowerCase(last.text());
        if (typed.isPresent() && typed.get() != EntityType.PERSON && personal) return Optional.of(EntityType.PERSON);
        if (typed.isPresent()) return typed;
        if (evidence.isPersonWord(last.text()) && !last.isAllCaps()) return Optional.of(EntityType.PERSON);
        // "Donna" where the collection has "Radio Donna": a word of an organisation's longer name, when
        // nothing clearer types it, a known name or lower case elsewhere.
        if (c.isSingle() && evidence.isOrganisationPart(last.text()) && gazetteers.lookup(last.text()).isEmpty()
                && !evidence.seenInLowerCase(last.text())) return Optional.of(EntityType.ORGANIZATION);
        return Optional.empty();
    }

    /** A title in quotes: "' De Strafschop '", "“Birdland After Dark”". */
    private boolean isQuoted(Candidate c) {
        if (c.first() == 0 || c.last() + 1 >= tokens.size()) return false;
        return CandidateFinder.QUOTES.contains(tokens.get(c.first() - 1).text())
                && CandidateFinder.QUOTES.contains(tokens.get(c.last() + 1).text());
    }

    /** "minister van Financiën", "ministerie van Cultuur": the department a minister heads. */
    private boolean isDepartment(Candidate c) {
        return CandidateFinder.followsMinisterOf(tokens, c.first());
    }

    /** "Zabel (Dui / Festina)": in results, the team follows the rider's country. */
    private boolean isTeamInResults(Candidate c) {
        int i = c.first();
        if (i < 3 || !tokens.get(i - 1).is("/") || !tokens.get(i - 3).is("(")) return false;
        String country = tokens.get(i - 2).text();
        return country.length() <= 3 && gazetteers.countryAbbreviations().contains(country);
    }

    /** "de Belg Tom Boonen", "de Japanner On Kawara": a noun of nationality, not an adjective ("Belgische"). */
    private boolean isNationalityNoun(Token before) {
        if (!before.isCapitalized() || before.sentenceStart()) return false;
        String w = before.lower();
        if (w.endsWith("e") || w.endsWith("s") || w.endsWith("sch")) return false;
        return Nationality.isAdjective(before.text(), gazetteers);
    }

    /** "tuincentrum Floralux", "de ploeg Kelme": a noun for an organisation right before the name. */
    private boolean isAfterOrganisationNoun(Candidate c) {
        if (c.first() == 0) return false;
        Token before = tokens.get(c.first() - 1);
        // "Staalproducent Sidmar ...": the noun may open the sentence too, unless a person follows it (a
        // "Fietsenmaker Ruud Bos" is a man, whatever the noun).
        boolean opening = before.sentenceStart() && !lexicon.isCommonWord(before.text()) && !startsWithGivenName(c);
        return (before.isLowerCase() || opening)
                && lexicon.isOrganisationNoun(before.text());
    }

    /**
     * A place preposition or noun before it, a noun of nationality, a speech verb next to it (in
     * Dutch only: English news has companies "say" as often as people). A word in capitals is no
     * person's name whatever stands around it.
     */
    private Optional<EntityType> fromContext(Candidate c) {
        Optional<EntityType> type = contextType(c);
        boolean capitals = c.isSingle() && tokens.get(c.first()).isAllCaps();
        return capitals ? type.filter(t -> t != EntityType.PERSON) : type;
    }

    private Optional<EntityType> contextType(Candidate c) {
        boolean dutch = language.equals("nl");
        if (c.first() > 0) {
            Token before = tokens.get(c.first() - 1);
            String b = before.lower();
            // "keek naar Marc": a given name after a preposition that also points at people is a person
            // ("in Lincoln" stays a town); "in Nico's kamer": the preposition places what the name owns.
            boolean givenName = c.isSingle() && PERSON_PREPOSITIONS.contains(b) && startsWithGivenName(c);
            String lastWord = tokens.get(c.last()).text();
            boolean owner = !NameKey.withoutPossessive(lastWord).equals(lastWord);
            if (before.isWord() && !givenName && !owner && (lexicon.placePrepositions().contains(b) || lexicon.placeNouns().contains(b))) {
                return Optional.of(EntityType.PLACE);
            }
            // "het Spaanse Kelme", "het Britse Invensys": a neuter article before adjective and name
            // is a company's or a club's.
            // "in het Zuid-Duitse Heilbronn": after a place preposition it is a town after all.
            if (c.first() >= 2 && before.isCapitalized() && tokens.get(c.first() - 2).is("het")
                    && Nationality.isAdjective(before.text(), gazetteers)) {
                boolean place = c.first() >= 3 && lexicon.placePrepositions().contains(tokens.get(c.first() - 3).lower());
                return Optional.of(place ? EntityType.PLACE : EntityType.ORGANIZATION);
            }
            // ", zegt Peeters" names a person; in English wire copy companies say as much as people.
            if (dutch && (SPEECH_BEFORE.contains(b) || b.equals("-") || b.equals("--"))) return Optional.of(EntityType.PERSON);
            if (isNationalityNoun(before)) return Optional.of(EntityType.PERSON);
            if (b.equals("bij")) return Optional.of(EntityType.ORGANIZATION);
        }
        if (dutch && c.last() + 1 < tokens.size()) {
            Token after = tokens.get(c.last() + 1);
            if (SPEECH_AFTER.contains(after.lower())) return Optional.of(EntityType.PERSON);
            if (after.is(",") && c.last() + 2 < tokens.size() && SPEECH_AFTER.contains(tokens.get(c.last() + 2).lower())) {
                return Optional.of(EntityType.PERSON);
            }
        }
        return Optional.empty();
    }

    /**
     * A line that is nothing but a name, its first word dropped as a sentence's opening word: with an
     * article it is a title ("Het Vrije Woord", "De Groene Draad", a heading or a column's name), without
     * one and in two or three words a byline ("Mirjam Oosterbeek" under an article).
     */
    private Optional<NameSpan> nameAlone(Candidate c) {
        int opening = c.optionalFirst();
        // An article opening a sentence is dropped before the run is found, and not kept as optional.
        if (opening < 0 && c.first() > 0 && tokens.get(c.first() - 1).sentenceStart()
                && TITLE_ARTICLES.contains(tokens.get(c.first() - 1).lower())) opening = c.first() - 1;
        if (opening < 0 || opening != c.first() - 1 || c.last() + 1 < tokens.size() && !tokens.get(c.last() + 1).sentenceStart()) return Optional.empty();
        for (int k = opening; k <= c.last(); k++) {
            Token t = tokens.get(k);
            if (!t.isCapitalized() || t.isAllCaps()) return Optional.empty();
        }
        int start = tokens.get(opening).start();
        int end = tokens.get(c.last()).end();
        String surface = text.substring(start, end);
        String article = tokens.get(opening).lower();
        if (TITLE_ARTICLES.contains(article)) return span(start, end, surface, EntityType.OTHER, Cue.CONTEXT, Optional.empty(), Optional.empty());
        if (c.last() - opening > 2 || SurnameParticles.opensSurname(tokens.get(opening).text())) return Optional.empty();
        return span(start, end, surface, EntityType.PERSON, Cue.CONTEXT, Optional.empty(), Optional.empty());
    }

    /** With nothing but capitals to go on: people's names take no article, most others may. */
    private EntityType guess(Candidate c) {
        if (c.first() > 0 && DETERMINERS.contains(tokens.get(c.first() - 1).lower())) return EntityType.OTHER;
        return EntityType.PERSON;
    }
}
