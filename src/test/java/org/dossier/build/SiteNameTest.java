package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dossier without a title in its settings is named after what its articles are about, in the site's
 * language (the one most articles are in): the person named in the most articles and the period.
 */
class SiteNameTest {
    @TempDir
    Path dir;

    @Test
    void namesAnEnglishStoryAfterItsMostNamedPersonAndMonth() {
        Path site = dir.resolve("site");
        FixtureSite.build(EnglishStory.write(dir.resolve("seeds"), 6), site);
        var home = FixtureSite.parse(site.resolve("index.html"));
        assertEquals("Helen Carter, March 2024", home.selectFirst("h1").text());
        assertEquals("en", home.selectFirst("html").attr("lang"));
        assertEquals("Helen Carter, March 2024", home.title());
    }

    @Test
    void namesTheDutchSeedsAfterTheirMostNamedPersonInDutch() {
        Path site = dir.resolve("site");
        FixtureSite.build(FixtureSite.SEEDS, site);
        var home = FixtureSite.parse(site.resolve("index.html"));
        assertEquals("Joe Biden, januari 2022", home.selectFirst("h1").text());
        assertEquals("nl", home.selectFirst("html").attr("lang"));
    }
}
