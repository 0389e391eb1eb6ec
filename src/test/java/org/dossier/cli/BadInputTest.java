package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.dossier.build.FixtureSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input the build cannot accept, one test each, through the command line: each gets {@code path:line:
 * message} on stderr naming the file (and the line where there is one), exit code 1, and leaves the
 * site of the previous good build exactly as it was, down to every file's modification time.
 */
class BadInputTest {
    @TempDir
    Path dir;
    Path seeds;
    Path templates;
    Path site;
    SortedMap<String, FixtureSite.FileState> before;

    @BeforeEach
    void buildAGoodSiteFirst() {
        seeds = dir.resolve("seeds");
        templates = dir.resolve("templates");
        site = dir.resolve("site");
        FixtureSite.copyTree(FixtureSite.SEEDS, seeds);
        FixtureSite.copyTree(FixtureSite.TEMPLATES, templates);
        CliRun good = build();
        assertEquals(0, good.code(), good::toString);
        before = FixtureSite.snapshot(site);
        assertTrue(before.containsKey("data/dossier.json"));
    }

    private CliRun build() {
        return build(seeds);
    }

    private CliRun build(Path seedsDir) {
        return CliRun.of("build", "--seeds", seedsDir.toString(), "--templates", templates.toString(), "--out", site.toString());
    }

    private Path seed(String name, byte[] bytes) throws IOException {
        Path file = seeds.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path seed(String name, String text) throws IOException {
        return seed(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Exit 1, a message on stderr that starts with the file and line, and the site as it was. */
    private void assertRefused(Path file, int line, String says) {
        CliRun run = build();
        assertRefused(run, file, line, says);
    }

    private void assertRefused(CliRun run, Path file, int line, String says) {
        assertEquals(1, run.code(), run::toString);
        String location = Pattern.quote(file.toString()) + (line > 0 ? ":" + line + "(:\\d+)?" : "");
        Pattern message = Pattern.compile("(?m)^" + location + ": (?!warning).*" + Pattern.quote(says) + ".*$");
        assertTrue(message.matcher(run.err()).find(), "expected '" + file + (line > 0 ? ":" + line : "")
                + ": ..." + says + "...' in\n" + run);
        assertEquals(before, FixtureSite.snapshot(site), "the previous site is left exactly as it was");
        assertFalse(Files.exists(dir.resolve(".site.staging")), "no staging folder is left behind");
    }

    @Test
    void refusesAWindows1252FileNamingTheLineOfTheFirstBadByte() throws IOException {
        byte[] text = "title Biden belt Zelenski\n\nHij zei XnietsY over de gesprekken in Genève.\n"
                .replace("è", "e").getBytes(StandardCharsets.US_ASCII);
        text[text.length - 42] = (byte) 0x93;
        text[text.length - 36] = (byte) 0x94;
        Path file = seed("cp1252.txt", text);
        assertRefused(file, 3, "is not valid UTF-8");
        assertTrue(build().err().contains("re-save the file as UTF-8"), "says what to do");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = seed("leeg.txt", new byte[0]);
        assertRefused(file, 0, "is empty");
    }

    @Test
    void refusesAFileOfOnlyBlankLines() throws IOException {
        Path file = seed("wit.md", "\n\n   \n");
        assertRefused(file, 0, "is empty");
    }

    @Test
    void refusesABinaryFileWithATextExtension() throws IOException {
        byte[] png = HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d"
                + "4944415478da63f8cfc0f01f0005000201e2a1d3c40000000049454e44ae426082");
        Path file = seed("foto.txt", png);
        assertRefused(file, 0, "is a binary file");
    }

    @Test
    void refusesFrontMatterThatIsNotValidYaml() throws IOException {
        Path file = seed("kapot.md", """
                ---
                title: Biden: "belt" Zelenski
                date: 2022-01-02
                ---
                De Amerikaanse president sprak zondag met zijn Oekraïense ambtgenoot.
                """);
        assertRefused(file, 2, "front matter is not valid YAML");
    }

    @Test
    void refusesFrontMatterThatIsNeverClosed() throws IOException {
        Path file = seed("open.md", """
                ---
                title: Biden belt Zelenski

                De Amerikaanse president sprak zondag met zijn Oekraïense ambtgenoot.
                """);
        assertRefused(file, 1, "never closed");
    }

    @Test
    void refusesAFrontMatterDateThatIsNotADate() throws IOException {
        Path file = seed("datum.md", """
                ---
                title: Biden belt Zelenski
                date: 2 januari
                ---
                De Amerikaanse president sprak zondag met zijn Oekraïense ambtgenoot.
                """);
        assertRefused(file, 3, "is not a date");
    }

    @Test
    void refusesADateThatDoesNotExistInTheCalendar() throws IOException {
        Path file = seed("dertig-februari.txt", "date 2022-02-30\n\nDe gesprekken gaan door, zeggen beide partijen.\n");
        assertRefused(file, 1, "is not a date");
    }

    @Test
    void refusesTwoSeedsWithTheSameSlug() throws IOException {
        seed("a-eerste.md", """
                ---
                slug: dubbel
                ---
                De Amerikaanse president sprak zondag met zijn Oekraïense ambtgenoot.
                """);
        Path second = seed("dubbel.txt", "De gesprekken gaan door, zeggen beide partijen in Genève.\n");
        assertRefused(second, 0, "slug 'dubbel' is already used by");
    }

    @Test
    void refusesASlugThatWouldLeaveTheSiteFolder() throws IOException {
        Path file = seed("ontsnapping.md", """
                ---
                title: Biden belt Zelenski
                slug: ../../x
                ---
                De Amerikaanse president sprak zondag met zijn Oekraïense ambtgenoot.
                """);
        assertRefused(file, 3, "is not a valid slug");
        assertFalse(Files.exists(dir.resolve("x.html")) || Files.exists(dir.getParent().resolve("x.html")));
    }

    @Test
    void refusesASeedsFolderThatDoesNotExist() {
        Path missing = dir.resolve("geen-seeds");
        assertRefused(build(missing), missing, 0, "seeds folder not found");
    }

    @Test
    void refusesATemplateWithAnErrorNamingTheTemplateAndLine() throws IOException {
        Path article = templates.resolve("article.peb");
        String text = Files.readString(article, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        lines[2] = lines[2] + "{{ article.noSuchField }}";
        Files.writeString(article, String.join("\n", lines), StandardCharsets.UTF_8);
        assertRefused(article, 3, "template error");
        String err = build().err();
        assertTrue(err.contains("noSuchField") && err.contains("fix the template"), "says what and what to do: " + err);
        assertFalse(err.contains(".;"), err);
    }

    @Test
    void refusesATemplateWithASyntaxError() throws IOException {
        Path index = templates.resolve("index.peb");
        Files.writeString(index, "{% extends \"base\" %}\n{% block content %}\n{% if %}\n{% endblock %}\n", StandardCharsets.UTF_8);
        assertRefused(index, 3, "template error");
    }

    @Test
    void reportsEveryBadSeedInOneRunNotOnlyTheFirst() throws IOException {
        Path empty = seed("leeg.txt", new byte[0]);
        Path badDate = seed("datum.md", "---\ndate: morgen\n---\nDe gesprekken gaan door, zeggen beide partijen.\n");
        CliRun run = build();
        assertRefused(run, empty, 0, "is empty");
        assertRefused(run, badDate, 2, "is not a date");
    }

    @Test
    void refusesASeedWithMetadataButNoText() throws IOException {
        Path file = seed("alleen-kop.txt", "title Biden belt Zelenski\ndate 2022-01-02\n");
        assertRefused(file, 1, "has no article text");
    }

    @Test
    void refusesAnHtmlPageWithoutArticleText() throws IOException {
        Path file = seed("leeg.html", "<html><head><title>Niets</title></head><body><nav><a href=\"/\">Home</a></nav>"
                + "<script>var x = 1;</script></body></html>");
        assertRefused(file, 1, "has no article text");
    }
}
