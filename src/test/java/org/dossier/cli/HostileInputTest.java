package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.dossier.build.FixtureSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input built to crash the build (deep nesting, endless runs of names, dates at the ends of the calendar,
 * oversized files, YAML bombs) gets a build or a one-line {@code path: message}, never a stack trace; a
 * refused build leaves the last site as it was.
 */
class HostileInputTest {
    private static final String PARAGRAPH = "Minister Jan Peeters sprak donderdag in Brussel met de pers over de plannen.";

    @TempDir
    Path dir;
    Path seeds;
    Path templates;
    Path site;

    @BeforeEach
    void folders() throws IOException {
        seeds = Files.createDirectories(dir.resolve("seeds"));
        templates = dir.resolve("templates");
        site = dir.resolve("site");
        FixtureSite.copyTree(FixtureSite.TEMPLATES, templates);
        Files.copy(FixtureSite.FIXTURE_SEEDS.resolve("reuters-geneva-talks.txt"), seeds.resolve("reuters-geneva-talks.txt"));
    }

    private CliRun build() {
        return CliRun.of("build", "--seeds", seeds.toString(), "--templates", templates.toString(), "--out", site.toString());
    }

    private Path seed(String name, String text) throws IOException {
        return Files.writeString(seeds.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Built, or refused in messages of one line each; no trace either way. */
    private static void noTrace(CliRun run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception in") || run.err().contains("StackOverflowError"),
                run::toString);
        assertTrue(run.code() == 0 || run.code() == 1, run::toString);
    }

    private void builds(CliRun run) {
        noTrace(run);
        assertEquals(0, run.code(), run::toString);
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
    }

    private void refused(CliRun run, Path file, String says) {
        noTrace(run);
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith(file.toString()) && l.contains(says)), run::toString);
    }

    @Test
    void markdownBlockQuotesTwoThousandDeep() throws IOException {
        seed("diep.md", "# Diep\n\n" + ">".repeat(2_000) + " " + PARAGRAPH + "\n\n" + PARAGRAPH + "\n");
        Path file = seeds.resolve("diep.md");
        CliRun run = build();
        refused(run, file, "nested deeper than");
    }

    @Test
    void markdownNestedJustWithinTheLimitBuilds() throws IOException {
        StringBuilder md = new StringBuilder("# Binnen de grens\n\n" + ">".repeat(95) + " " + PARAGRAPH + "\n\n");
        for (int i = 0; i < 45; i++) md.append("  ".repeat(i)).append("- punt ").append(i).append('\n');
        seed("binnen.md", md.append('\n').append(PARAGRAPH).append('\n').toString());
        builds(build());
    }

    @Test
    void markdownListsThreeThousandDeep() throws IOException {
        StringBuilder md = new StringBuilder("# Lijst\n\n");
        for (int i = 0; i < 3_000; i++) md.append("  ".repeat(i)).append("- punt ").append(i).append('\n');
        Path file = seed("lijst.md", md.append('\n').append(PARAGRAPH).append('\n').toString());
        refused(build(), file, "nested deeper than");
    }

    @Test
    void htmlDivsTwentyThousandDeep() throws IOException {
        seed("diep.html", "<html><head><title>Diep</title></head><body><article>" + "<div>".repeat(20_000) + "<p>" + PARAGRAPH
                + "</p>" + "</div>".repeat(20_000) + "<p>" + PARAGRAPH + "</p></article></body></html>");
        builds(build());
    }

    @Test
    void thirtyThousandCapitalisedWordsInARow() throws IOException {
        StringBuilder text = new StringBuilder("title Namen\n\n");
        String[] names = {"Jan", "Peeters", "Marie", "Janssens", "Brussel", "Kiev"};
        for (int i = 0; i < 30_000; i++) text.append(names[i % names.length]).append(' ');
        seed("namen.txt", text.append(".\n\n").append(PARAGRAPH).append('\n').toString());
        builds(build());
    }

    @Test
    void relativeDatesAtTheEndsOfTheCalendar() throws IOException {
        String body = "Gisteren, vorige week en afgelopen juni sprak de minister; volgende maand, over twee weken en "
                + "donderdagavond volgt meer. Last Thursday and next year the talks go on.\n";
        seed("begin.txt", "title Het begin\ndate 0001-01-01\n\n" + body);
        seed("einde.txt", "title Het einde\ndate 9999-12-31\n\n" + body);
        seed("eindmaand.txt", "title Het einde van de maand\ndate 9999-12\n\n" + body);
        builds(build());
    }

    @Test
    void aSeedOfOnlyPunctuationBuildsWithItsSlugAsTitle() throws IOException {
        // Found by fuzzing: the title made from "," was blank, and the model refused it with a stack trace.
        seed("komma.txt", ",\n");
        seed("dubbelepunt.md", ":\n");
        builds(build());
    }

    @Test
    void aSeedOverTenMebibytesIsRefused() throws IOException {
        Path file = seed("groot.txt", ("title Groot\n\n" + (PARAGRAPH + "\n\n").repeat(11 * 1024 * 1024 / PARAGRAPH.length())));
        refused(build(), file, "larger than 10 MiB");
    }

    @Test
    void entitiesAliasBombIsRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append(("*" + p + ",").repeat(8)).append('*').append(p).append("]\n");
        }
        yaml.append("entities:\n  - name: *j\n");
        Path file = seed("entities.yml", yaml.toString());
        refused(build(), file, "aliases");
    }

    @Test
    void entitiesNestedDeeperThanFiftyIsRefused() throws IOException {
        Path file = seed("entities.yml", "entities:\n  - name: " + "[".repeat(60) + "x" + "]".repeat(60) + "\n");
        refused(build(), file, "nesting");
    }

    @Test
    void entitiesWithANameOverTwoHundredCharactersIsRefused() throws IOException {
        Path file = seed("entities.yml", "entities:\n  - name: " + "Zelenski ".repeat(40) + "\n    type: person\n"
                + "  - name: Jan Peeters\n    type: person\n    aliases: [" + "Peeters".repeat(40) + "]\n");
        CliRun run = build();
        refused(run, file, "longer than 200 characters");
        assertTrue(run.err().contains(file + ":2:"), run::toString);
        assertTrue(run.err().contains(file + ":6:"), run::toString);
    }

    @Test
    void entitiesOverThreeMebibytesIsRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("entities:\n");
        for (int i = 0; yaml.length() < 3 * 1024 * 1024 + 10; i++) yaml.append("  - name: Persoon Nummer ").append(i).append('\n');
        Path file = seed("entities.yml", yaml.toString());
        refused(build(), file, "larger than 3 MiB");
    }

    @Test
    void aSeedLinkedFromOutsideTheSeedsFolderIsSkipped() throws IOException {
        Path secret = Files.writeString(dir.resolve("geheim.txt"), "title Geheim\n\nDit wachtwoord mag nooit op de site verschijnen: hunter2.\n");
        Path link = Files.createSymbolicLink(seeds.resolve("geheim.txt"), secret);
        Path outside = Files.createDirectories(dir.resolve("elders"));
        Files.writeString(outside.resolve("ook-geheim.txt"), "title Ook geheim\n\nOok dit wachtwoord mag nooit op de site: hunter3.\n");
        Path folderLink = Files.createSymbolicLink(seeds.resolve("elders"), outside);
        CliRun run = build();
        builds(run);
        assertTrue(run.err().contains(link + ": warning: is a link to " + secret.toRealPath() + ", outside the seeds folder"), run::toString);
        assertTrue(run.err().contains(folderLink + ": warning: is a link to " + outside.toRealPath() + ", outside the seeds folder"), run::toString);
        SortedMap<String, FixtureSite.FileState> files = FixtureSite.snapshot(site);
        assertFalse(files.keySet().stream().anyMatch(f -> f.contains("geheim")), files.keySet()::toString);
        for (String page : files.keySet()) {
            if (page.endsWith(".html") || page.endsWith(".json")) {
                String text = Files.readString(site.resolve(page));
                assertFalse(text.contains("hunter2") || text.contains("hunter3"), page);
            }
        }
    }
}
