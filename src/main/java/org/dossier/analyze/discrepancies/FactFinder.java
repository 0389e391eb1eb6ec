package org.dossier.analyze.discrepancies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Discrepancy;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;

/**
 * The facts a stretch of a block states: dates (a day and month, with or without year, or a year alone),
 * amounts, and the names and places the entity analysis found there.
 */
final class FactFinder {
    private static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
            + "|january|february|march|may|june|july|august|october";
    private static final List<String> MONTH_NUMBERS = List.of(
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,2})\\s+(" + MONTHS + ")(?:\\s+(\\d{4}))?(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}.,])(1[89]\\d\\d|20\\d\\d)(?![\\p{L}\\p{N}]|[.,]\\d)");
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])([€$£])?\\s?(\\d+(?:[.,]\\d+)*)(?:\\s?(%|procent|percent))?"
                    + "(?:\\s+(" + Quantities.SCALE_WORDS + "))?(?:\\s+(" + Quantities.CURRENCY_WORDS + "))?(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private FactFinder() {}

    /**
     * The facts of {@code text} between {@code from} and {@code to}, in reading order; {@code mentions} are the
     * block's mentions and {@code types} the type of each entity.
     */
    static List<Fact> facts(String text, int from, int to, List<Mention> mentions, Map<String, EntityType> types) {
        List<Fact> facts = new ArrayList<>();
        List<int[]> dates = new ArrayList<>();
        dates(text, from, to, DAY_MONTH, 1, 2, facts, dates);
        dates(text, from, to, MONTH_DAY, 2, 1, facts, dates);
        Matcher year = YEAR.matcher(text).region(from, to);
        while (year.find()) {
            if (inside(dates, year.start(), year.end())) continue;
            facts.add(fact(text, Discrepancy.Fact.DATE, year.group(1), year.start(), year.end(), Optional.empty()));
            dates.add(new int[] {year.start(), year.end()});
        }
        Matcher amount = AMOUNT.matcher(text).region(from, to);
        while (amount.find()) {
            if (inside(dates, amount.start(2), amount.end(2))) continue;
            Optional<String> value = Quantities.value(amount.group(1), amount.group(2), amount.group(3), amount.group(4), amount.group(5));
            if (value.isEmpty()) continue;
            int start = amount.group(1) != null ? amount.start(1) : amount.start(2);
            facts.add(fact(text, Discrepancy.Fact.NUMBER, value.get(), start, amount.end(), Optional.empty()));
        }
        for (Mention mention : mentions) {
            int start = mention.span().start();
            int end = mention.span().end();
            if (start < from || end > to || start == end) continue;
            EntityType type = types.get(mention.entity());
            if (type == null) continue;
            Discrepancy.Fact kind = type == EntityType.PLACE ? Discrepancy.Fact.PLACE : Discrepancy.Fact.NAME;
            facts.add(fact(text, kind, mention.entity(), start, end, Optional.of(mention.entity())));
        }
        facts.sort(Comparator.comparingInt(Fact::start).thenComparingInt(Fact::end));
        return facts;
    }

    private static void dates(String text, int from, int to, Pattern pattern, int dayGroup, int monthGroup,
                              List<Fact> facts, List<int[]> found) {
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
            if (inside(found, m.start(), m.end())) continue;
            int month = MONTH_NUMBERS.indexOf(m.group(monthGroup).toLowerCase(Locale.ROOT)) % 12 + 1;
            int day = Integer.parseInt(m.group(dayGroup));
            if (day < 1 || day > 31) continue;
            String value = (m.group(3) == null ? "" : m.group(3) + "-") + String.format(Locale.ROOT, "%02d-%02d", month, day);
            facts.add(fact(text, Discrepancy.Fact.DATE, value, m.start(), m.end(), Optional.empty()));
            found.add(new int[] {m.start(), m.end()});
        }
    }

    private static boolean inside(List<int[]> ranges, int start, int end) {
        for (int[] r : ranges) if (start < r[1] && r[0] < end) return true;
        return false;
    }

    private static Fact fact(String text, Discrepancy.Fact kind, String value, int start, int end, Optional<String> entity) {
        return new Fact(kind, value, text.substring(start, end), start, end, entity, wordBefore(text, start), wordAfter(text, end));
    }

    /** The last word wholly before {@code start}, found by stepping back over what is not a word, then over the word. */
    private static String wordBefore(String text, int start) {
        int end = start;
        while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) end--;
        int begin = end;
        while (begin > 0 && Character.isLetterOrDigit(text.charAt(begin - 1))) begin--;
        return text.substring(begin, end).toLowerCase(Locale.ROOT);
    }

    private static String wordAfter(String text, int end) {
        Matcher m = WORD.matcher(text).region(end, text.length());
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : "";
    }
}
