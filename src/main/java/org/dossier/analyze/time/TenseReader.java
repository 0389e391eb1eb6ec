package org.dossier.analyze.time;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the tense of the clause around a temporal expression from marker words, Dutch and English:
 * future ("zal", "staat gepland", "volgen", "will", "is scheduled") or past ("had", "zei", "heeft …
 * gesproken", "said"); where the clause has both, the marker nearest to the expression counts. The clause is the stretch between
 * punctuation and conjunctions around the expression; when it has no marker, the whole sentence's
 * markers count, but only as weak evidence.
 */
final class TenseReader {
    /** The tense and whether the clause itself showed it (strong) or only the sentence did (weak). */
    record Reading(Tense tense, boolean local) {}

    private static final Pattern FUTURE = Pattern.compile("(?<!\\p{L})(?:"
            + "zal|zullen|zult|gepland|geplande|staat\\s+op\\s+de\\s+agenda|op\\s+de\\s+agenda|volgt|volgen|komende"
            + "|aanstaande|voorzien|gaan|gaat\\s+\\p{L}+en|wordt\\s+verwacht|worden\\s+verwacht"
            + "|will|shall|won['’]t|\\p{L}+['’]ll|scheduled|planned|plans\\s+to|plan\\s+to|intends?\\s+to|is\\s+due|are\\s+due"
            + "|expected\\s+to|expects\\s+to|set\\s+to|going\\s+to|to\\s+be\\s+held|upcoming|would"
            + ")(?!\\p{L})");

    private static final Pattern PAST = Pattern.compile("(?<!\\p{L})(?:"
            + "had|hadden|was|waren|werd|werden|zei|zeiden|sprak|spraken|liet|lieten|gaf|gaven|kwam|kwamen|vond|vonden"
            + "|stond|stonden|ging|gingen|belde|belden|meldde|meldden|maakte|maakten|vertelde|vertelden|verklaarde"
            + "|verklaarden|waarschuwde|waarschuwden|benadrukte|benadrukten|besprak|bespraken|reageerde|reageerden"
            + "|twitterde|tweette|stelde|stelden|noemde|noemden|kondigde|kondigden|besloot|besloten|bevestigde"
            + "|bevestigden|ontmoette|ontmoetten|trof|troffen|overleed|overleden|stierf|stierven|vertrok|vertrokken"
            + "|landde|bezocht|bezochten|opende|begon|begonnen|eindigde|ondertekende|ondertekenden|tekende|tekenden"
            + "|stemde|stemden|koos|kozen|won|wonnen|verloor|verloren|ontkende|dreigde|dreigden|eiste|eisten|vroeg"
            + "|vroegen|antwoordde|herhaalde|beloofde|beloofden|kreeg|kregen|bleef|bleven|hield|hielden|nam|namen"
            + "|deed|deden|zag|zagen|viel|vielen|geleden|gisteren|gisteravond|eergisteren|afgelopen|vorige|vorig"
            + "|jongstleden"
            + "|said|told|were|did|announced|reported|agreed|added|rose|fell|gained|lost|signed|called|spoke"
            + "|talked|made|took|gave|came|went|left|arrived|visited|won|died|killed|warned|stressed|urged|asked"
            + "|confirmed|denied|declined|approved|rejected|voted|launched|opened|closed|ended|began|started|posted"
            + "|tweeted|wrote|issued|released|completed|acquired|bought|sold|paid|received|raised|filed|named"
            + "|elected|appointed|resigned|decided|discussed|expressed|declared|accused|attacked|invaded|earned"
            + "|reached|showed|saw|found|became|returned|ago|yesterday|last|earlier|previously|recently"
            + "|hit|struck|shot|fled|fought|flew|threw|broke|stole|sent|spent|built|kept|felt|heard|meant|sought"
            + "|thought|brought|caught|drove|wrote|chose|woke|got|killed|injured|arrested|charged|sentenced"
            + "|convicted|crashed|exploded|erupted|collapsed|claimed|blamed|ordered|sued|banned|dropped|jumped"
            + "|surged|climbed|slipped|plunged|tumbled|soared|rallied|offered|passed|failed|survived|occurred"
            + "|happened|took\\s+place|was\\s+held|were\\s+held"
            + ")(?!\\p{L})");

    /** A Dutch perfect: an auxiliary and, later in the clause, a participle (ge-…d/t/en, or a known one). */
    private static final Pattern PERFECT_NL = Pattern.compile("(?<!\\p{L})(?:heeft|hebben|hadden|had|is|zijn|was|waren)"
            + "(?!\\p{L}).*?(?<!\\p{L})(?:(?:aan|af|op|uit|in|mee|toe|voor|na|om|door|bij|terug|vast|weg|overeen)?"
            + "ge(?!bied|ld|weld|zicht|wicht|vecht|recht|luid|dicht|ven(?!\\p{L})|lden|loven|bruiken|beuren|nieten"
            + "|\\p{L}*heid(?!\\p{L}))\\p{L}{3,}(?:d|t|en)"
            + "|overeengekomen|besproken|ontmoet|verklaard|bevestigd|beloofd|ontvangen|benadrukt|bereikt|besloten"
            + ")(?!\\p{L})");

    /** An English perfect: has or have, at most one word, and a participle. */
    private static final Pattern PERFECT_EN = Pattern.compile("(?<!\\p{L})(?:has|have)(?:\\s+\\p{L}+)?\\s+"
            + "(?:\\p{L}{3,}ed|been|done|made|said|held|met|taken|given|told|sold|paid|won|lost|begun|seen|found)(?!\\p{L})");

    /** Where a clause ends: punctuation, and conjunctions and relative pronouns that open a new one. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\[\\]“”\"—–]|(?<!\\p{L})(?:die|dat|waarin|waarop"
            + "|waarbij|wat|omdat|terwijl|nadat|voordat|toen|maar|en|which|that|who|where|while|after|before|but|and|when"
            + "|because)(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TenseReader() {}

    /** The tense for an expression at {@code expression} inside {@code sentence} of {@code text}. */
    static Reading read(String text, TextRange sentence, TextRange expression) {
        String lower = text.toLowerCase(Locale.ROOT);
        TextRange clause = clause(text, sentence, expression);
        Tense local = nearestMarker(lower, clause, expression);
        if (local != Tense.PRESENT) return new Reading(local, true);
        return new Reading(nearestMarker(lower, sentence, expression), false);
    }

    /**
     * The tense of the marker in {@code region} nearest to the expression; a future marker wins a tie.
     * "said on Thursday it would buy": "said" tells when Thursday was, "would" what comes after it.
     */
    private static Tense nearestMarker(String lower, TextRange region, TextRange expression) {
        int future = nearest(FUTURE, lower, region, expression);
        int past = Math.min(nearest(PAST, lower, region, expression),
                Math.min(nearest(PERFECT_NL, lower, region, expression), nearest(PERFECT_EN, lower, region, expression)));
        if (future == Integer.MAX_VALUE && past == Integer.MAX_VALUE) return Tense.PRESENT;
        return future <= past ? Tense.FUTURE : Tense.PAST;
    }

    private static int nearest(Pattern marker, String lower, TextRange region, TextRange expression) {
        var m = marker.matcher(lower).region(region.start(), region.end());
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            int gap = m.end() <= expression.start() ? expression.start() - m.end()
                    : m.start() >= expression.end() ? m.start() - expression.end() : 0;
            best = Math.min(best, gap);
        }
        return best;
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
