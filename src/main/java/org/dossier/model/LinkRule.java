package org.dossier.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for which addresses from seeds may become links: {@code http} and {@code https} (and
 * {@code mailto} where a mail link makes sense). Everything else ({@code javascript:} in any case, with
 * tabs or control characters inside, {@code data:}, {@code vbscript:}, relative paths) is refused, so a
 * template that prints an address in {@code href} cannot make it run script. Markup links inside block
 * bodies get the same schemes from the sanitiser's safelist.
 */
public final class LinkRule {
    /** Web addresses only: where an article was published, an entity's reference page. */
    public static final Set<String> WEB = Set.of("http", "https");
    /** Web addresses and mail links. */
    public static final Set<String> WEB_AND_MAIL = Set.of("http", "https", "mailto");

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(.*)$", Pattern.DOTALL);
    private static final int MAX_LENGTH = 2_000;

    private LinkRule() {}

    /** Why {@code url} may not become a link with one of {@code schemes}, or empty when it may. */
    public static Optional<String> problem(String url, Set<String> schemes) {
        Checks.notNull(url, "url");
        if (url.length() > MAX_LENGTH) return Optional.of("is longer than " + MAX_LENGTH + " characters");
        // Browsers drop tabs and line breaks inside a scheme ("java\tscript:"): refuse any such character.
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                return Optional.of("contains white space or a control character");
            }
        }
        Matcher m = SCHEME.matcher(url);
        if (!m.matches()) return Optional.of("is not a full address; write it with " + schemeList(schemes));
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (!schemes.contains(scheme)) return Optional.of("uses the scheme '" + scheme + ":'; only " + schemeList(schemes) + " become links");
        if ((scheme.equals("http") || scheme.equals("https")) && !m.group(2).matches("//[^/?#@]+.*")) {
            return Optional.of("has no host after '" + scheme + "://'");
        }
        return Optional.empty();
    }

    /** True when {@code url} may become a link with one of {@code schemes}. */
    public static boolean allows(String url, Set<String> schemes) {
        return problem(url, schemes).isEmpty();
    }

    private static String schemeList(Set<String> schemes) {
        return String.join(", ", schemes.stream().sorted().map(s -> s + ":").toList());
    }
}
