package org.dossier.analyze.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code cldr-names.txt}, the Dutch and English CLDR names of every ISO country, of the world
 * regions the recogniser knows, of the EU and the UN, and of every ISO language, as the running JDK gives
 * them. The recogniser reads the file, not the JDK: a build then finds the same names on every Java, and
 * does not spend some 150 ms of every start loading the JDK's locale names. Run from the repository root
 * when the names should follow a newer CLDR:
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.dossier.analyze.entities.CldrNamesExport
 * </pre>
 */
public final class CldrNamesExport {
    static final Path FILE = Path.of("src/main/resources/org/dossier/analyze/entities/cldr-names.txt");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    /** UN M49 world regions: continents and their parts (Europa, Oost-Europa, West-Afrika...). */
    private static final List<String> REGIONS = List.of("002", "005", "009", "011", "013", "014", "015", "017",
            "018", "019", "021", "029", "030", "034", "035", "039", "053", "054", "057", "061", "142", "143",
            "145", "150", "151", "154", "155", "202", "419");

    private CldrNamesExport() {}

    public static void main(String[] args) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# The CLDR names (Dutch, English) of ISO countries, world regions, the EU and the UN, and ISO languages,");
        lines.add("# as Java " + System.getProperty("java.version") + " gives them; written by CldrNamesExport (see the README).");
        lines.add("# kind\tcode\tDutch\tEnglish");
        for (String code : Locale.getISOCountries()) lines.add(region("country", code));
        for (String code : REGIONS) lines.add(region("region", code));
        for (String code : List.of("EU", "UN")) lines.add(region("organisation", code));
        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.forLanguageTag(code);
            lines.add(String.join("\t", "language", code, language.getDisplayLanguage(DUTCH), language.getDisplayLanguage(Locale.ENGLISH)));
        }
        Files.write(FILE, lines, StandardCharsets.UTF_8);
        System.out.println("wrote " + FILE + ": " + (lines.size() - 3) + " names");
    }

    private static String region(String kind, String code) {
        Locale region = new Locale.Builder().setRegion(code).build();
        return String.join("\t", kind, code, region.getDisplayCountry(DUTCH), region.getDisplayCountry(Locale.ENGLISH));
    }
}
