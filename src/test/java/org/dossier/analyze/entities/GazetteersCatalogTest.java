package org.dossier.analyze.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.model.EntityCatalog;
import org.dossier.model.EntityType;
import org.dossier.model.SourceLocation;
import org.junit.jupiter.api.Test;

/** The editor's catalog above the shipped gazetteers. */
class GazetteersCatalogTest {
    private static final Gazetteers SHIPPED = Gazetteers.loadDefault();

    private static Gazetteers withHarbourBoard() {
        return SHIPPED.withCatalog(new EntityCatalog(List.of(new EntityCatalog.Entry("Havenbedrijf Zuidkust", EntityType.ORGANIZATION,
                List.of("HBZ", "Zuidkust Havens", "@zuidkust"), Optional.empty(), Optional.empty(), SourceLocation.of("seeds/entities.yml", 1)),
                new EntityCatalog.Entry("Nederland", EntityType.ORGANIZATION, List.of(), Optional.empty(), Optional.empty(),
                        SourceLocation.of("seeds/entities.yml", 5))), List.of()));
    }

    @Test
    void catalogNamesAreKnownAboveEveryOtherSourceAndTheirFirstWordsStartLongNames() {
        Gazetteers merged = withHarbourBoard();
        assertEquals(List.of(new KnownName("Zuidkust Havens", EntityType.ORGANIZATION, "catalog:havenbedrijf zuidkust", KnownName.Source.CATALOG)),
                merged.lookup("Zuidkust Havens"));
        // The catalog's word replaces what the shipped lists say of the name.
        assertEquals(List.of(KnownName.Source.CATALOG), merged.lookup("Nederland").stream().map(KnownName::source).toList());
        assertTrue(merged.startsLongName("Havenbedrijf") && merged.startsLongName("Zuidkust"));
        assertFalse(SHIPPED.startsLongName("Havenbedrijf"));
        assertTrue(merged.lookup("@zuidkust").isEmpty(), "a handle is no name");
    }

    @Test
    void theMergedIndexIsTheShippedOneWithTheCatalogsNamesAndTheirFirstWords() {
        Gazetteers merged = withHarbourBoard();
        assertEquals(SHIPPED.names().size() + 3, merged.names().size());
        assertEquals(Gazetteers.firstWordsOf(merged.names().keySet()), merged.firstWordsOfLongNames());
        for (var known : SHIPPED.names().entrySet()) {
            if (!known.getKey().equals("nederland")) assertEquals(known.getValue(), merged.names().get(known.getKey()), known.getKey());
        }
    }
}
