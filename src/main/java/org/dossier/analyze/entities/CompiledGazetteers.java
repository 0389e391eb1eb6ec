package org.dossier.analyze.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.model.EntityType;

/**
 * The gazetteers as {@link GazetteerLoader#fromLists()} makes them from the shipped lists, written out
 * once ({@code gazetteers.txt}, by the test-scope {@code GazetteerExport}) and read at every start
 * instead: uniting the groups of names, normalising every name and asking the JDK for month, day and
 * time-zone names (now in the lists) took a small build 100 to 300 ms of processor time, most of it before its analysis
 * could begin. The given names stay in {@code firstnames.txt} (a licence of their own) and are read beside
 * this file.
 *
 * <p>Format: a section "= NAME" per list of the {@link Lexicon} ({@link Lexicon#LISTS}), then "= placeStems",
 * "= countryAbbreviations", one word a line, sorted; then "= names", a line per known name,
 * "lookup-key TAB name TAB type TAB key TAB source", sorted by lookup key and, for one key, in the order of
 * {@link Gazetteers#names()}. Comment lines ("#") come only before the first section.
 */
final class CompiledGazetteers {
    static final String RESOURCE = "gazetteers.txt";
    private static final String DIR = "/org/dossier/analyze/entities/";
    private static final String NAMES = "names";
    private static final String PLACE_STEMS = "placeStems";
    private static final String COUNTRY_ABBREVIATIONS = "countryAbbreviations";

    private CompiledGazetteers() {}

    /** The shipped gazetteers: {@code gazetteers.txt} and the given names of {@code firstnames.txt}. */
    static Gazetteers load() {
        return read(resource(RESOURCE), resource("firstnames.txt"));
    }

    /** The gazetteers of a compiled text and the text of the list of given names. */
    static Gazetteers read(String compiled, String firstNamesList) {
        List<List<String>> lists = new ArrayList<>();
        List<String> placeStems = List.of();
        List<String> countryAbbreviations = List.of();
        List<Map.Entry<String, List<KnownName>>> names = new ArrayList<>();
        String section = null;
        List<String> words = null;
        String lookup = null;
        List<KnownName> known = null;
        for (String line : lines(compiled)) {
            if (line.startsWith("= ")) {
                section = line.substring(2);
                words = new ArrayList<>();
                if (section.equals(PLACE_STEMS)) placeStems = words;
                else if (section.equals(COUNTRY_ABBREVIATIONS)) countryAbbreviations = words;
                else if (!section.equals(NAMES)) {
                    if (!section.equals(Lexicon.LISTS.get(lists.size()))) throw malformed("section " + section + " out of order");
                    lists.add(words);
                }
            } else if (section == null) {
                if (!line.startsWith("#")) throw malformed("a line before the first section: " + line);
            } else if (section.equals(NAMES)) {
                String[] fields = line.split("\t", -1);
                if (fields.length != 5) throw malformed("not five fields: " + line);
                if (!fields[0].equals(lookup)) {
                    if (lookup != null) names.add(Map.entry(lookup, List.copyOf(known)));
                    lookup = fields[0];
                    known = new ArrayList<>(2);
                }
                known.add(new KnownName(fields[1], EntityType.valueOf(fields[2]), fields[3], KnownName.Source.valueOf(fields[4])));
            } else {
                words.add(line);
            }
        }
        if (lookup != null) names.add(Map.entry(lookup, List.copyOf(known)));
        if (lists.size() != Lexicon.LISTS.size()) throw malformed(lists.size() + " lexicon lists instead of " + Lexicon.LISTS.size());
        List<Set<String>> lexiconLists = new ArrayList<>();
        for (List<String> list : lists) lexiconLists.add(Set.copyOf(list));
        Lexicon lexicon = Lexicon.of(lexiconLists);
        Set<String> firstNames = new HashSet<>();
        for (String name : lines(firstNamesList)) {
            if (!name.startsWith("#") && !lexicon.isCommonWord(name)) firstNames.add(name);
        }
        @SuppressWarnings("unchecked")
        Map.Entry<String, List<KnownName>>[] entries = names.toArray(new Map.Entry[0]);
        Map<String, List<KnownName>> index = Map.ofEntries(entries);
        return new Gazetteers(index, firstNames, Set.copyOf(placeStems), Set.copyOf(countryAbbreviations), lexicon,
                Gazetteers.firstWordsOf(index.keySet()));
    }

    /** The compiled text of {@code gazetteers}; its given names are not part of it. */
    static String write(Gazetteers gazetteers, String header) {
        StringBuilder out = new StringBuilder();
        for (String line : header.split("\n")) out.append("# ").append(line).append('\n');
        List<Set<String>> lists = gazetteers.lexicon().lists();
        for (int i = 0; i < lists.size(); i++) section(out, Lexicon.LISTS.get(i), lists.get(i));
        section(out, PLACE_STEMS, gazetteers.placeStems());
        section(out, COUNTRY_ABBREVIATIONS, gazetteers.countryAbbreviations());
        out.append("= ").append(NAMES).append('\n');
        for (String lookup : new TreeSet<>(gazetteers.names().keySet())) {
            for (KnownName name : gazetteers.names().get(lookup)) {
                out.append(String.join("\t", lookup, name.name(), name.type().name(), name.key(), name.source().name())).append('\n');
            }
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String name, Set<String> words) {
        out.append("= ").append(name).append('\n');
        for (String word : new TreeSet<>(words)) out.append(word).append('\n');
    }

    /** The non-empty lines of a text, stripped. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(text.length() / 16);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) lines.add(line);
            start = end + 1;
        }
        return lines;
    }

    private static IllegalStateException malformed(String problem) {
        return new IllegalStateException(DIR + RESOURCE + " is malformed (" + problem + "); write it again with GazetteerExport");
    }

    private static String resource(String name) {
        try (InputStream in = CompiledGazetteers.class.getResourceAsStream(DIR + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + DIR + name + " on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + DIR + name, e);
        }
    }
}
