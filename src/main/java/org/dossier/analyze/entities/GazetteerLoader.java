package org.dossier.analyze.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dossier.model.EntityType;

/**
 * Makes the gazetteers from the shipped lists (see the README beside them), among them the CLDR names of
 * countries, regions, languages, months and days in Dutch and English, and the tz database's time-zone
 * cities ({@code cldr-names.txt}), so that they are the same on every Java. A build does not run this: it reads what this made, written
 * out in {@code gazetteers.txt} ({@link CompiledGazetteers}); a test holds the two equal.
 */
final class GazetteerLoader {
    private static final String DIR = "/org/dossier/analyze/entities/";
    /** Compiled once: {@code String.matches} would compile it again for each of some 600 zone ids. */
    private static final Pattern ZONE_CITY = Pattern.compile("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_]+");
    /** Country and region names that CLDR does not give but adjectives come from (Vlaamse, Britse). */
    private static final List<String> OTHER_COUNTRY_NAMES = List.of("Vlaanderen", "Wallonië", "Engeland",
            "Schotland", "Brittannië", "Britain", "Holland", "Europa", "Scandinavië", "Kaukasus", "Siberië");
    private static final String[] DAY_PARTS = {"avond", "ochtend", "middag", "namiddag", "voormiddag", "nacht", "morgen"};

    private record Group(EntityType type, KnownName.Source source, String key, List<String> names) {}

    /** A line of {@code cldr-names.txt}: a country, region, organisation or language and its two names. */
    private record CldrName(String kind, String code, String dutch, String english) {
        /** The names a region goes by: Dutch first, without blanks or the bare code. */
        List<String> regionNames() {
            Set<String> names = new LinkedHashSet<>();
            for (String name : List.of(dutch, english)) {
                if (!name.isBlank() && !name.equals(code)) names.add(name);
            }
            return List.copyOf(names);
        }
    }

    private GazetteerLoader() {}

    static Gazetteers fromLists() {
        List<CldrName> cldr = cldrNames();
        Lexicon lexicon = lexicon(cldr);
        List<Group> groups = new ArrayList<>();
        groups.addAll(namesFile());
        groups.addAll(cldr(cldr));
        for (String place : lines("places-nl.txt")) {
            groups.add(new Group(EntityType.PLACE, KnownName.Source.GEONAMES, "geonames:" + place, List.of(place)));
        }
        for (CldrName zone : cldr) {
            String id = zone.code();
            if (!zone.kind().equals("zone") || !ZONE_CITY.matcher(id).matches()) continue;
            String city = id.substring(id.indexOf('/') + 1).replace('_', ' ');
            if (city.length() >= 4 && !lexicon.isCommonWord(city)) {
                groups.add(new Group(EntityType.PLACE, KnownName.Source.TIME_ZONES, "tz:" + city, List.of(city)));
            }
        }
        Set<String> firstNames = new TreeSet<>();
        for (String name : lines("firstnames.txt")) {
            if (!lexicon.isCommonWord(name)) firstNames.add(name);
        }
        Map<String, List<KnownName>> index = index(groups);
        return new Gazetteers(index, firstNames, placeStems(cldr), countryAbbreviations(cldr), lexicon, Gazetteers.firstWordsOf(index.keySet()));
    }

    /** Joins groups that share a name of the same type, then keeps, per name, the most authoritative source. */
    private static Map<String, List<KnownName>> index(List<Group> groups) {
        int[] parent = new int[groups.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        Map<String, Integer> firstGroup = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String name : groups.get(g).names()) {
                String k = groups.get(g).type() + "|" + NameKey.lookup(name);
                Integer other = firstGroup.putIfAbsent(k, g);
                if (other != null) union(parent, other, g);
            }
        }
        Map<String, List<KnownName>> index = new TreeMap<>();
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            String key = groups.get(find(parent, g)).key();
            for (String name : group.names()) {
                List<KnownName> list = index.computeIfAbsent(NameKey.lookup(name), k -> new ArrayList<>());
                KnownName known = new KnownName(name, group.type(), key, group.source());
                if (list.isEmpty() || list.get(0).source() == known.source()) {
                    if (list.stream().noneMatch(k -> k.type() == known.type() && k.key().equals(known.key()) && k.name().equals(known.name()))) {
                        list.add(known);
                    }
                }
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return index;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra == rb) return;
        // The earlier (more authoritative) group gives the key.
        if (ra < rb) parent[rb] = ra; else parent[ra] = rb;
    }

    private static List<Group> namesFile() {
        List<Group> groups = new ArrayList<>();
        for (String line : lines("names.txt")) {
            String[] parts = line.split("\\|");
            EntityType type = switch (parts[0]) {
                case "place" -> EntityType.PLACE;
                case "org" -> EntityType.ORGANIZATION;
                case "person" -> EntityType.PERSON;
                case "other" -> EntityType.OTHER;
                default -> throw new IllegalStateException("names.txt: unknown type in line: " + line);
            };
            List<String> names = Arrays.stream(parts).skip(1).map(String::strip).filter(s -> !s.isEmpty()).toList();
            groups.add(new Group(type, KnownName.Source.NAMES, "names:" + names.get(0), names));
        }
        return groups;
    }

    private static List<CldrName> cldrNames() {
        List<CldrName> names = new ArrayList<>();
        for (String line : lines("cldr-names.txt")) {
            String[] fields = Arrays.copyOf(line.split("\t", -1), 4);
            names.add(new CldrName(fields[0], fields[1], Objects.requireNonNullElse(fields[2], ""), Objects.requireNonNullElse(fields[3], "")));
        }
        return names;
    }

    private static List<Group> cldr(List<CldrName> cldr) {
        List<Group> groups = new ArrayList<>();
        for (CldrName name : cldr) {
            String code = name.code();
            switch (name.kind()) {
                case "country" -> groups.add(new Group(EntityType.PLACE, KnownName.Source.CLDR, "cldr:" + code, name.regionNames()));
                case "region" -> {
                    if (!name.regionNames().isEmpty()) groups.add(new Group(EntityType.PLACE, KnownName.Source.CLDR, "cldr:" + code, name.regionNames()));
                }
                case "organisation" -> groups.add(new Group(EntityType.ORGANIZATION, KnownName.Source.CLDR, "cldr:" + code, name.regionNames()));
                case "language" -> {
                    Set<String> names = new LinkedHashSet<>();
                    for (String language : List.of(name.dutch(), name.english())) {
                        if (!language.isBlank() && !language.equalsIgnoreCase(code) && Character.isUpperCase(language.charAt(0))) names.add(language);
                    }
                    if (!names.isEmpty()) groups.add(new Group(EntityType.OTHER, KnownName.Source.CLDR, "language:" + code, List.copyOf(names)));
                }
                case "month", "weekday", "zone" -> {
                    // words of the lexicon and time-zone cities, not names of their own: see lexicon() and fromLists()
                }
                default -> throw new IllegalStateException("cldr-names.txt: unknown kind in line: " + name);
            }
        }
        return groups;
    }

    private static Set<String> placeStems(List<CldrName> cldr) {
        Set<String> stems = new TreeSet<>();
        for (CldrName name : cldr) {
            if (!name.kind().equals("country") && !name.kind().equals("region")) continue;
            for (String regionName : name.regionNames()) addStem(stems, regionName);
        }
        for (String name : OTHER_COUNTRY_NAMES) addStem(stems, name);
        return stems;
    }

    private static void addStem(Set<String> stems, String name) {
        String s = name.toLowerCase(Locale.ROOT);
        // Compass prefixes (Noord-Korea) say nothing about the adjective of the country.
        int hyphen = s.lastIndexOf('-');
        if (hyphen >= 0 && hyphen < s.length() - 4) s = s.substring(hyphen + 1);
        if (s.length() >= 4 && s.chars().limit(4).allMatch(Character::isLetter)) stems.add(s.substring(0, 4));
    }

    private static Set<String> countryAbbreviations(List<CldrName> cldr) {
        Set<String> abbreviations = new TreeSet<>();
        for (CldrName name : cldr) {
            String dutch = name.dutch();
            if (name.kind().equals("country") && dutch.length() >= 4 && Character.isLetter(dutch.charAt(2))) abbreviations.add(dutch.substring(0, 3));
        }
        return abbreviations;
    }

    private static Lexicon lexicon(List<CldrName> cldr) {
        Set<String> functionWords = words(lines("function-words.txt"));
        Set<String> temporal = new TreeSet<>();
        for (CldrName name : cldr) {
            if (!name.kind().equals("month") && !name.kind().equals("weekday")) continue;
            for (String word : List.of(name.dutch(), name.english())) {
                if (word.isBlank()) continue;
                String w = word.toLowerCase(Locale.ROOT);
                temporal.add(w);
                for (String part : DAY_PARTS) temporal.add(w + part);
            }
        }
        Set<String> roles = new TreeSet<>();
        for (String line : lines("roles.txt")) roles.add(line.toLowerCase(Locale.ROOT));
        Map<String, Set<String>> org = prefixed(lines("organisation-words.txt"));
        Map<String, Set<String>> place = prefixed(lines("place-words.txt"));
        return new Lexicon(functionWords, temporal, roles,
                org.getOrDefault("word", Set.of()), org.getOrDefault("suffix", Set.of()),
                org.getOrDefault("noun", Set.of()), org.getOrDefault("event", Set.of()), org.getOrDefault("event-suffix", Set.of()),
                place.getOrDefault("preposition", Set.of()), place.getOrDefault("noun", Set.of()),
                place.getOrDefault("prefix", Set.of()), place.getOrDefault("suffix", Set.of()),
                place.getOrDefault("head", Set.of()), words(lines("abbreviations.txt")));
    }

    /** Lines "kind word word ..." grouped by kind. */
    private static Map<String, Set<String>> prefixed(List<String> lines) {
        Map<String, Set<String>> byKind = new TreeMap<>();
        for (String line : lines) {
            String[] parts = line.split("\\s+");
            Set<String> set = byKind.computeIfAbsent(parts[0], k -> new TreeSet<>());
            for (int i = 1; i < parts.length; i++) set.add(parts[i].toLowerCase(Locale.ROOT));
        }
        return byKind;
    }

    private static Set<String> words(List<String> lines) {
        Set<String> words = new TreeSet<>();
        for (String line : lines) {
            for (String w : line.split("\\s+")) if (!w.isEmpty()) words.add(w.toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The non-empty, non-comment lines of a shipped resource. */
    private static List<String> lines(String resource) {
        try (InputStream in = GazetteerLoader.class.getResourceAsStream(DIR + resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + DIR + resource + " on the class path");
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + DIR + resource, e);
        }
    }
}
