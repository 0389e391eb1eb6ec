package org.dossier.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.PartialDate;
import org.jsoup.nodes.Element;

/**
 * The byline of a news page ({@code <p class="byline">Door Joris Mulder · vrijdag 23 februari 2024</p>}):
 * who wrote the article and when, said about the article rather than in it. Found by its markup
 * ({@code .byline}, {@code .author}, {@code rel=author}, {@code itemprop=author}, {@code <address>}) or,
 * without markup, as a short first line that opens with "Door" or "By" and a name. It is metadata, so
 * it must not stay in the text, where it would read as the lead, a date of the story and a person in it.
 */
final class Bylines {
    static final String MARKED = ".byline, .author, [rel=author], [itemprop=author], address";
    /** A byline block is a line, not a paragraph that happens to name its writer. */
    private static final int MAX_WORDS = 20;
    /** "Door Joris Mulder", "By Anna Smith", "Van onze correspondent", "Written by Tom Bakker": a cue, then a capital. */
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:Geschreven\\s+)?[Dd]oor|(?:Written\\s+)?[Bb]y|BY|DOOR|Tekst:?|Text:?|Van\\s+onze|From\\s+our)\\s+\\p{Lu}.*");
    private static final Pattern CUE = Pattern.compile(
            "^(?i:(?:geschreven\\s+)?door|(?:written\\s+)?by|tekst|text)\\s*:?\\s+");
    /** Where the name ends: a separator, or the date or time that follows it. */
    private static final Pattern NAME_END = Pattern.compile("\\s*(?:[·•|–—,;(]|\\s-\\s|\\d)|\\s+(?iu:maandag|dinsdag|woensdag"
            + "|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|gisteren|vandaag"
            + "|yesterday|today|op|on|om|at)\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?iu)\\b(\\d{1,2})\\.?\\s+(\\p{L}{3,10})\\.?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?iu)\\b(\\p{L}{3,10})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b|\\b(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = months();

    private Bylines() {}

    /**
     * The blocks of the article that are its byline: each marked element, widened to the line that holds
     * it (the paragraph around {@code <a rel=author>}) when that line is short, and a leading "Door …"
     * line. A long paragraph that names its writer in passing stays.
     */
    static List<Element> in(Element root) {
        List<Element> found = new ArrayList<>();
        for (Element marked : root.select(MARKED)) {
            if (marked == root) continue;
            Element line = marked;
            while (!line.isBlock() && line.parent() != null && line.parent() != root) line = line.parent();
            if (isLine(line.text())) found.add(line);
        }
        leadingLine(root).ifPresent(found::add);
        return found;
    }

    /** The first line of text of the article, when it reads as a byline. */
    static Optional<Element> leadingLine(Element root) {
        for (Element e : root.select("p, div")) {
            if (e == root || !e.select("p, div").stream().allMatch(inner -> inner == e)) continue;
            String text = TextBlocks.normaliseSpace(e.text());
            if (text.isEmpty()) continue;
            return isLine(text) && LEADING.matcher(text).matches() && !endsASentence(text) ? Optional.of(e) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The writer's name in a byline: without the cue ("Door", "By") and what follows the name (a date, the outlet). */
    static Optional<String> author(String byline) {
        String text = CUE.matcher(TextBlocks.normaliseSpace(byline)).replaceFirst("");
        Matcher end = NAME_END.matcher(text);
        String name = (end.find() ? text.substring(0, end.start()) : text).strip();
        return name.isEmpty() || !Character.isLetter(name.codePointAt(0)) ? Optional.empty() : Optional.of(name);
    }

    /** A calendar date written in the byline: "23 februari 2024", "February 23, 2024", "2024-02-23", "23-02-2024". */
    static Optional<PartialDate> date(String byline) {
        Matcher m = DAY_MONTH_YEAR.matcher(byline);
        while (m.find()) {
            Optional<PartialDate> date = date(m.group(3), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(1));
            if (date.isPresent()) return date;
        }
        m = MONTH_DAY_YEAR.matcher(byline);
        while (m.find()) {
            Optional<PartialDate> date = date(m.group(3), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), m.group(2));
            if (date.isPresent()) return date;
        }
        m = NUMERIC.matcher(byline);
        if (m.find()) {
            return m.group(1) != null ? date(m.group(1), Integer.parseInt(m.group(2)), m.group(3))
                    : date(m.group(6), Integer.parseInt(m.group(5)), m.group(4));
        }
        return Optional.empty();
    }

    private static Optional<PartialDate> date(String year, Integer month, String day) {
        if (month == null || month < 1 || month > 12) return Optional.empty();
        return PartialDate.parseIso(String.format(Locale.ROOT, "%s-%02d-%02d", year, month, Integer.parseInt(day)));
    }

    private static boolean isLine(String text) {
        return !text.isBlank() && TextBlocks.wordCount(text) <= MAX_WORDS;
    }

    private static boolean endsASentence(String text) {
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?");
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"januari", "january", "jan"}, {"februari", "february", "feb"}, {"maart", "march", "mrt", "mar"},
            {"april", "apr"}, {"mei", "may"}, {"juni", "june", "jun"}, {"juli", "july", "jul"},
            {"augustus", "august", "aug"}, {"september", "sept", "sep"}, {"oktober", "october", "okt", "oct"},
            {"november", "nov"}, {"december", "dec"}};
        Map<String, Integer> months = new HashMap<>();
        for (int m = 0; m < names.length; m++) for (String name : names[m]) months.put(name, m + 1);
        return Map.copyOf(months);
    }
}
