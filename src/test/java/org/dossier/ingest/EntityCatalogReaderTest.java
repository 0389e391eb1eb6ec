package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Diagnostic;
import org.dossier.model.EntityCatalog;
import org.dossier.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityCatalogReaderTest {
    private static final String FILE = "seeds/entities.yml";

    @Test
    void readsEntriesAndIgnoredNames() {
        String yaml = """
                entities:
                  - name: Volodymyr Zelensky
                    type: person
                    aliases: [Zelenski, Володимир Зеленський, "@ZelenskyyUa"]
                    description: President of Ukraine since 2019.
                    link: https://www.wikidata.org/wiki/Q3874799
                  - name: NAVO
                    type: organisation
                ignore:
                  - Westen
                """;
        EntityCatalogReader.Result r = EntityCatalogReader.parse(yaml, FILE);
        assertEquals(List.of(), r.diagnostics());
        EntityCatalog.Entry z = r.catalog().entries().get(0);
        assertEquals("Volodymyr Zelensky", z.name());
        assertEquals(EntityType.PERSON, z.type());
        assertEquals(List.of("Zelenski", "Володимир Зеленський", "@ZelenskyyUa"), z.aliases());
        assertEquals(Optional.of("President of Ukraine since 2019."), z.description());
        assertEquals(Optional.of("https://www.wikidata.org/wiki/Q3874799"), z.link());
        assertEquals(2, z.location().line());
        assertEquals(EntityType.ORGANIZATION, r.catalog().entries().get(1).type());
        assertEquals(List.of("Westen"), r.catalog().ignored());
    }

    @Test
    void namesTheLineAndTheFixOfAnUnknownType() {
        String yaml = "entities:\n  - name: Poetin\n    type: persoon\n";
        EntityCatalogReader.Result r = EntityCatalogReader.parse(yaml, FILE);
        assertTrue(r.hasErrors());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals("seeds/entities.yml:3:11: unknown type 'persoon' for 'Poetin'; use person, organization, place or other", d.toString());
        assertTrue(r.catalog().entries().isEmpty());
    }

    @Test
    void reportsAnEntryWithoutNameAndKeepsTheValidOnes() {
        String yaml = "entities:\n  - type: place\n  - name: Kiev\n    type: place\n";
        EntityCatalogReader.Result r = EntityCatalogReader.parse(yaml, FILE);
        assertEquals(1, r.diagnostics().size());
        assertEquals(2, r.diagnostics().get(0).location().line());
        assertTrue(r.diagnostics().get(0).message().contains("add a line 'name: ...'"));
        assertEquals("Kiev", r.catalog().entries().get(0).name());
    }

    @Test
    void reportsBrokenYamlWithItsLine() {
        String yaml = "entities:\n  - name: Poetin\n    type: [person\n";
        EntityCatalogReader.Result r = EntityCatalogReader.parse(yaml, FILE);
        assertTrue(r.hasErrors());
        assertTrue(r.diagnostics().get(0).toString().startsWith("seeds/entities.yml:4:"), r.diagnostics()::toString);
        assertTrue(r.diagnostics().get(0).message().startsWith("not valid YAML"));
    }

    @Test
    void warnsAboutUnknownKeysWithoutFailing() {
        String yaml = "entities:\n  - name: Kiev\n    type: place\n    wikidata: Q1899\n";
        EntityCatalogReader.Result r = EntityCatalogReader.parse(yaml, FILE);
        assertFalse(r.hasErrors());
        assertEquals(4, r.diagnostics().get(0).location().line());
        assertEquals(1, r.catalog().entries().size());
    }

    @Test
    void aMissingFileIsAnEmptyCatalog(@TempDir Path dir) throws Exception {
        assertEquals(EntityCatalog.empty(), EntityCatalogReader.read(dir.resolve("entities.yml"), FILE).catalog());
        Files.writeString(dir.resolve("entities.yml"), "ignore: [Beeld]\n");
        assertEquals(List.of("Beeld"), EntityCatalogReader.read(dir.resolve("entities.yml"), FILE).catalog().ignored());
    }
}
