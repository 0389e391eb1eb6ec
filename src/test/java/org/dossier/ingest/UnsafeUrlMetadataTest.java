package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.dossier.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code url} that could run script is refused with a warning at its line, and the article has no link. */
class UnsafeUrlMetadataTest {
    @TempDir
    Path dir;

    private IngestResult ingest(String name, String text) {
        return SeedFixtures.ingest(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void refusedAt(IngestResult result, String fileEnd, int line) {
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        assertEquals(1, result.articles().size());
        assertEquals(Optional.empty(), result.articles().get(0).originalUrl());
        Diagnostic warning = result.diagnostics().stream().filter(d -> d.message().contains("no link to its original"))
                .findFirst().orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
        assertTrue(warning.toString().contains(fileEnd + ":" + line), warning.toString());
    }

    @Test
    void refusesJavascriptInATextHeader() {
        refusedAt(ingest("a.txt", "title Een titel\nurl javascript:alert(1)\n\nDe tekst van het artikel staat hier.\n"), "a.txt", 2);
    }

    @Test
    void refusesATabInsideTheSchemeInFrontMatter() {
        refusedAt(ingest("b.md", "---\ntitle: Titel\nurl: \"java\\tscript:alert(1)\"\n---\n\nDe tekst van het artikel.\n"), "b.md", 3);
    }

    @Test
    void refusesMixedCaseAndDataAndVbscriptInFrontMatter() {
        for (String url : new String[] {"JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)"}) {
            refusedAt(ingest("c.md", "---\ntitle: Titel\ndate: 2022-01-02\nurl: '" + url + "'\n---\n\nDe tekst van het artikel.\n"), "c.md", 4);
        }
    }

    @Test
    void refusesAJavascriptCanonicalLinkInAnHtmlPage() {
        refusedAt(ingest("d.html", "<!DOCTYPE html><html><head><title>Titel</title>\n<link rel=\"canonical\" href=\"javascript:alert(1)\">\n"
                + "</head><body><article><p>De tekst van het artikel staat hier in een alinea.</p></article></body></html>"), "d.html", 2);
    }

    @Test
    void keepsAWebAddress() {
        IngestResult result = ingest("e.txt", "url https://www.example.org/artikel\n\nDe tekst van het artikel staat hier.\n");
        assertEquals(Optional.of("https://www.example.org/artikel"), result.articles().get(0).originalUrl());
    }
}
