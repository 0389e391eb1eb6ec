package org.dossier.render.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.dossier.model.PartialDate;

/**
 * The words of one language, read from {@code templates/messages/LANG.properties} (UTF-8). A value may hold
 * numbered places {@code {0}}, {@code {1}} for the arguments; nothing else in it is special, so apostrophes
 * stay as written. A count is a pair of keys, {@code KEY.one} for exactly one and {@code KEY.other} for any
 * other number. Dates use {@code month.1} … {@code month.12} and the patterns {@code date.day} ({0} day,
 * {1} month, {2} year), {@code date.month} ({0} month, {1} year) and {@code date.year} ({0} year).
 * Immutable and thread-safe.
 */
public final class Messages {
    /** The folder of the message files, inside the templates folder. */
    public static final String FOLDER = "messages";

    private final String language;
    private final String file;
    private final Map<String, String> words;

    public Messages(String language, String file, Map<String, String> words) {
        this.language = language;
        this.file = file;
        this.words = Map.copyOf(words);
    }

    /** The message file of {@code language} in {@code templatesDir}, as messages name it. */
    public static Path fileOf(Path templatesDir, String language) {
        return templatesDir.resolve(FOLDER).resolve(language + ".properties");
    }

    /**
     * Reads the file of {@code language}. Throws {@link IOException} with a message that says what to do
     * when the file is missing, unreadable or not UTF-8.
     */
    public static Messages load(Path templatesDir, String language) throws IOException {
        Path path = fileOf(templatesDir, language);
        if (!Files.isRegularFile(path)) throw missing(language);
        return parse(language, path.toString(), Files.readAllBytes(path));
    }

    /** The error for a language whose message file is nowhere to be found. */
    public static IOException missing(String language) {
        return new IOException("the site's words in '" + language + "' are missing; restore the message file from the repository's templates/messages/");
    }

    /**
     * Reads the message file {@code bytes} of {@code language}, named {@code file} in messages. Throws
     * {@link IOException} with a message that says what to do when it is not UTF-8 or not a properties file.
     */
    public static Messages parse(String language, String file, byte[] bytes) throws IOException {
        Properties properties = new Properties();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(bytes), decoder)) {
            properties.load(reader);
        } catch (CharacterCodingException e) {
            throw new IOException("the message file is not UTF-8; save it as UTF-8");
        } catch (IllegalArgumentException e) {
            throw new IOException("the message file is not a properties file (" + e.getMessage() + "); write one 'key=value' per line");
        }
        Map<String, String> words = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) words.put(key, properties.getProperty(key));
        return new Messages(language, file, words);
    }

    /** The two-letter code of the language, for {@code <html lang>}. */
    public String language() {
        return language;
    }

    /** The file the words come from, as error messages name it. */
    public String file() {
        return file;
    }

    public boolean has(String key) {
        return words.containsKey(key);
    }

    /** The words with {@code {0}}, {@code {1}} … replaced by the arguments; a missing key is an error naming it. */
    public String text(String key, Object... args) {
        String pattern = words.get(key);
        if (pattern == null) throw new MissingMessageException(key, file);
        return fill(pattern, args);
    }

    /** Whether {@code key} is a count, written as the pair {@code key.one} and {@code key.other}. */
    public boolean isCount(String key) {
        return words.containsKey(key + ".one") || words.containsKey(key + ".other");
    }

    /** "1 artikel", "3 artikelen": {@code key.one} or {@code key.other}, with the number as {0}. */
    public String count(String key, long n, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = n;
        System.arraycopy(more, 0, args, 1, more.length);
        return text(key + (n == 1 ? ".one" : ".other"), args);
    }

    public String month(int month) {
        return text("month." + month);
    }

    /** "2 januari 2022", "januari 2022" or "2022", at the date's precision. */
    public String date(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> text("date.year", date.year());
            case MONTH -> text("date.month", month(date.month()), date.year());
            case DAY -> text("date.day", date.day(), month(date.month()), date.year());
        };
    }

    /** A date written as ISO 8601 at its precision ("2022", "2022-01", "2022-01-02"), in words. */
    public Optional<String> date(String iso) {
        return PartialDate.parseIso(iso).map(this::date);
    }

    /** A period from {@code first} to {@code last}: one date when they are the same. */
    public String period(PartialDate first, PartialDate last) {
        return first.equals(last) ? date(first) : text("date.range", date(first), date(last));
    }

    /** Every key, sorted; for checks that two languages say the same things. */
    public java.util.Set<String> keys() {
        return new java.util.TreeSet<>(words.keySet());
    }

    private static String fill(String pattern, Object[] args) {
        if (args.length == 0 || pattern.indexOf('{') < 0) return pattern;
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            int n = close > i + 1 && close - i <= 3 ? number(pattern, i + 1, close) : -1;
            if (n >= 0 && n < args.length) {
                out.append(args[n]);
                i = close;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The number the digits from {@code from} to {@code to} spell, or -1 when another character stands there. */
    private static int number(String pattern, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = pattern.charAt(i);
            if (!Character.isDigit(c)) return -1;
            n = n * 10 + Character.digit(c, 10);
        }
        return n;
    }
}
