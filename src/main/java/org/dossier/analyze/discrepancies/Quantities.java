package org.dossier.analyze.discrepancies;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The value of an amount as written in Dutch or English: digits with either convention of separators
 * ({@code 1.000}, {@code 1,000}, {@code 14,5}, {@code 2.5}), a scale word ({@code miljoen}, {@code million},
 * {@code mld}) and a currency as a sign or a word ({@code €}, {@code euro}), so that {@code €14 million} and
 * {@code 14 miljoen euro} come out equal.
 */
final class Quantities {
    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("duizend", BigDecimal.valueOf(1_000)), Map.entry("thousand", BigDecimal.valueOf(1_000)),
            Map.entry("miljoen", BigDecimal.valueOf(1_000_000)), Map.entry("million", BigDecimal.valueOf(1_000_000)),
            Map.entry("mln", BigDecimal.valueOf(1_000_000)), Map.entry("miljard", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("billion", BigDecimal.valueOf(1_000_000_000)), Map.entry("mld", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("bn", BigDecimal.valueOf(1_000_000_000)));
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("€", "EUR"), Map.entry("euro", "EUR"), Map.entry("eur", "EUR"),
            Map.entry("$", "USD"), Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("usd", "USD"),
            Map.entry("£", "GBP"), Map.entry("pond", "GBP"), Map.entry("pounds", "GBP"), Map.entry("gbp", "GBP"));

    private Quantities() {}

    /** Regex alternatives of the scale words and currency words, for the pattern that finds amounts. */
    static final String SCALE_WORDS = "duizend|thousand|miljoen|million|mln|miljard|billion|mld|bn";
    static final String CURRENCY_WORDS = "euro|eur|dollars|dollar|usd|pond|pounds|gbp";

    /** The amount's value as a comparable key; empty when the digits are not a number. */
    static Optional<String> value(String sign, String digits, String percent, String scale, String currencyWord) {
        Optional<BigDecimal> number = number(digits);
        if (number.isEmpty()) return Optional.empty();
        BigDecimal amount = number.get();
        if (scale != null) amount = amount.multiply(SCALES.get(scale.toLowerCase(Locale.ROOT)));
        String currency = sign != null ? CURRENCIES.get(sign)
                : currencyWord != null ? CURRENCIES.get(currencyWord.toLowerCase(Locale.ROOT)) : "";
        String unit = percent != null ? "%" : currency;
        return Optional.of(amount.stripTrailingZeros().toPlainString() + unit);
    }

    /**
     * The number the digits spell. A separator followed by exactly three digits groups thousands
     * ({@code 1.000}, {@code 1,000,000}); a last separator followed by other than three digits is the
     * decimal point ({@code 14,5}, {@code 2.25}).
     */
    static Optional<BigDecimal> number(String digits) {
        String[] groups = digits.split("[.,]");
        StringBuilder plain = new StringBuilder(groups[0]);
        for (int i = 1; i < groups.length; i++) {
            boolean last = i == groups.length - 1;
            if (groups[i].length() == 3 && !(last && groups.length == 2 && groups[0].equals("0"))) {
                plain.append(groups[i]);
            } else if (last) {
                plain.append('.').append(groups[i]);
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new BigDecimal(plain.toString()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
