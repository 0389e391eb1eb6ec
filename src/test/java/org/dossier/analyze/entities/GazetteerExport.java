package org.dossier.analyze.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code gazetteers.txt}, the gazetteers as {@link GazetteerLoader#fromLists()} makes them from the
 * lists beside it, which builds read instead of making them again
 * ({@link CompiledGazetteers}). Run from the repository root after changing a list (the test
 * {@code CompiledGazetteersTest} fails until then):
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.dossier.analyze.entities.GazetteerExport
 * </pre>
 */
public final class GazetteerExport {
    static final Path FILE = Path.of("src/main/resources/org/dossier/analyze/entities/" + CompiledGazetteers.RESOURCE);

    private GazetteerExport() {}

    /** The text of the file as the lists and this JDK make it now. */
    static String text() {
        return CompiledGazetteers.write(GazetteerLoader.fromLists(), String.join("\n",
                "The gazetteers and word lists of the recogniser, made by GazetteerLoader from the lists beside this file",
                "(names.txt, cldr-names.txt: CLDR and tz database, places-nl.txt: GeoNames, CC BY 4.0, see the README);",
                "written by GazetteerExport, do not edit. The given names are in firstnames.txt."));
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, text(), StandardCharsets.UTF_8);
        System.out.println("wrote " + FILE);
    }
}
