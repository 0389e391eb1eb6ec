package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.dossier.model.LinkRule;

/** Fuzz target for {@code entities.yml}: any text gives a catalog and diagnostics, never an exception. */
class EntityCatalogFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void entityCatalog(byte[] data) {
        EntityCatalogReader.Result result = EntityCatalogReader.parse(new String(data, StandardCharsets.UTF_8), "entities.yml");
        result.catalog().entries().forEach(entry -> entry.link().ifPresent(url -> assertTrue(LinkRule.allows(url, LinkRule.WEB), url)));
    }
}
