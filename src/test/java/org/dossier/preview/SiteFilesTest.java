package org.dossier.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFilesTest {
    @TempDir
    Path dir;
    private Path site;
    private SiteFiles files;

    @BeforeEach
    void site() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "home");
        Files.createDirectories(site.resolve("articles"));
        Files.writeString(site.resolve("articles/a b.html"), "a");
        Files.writeString(site.resolve("articles/.a.html.dossier-new"), "half written");
        Files.createDirectories(site.resolve("empty"));
        Files.writeString(dir.resolve("secret.txt"), "outside the site");
        files = new SiteFiles(site);
    }

    private SiteFiles.Resolution resolve(String raw) {
        return files.resolve(raw);
    }

    @Test
    void servesFilesAndFolderIndexes() {
        assertEquals(new SiteFiles.Found(site.resolve("index.html"), "index.html"), resolve("/"));
        assertEquals(new SiteFiles.Found(site.resolve("index.html"), "index.html"), resolve("/index.html"));
        assertEquals(new SiteFiles.Found(site.resolve("articles/a b.html"), "articles/a b.html"), resolve("/articles/a%20b.html"));
        assertEquals(new SiteFiles.Found(site.resolve("articles/a b.html"), "articles/a b.html"), resolve("//articles///a%20b.html"));
    }

    @Test
    void redirectsAFolderWithoutSlashSoThatRelativeLinksWork() {
        assertEquals(new SiteFiles.Redirect("/articles/"), resolve("/articles"));
        assertEquals(new SiteFiles.Missing("articles/index.html"), resolve("/articles/"), "no listing of folders");
        assertEquals(new SiteFiles.Redirect("/empty/"), resolve("//empty"), "never '//host', which would leave the server");
    }

    @Test
    void neverLeavesTheSiteFolder() {
        for (String raw : List.of("/../secret.txt", "/articles/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
                "/articles/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/..%5csecret.txt",
                "/articles/..", "/./index.html", "/%2e/index.html", "/secret.txt%00.html", "/..", "..", "secret.txt")) {
            assertInstanceOf(SiteFiles.Missing.class, resolve(raw), raw);
        }
    }

    @Test
    void decodesOnlyOnceSoDoubleEncodingNamesALiteralFile() {
        assertEquals(Optional.of("/%2e%2e/secret.txt"), SiteFiles.decode("/%252e%252e/secret.txt"));
        assertInstanceOf(SiteFiles.Missing.class, resolve("/%252e%252e/secret.txt"));
    }

    @Test
    void refusesMalformedEscapes() {
        for (String raw : List.of("/%", "/%2", "/%zz", "/%c3%28", "/%ff")) {
            assertEquals(Optional.empty(), SiteFiles.decode(raw), raw);
            assertInstanceOf(SiteFiles.Missing.class, resolve(raw), raw);
        }
        assertEquals(Optional.of("/a+b é"), SiteFiles.decode("/a+b%20%C3%A9"), "'+' is no space in a path");
    }

    @Test
    void neverServesHiddenFiles() {
        assertInstanceOf(SiteFiles.Missing.class, resolve("/articles/.a.html.dossier-new"));
    }

    @Test
    void refusesSymbolicLinksThatPointOutOfTheSite() throws IOException {
        assumeTrue(canLink(), "this file system has no symbolic links");
        Files.createSymbolicLink(site.resolve("leak.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("up"), dir);
        Files.createSymbolicLink(site.resolve("home.html"), site.resolve("index.html"));

        assertInstanceOf(SiteFiles.Missing.class, resolve("/leak.txt"));
        assertInstanceOf(SiteFiles.Missing.class, resolve("/up/secret.txt"));
        assertInstanceOf(SiteFiles.Missing.class, resolve("/up/"));
        assertEquals(new SiteFiles.Found(site.resolve("home.html"), "home.html"), resolve("/home.html"),
                "a link that stays inside the site is fine");
    }

    @Test
    void sendsAFolderOfPagesToThePageThatListsThem() throws IOException {
        Files.createDirectories(site.resolve("entities"));
        Files.writeString(site.resolve("entities/joe-biden.html"), "Biden");
        Files.writeString(site.resolve("entities.html"), "everyone");
        assertEquals(new SiteFiles.Redirect("/entities.html"), resolve("/entities/"));
        assertEquals(new SiteFiles.Redirect("/entities/"), resolve("/entities"), "the slash first, as for any folder");
        assertEquals(new SiteFiles.Missing("empty/index.html"), resolve("/empty/"), "a folder with no page beside it");
    }

    @Test
    void reportsTheMissingPageSoItCanReloadWhenItAppears() {
        assertEquals(new SiteFiles.Missing("articles/new.html"), resolve("/articles/new.html"));
    }

    @Test
    void encodesRedirectSegments() {
        assertEquals("a%20b%3F%23%2F%C3%A9", SiteFiles.encode("a b?#/é"));
    }

    private boolean canLink() {
        try {
            Path probe = dir.resolve("probe");
            Files.createSymbolicLink(probe, dir.resolve("secret.txt"));
            Files.delete(probe);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
