package org.dossier.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads Reuters-21578 ({@code ../shared/data/reuters21578}, research only: never copied into the
 * repository) for benchmarks, and turns its stories into {@code .txt} seeds in a scratch folder.
 */
public final class ReutersCorpus {
    /** Where the corpus sits relative to the repository root. */
    public static final Path DEFAULT_DIR = Path.of("..", "shared", "data", "reuters21578");

    private static final Pattern STORY = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final DateTimeFormatter SGML_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-yyyy").toFormatter(Locale.ENGLISH);

    /** One story; {@code body} is empty for the stories that have none (about 2,500 of them). */
    public record Story(int newId, LocalDate date, String title, String body,
                        List<String> places, List<String> people, List<String> orgs) {}

    private ReutersCorpus() {}

    /** Every story of the 22 files, in NEWID order. */
    public static List<Story> read(Path dir) throws IOException {
        List<Story> stories = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().matches("reut2-\\d{3}\\.sgm")).sorted().toList()) {
                // The files are ASCII but for one 0xFC byte in reut2-017: Latin-1 reads every byte.
                String sgml = Files.readString(file, StandardCharsets.ISO_8859_1);
                Matcher m = STORY.matcher(sgml);
                while (m.find()) stories.add(parse(Integer.parseInt(m.group(1)), m.group(2)));
            }
        }
        stories.sort((a, b) -> Integer.compare(a.newId(), b.newId()));
        return stories;
    }

    /** The stories that have a body, which is what a seed needs. */
    public static List<Story> withBodies(Path dir) throws IOException {
        return read(dir).stream().filter(s -> !s.body().isBlank()).toList();
    }

    private static Story parse(int newId, String sgml) {
        String dateText = element(sgml, "DATE").orElse("").strip();
        LocalDate date = LocalDate.parse(dateText.split(" ")[0], SGML_DATE);
        return new Story(newId, date,
                unescape(element(sgml, "TITLE").orElse("")).strip(),
                unescape(element(sgml, "BODY").orElse("")).replace("\u0003", "").strip(),
                list(sgml, "PLACES"), list(sgml, "PEOPLE"), list(sgml, "ORGS"));
    }

    private static Optional<String> element(String sgml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">", Pattern.DOTALL).matcher(sgml);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static List<String> list(String sgml, String name) {
        return element(sgml, name)
                .map(inner -> Arrays.stream(inner.split("</?D>")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("&#\\d+;", "");
    }

    /**
     * Writes the stories as {@code .txt} seeds ({@code date} and {@code title} header, then the body
     * with its hard line breaks, as copy-paste delivers it) and returns the folder.
     */
    public static Path writeSeeds(List<Story> stories, Path seedsDir) throws IOException {
        Files.createDirectories(seedsDir);
        for (Story story : stories) {
            String header = "date " + story.date() + "\ntitle " + (story.title().isBlank() ? "Reuters " + story.newId() : story.title()) + "\n\n";
            String body = story.body().replaceAll("\n {3,}", "\n\n");
            Files.writeString(seedsDir.resolve(String.format("reuters-%05d.txt", story.newId())), header + body + "\n", StandardCharsets.UTF_8);
        }
        return seedsDir;
    }
}
