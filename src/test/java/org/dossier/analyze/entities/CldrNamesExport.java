package org.dossier.analyze.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormatSymbols;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Writes {@code cldr-names.txt}, the Dutch and English CLDR names of every ISO country, of the world
 * regions the recogniser knows, of the EU and the UN, of every ISO language, of the months and the days of
 * the week, and the time-zone ids of the tz database, as the running JDK gives them. The recogniser reads
 * the file, not the JDK: a build then finds the same names on every Java (and on every update of its tz
 * data), and does not spend some 150 ms of every start loading the JDK's locale names. Run from the
 * repository root when the names should follow a newer CLDR:
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
        lines.add("# The CLDR names (Dutch, English) of ISO countries, world regions, the EU and the UN, ISO languages, months");
        lines.add("# and days of the week, and the time-zone ids of the tz database (\"zone\", the id alone),");
        lines.add("# as Java " + System.getProperty("java.version") + " gives them; written by CldrNamesExport (see the README).");
        lines.add("# kind\tcode\tDutch\tEnglish");
        for (String code : Locale.getISOCountries()) lines.add(region("country", code));
        for (String code : REGIONS) lines.add(region("region", code));
        for (String code : List.of("EU", "UN")) lines.add(region("organisation", code));
        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.forLanguageTag(code);
            lines.add(String.join("\t", "language", code, language.getDisplayLanguage(DUTCH), language.getDisplayLanguage(Locale.ENGLISH)));
        }
        DateFormatSymbols dutch = DateFormatSymbols.getInstance(DUTCH);
        DateFormatSymbols english = DateFormatSymbols.getInstance(Locale.ENGLISH);
        for (int month = 0; month < 12; month++) {
            lines.add(String.join("\t", "month", Integer.toString(month + 1), dutch.getMonths()[month], english.getMonths()[month]));
        }
        for (int day = Calendar.SUNDAY; day <= Calendar.SATURDAY; day++) {
            lines.add(String.join("\t", "weekday", Integer.toString(day), dutch.getWeekdays()[day], english.getWeekdays()[day]));
        }
        for (String zone : new TreeSet<>(ZoneId.getAvailableZoneIds())) lines.add("zone\t" + zone);
        Files.write(FILE, lines, StandardCharsets.UTF_8);
        System.out.println("wrote " + FILE + ": " + (lines.size() - 4) + " names");
    }

    private static String region(String kind, String code) {
        Locale region = new Locale.Builder().setRegion(code).build();
        return String.join("\t", kind, code, region.getDisplayCountry(DUTCH), region.getDisplayCountry(Locale.ENGLISH));
    }
}
