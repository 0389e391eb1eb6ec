package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.model.EntityType;

/**
 * Merges recognised names into entities: one form per spelling or gazetteer key (see {@link
 * CollectionForms}), then forms joined into one entity when they name the same thing (full
 * and bare names of a person, typos, scripts, abbreviations and long names). Returns clusters of
 * occurrences; {@link EntityBuilder} makes entities.
 */
final class EntityMerger {
    private static final Map<Cue, Integer> WEIGHT = new EnumMap<>(Map.ofEntries(
            Map.entry(Cue.CATALOG, 1000), Map.entry(Cue.GAZETTEER, 20), Map.entry(Cue.ROLE, 8),
            Map.entry(Cue.FIRST_NAME, 6), Map.entry(Cue.ORGANISATION_WORD, 6), Map.entry(Cue.PLACE_WORD, 6),
            Map.entry(Cue.NATIONALITY, 6),
            Map.entry(Cue.DERIVED, 1), Map.entry(Cue.CONTEXT, 3), Map.entry(Cue.COLLECTION, 2),
            Map.entry(Cue.ACRONYM, 2), Map.entry(Cue.CAPITALISATION, 1)));
    /** {@link #WEIGHT} by the cue's ordinal: every occurrence votes, so the lookup is kept unboxed. */
    private static final int[] WEIGHT_BY_ORDINAL = new int[Cue.values().length];
    private static final EntityType[] TYPES = EntityType.values();

    static {
        WEIGHT.forEach((cue, weight) -> WEIGHT_BY_ORDINAL[cue.ordinal()] = weight);
    }

    /**
     * Occurrences of one spelling (or of one gazetteer key), in reading order, with the type they vote for.
     * Immutable, and compared by identity: a form made before for the same key and occurrences may be
     * handed back (see {@link CollectionForms#FORM}), so the same object means the same form.
     */
    static final class Form {
        final String key;
        final List<Occurrence> occurrences;
        final EntityType type;
        final String surface;
        private final boolean known;
        /** The form as a cluster of its own, made once. */
        private Cluster alone;
        // What merging reads of the surface in every build, worked out once for the form.
        private PersonNames personNames;
        private List<String> initials;
        private String latin;
        private String typoBlock;
        private String abbreviated;
        private String surnameBlock;
        private List<Occurrence> bracketed;

        Form(String key, List<Occurrence> occurrences, Names names) {
            this.key = key;
            this.occurrences = List.copyOf(occurrences);
            this.type = votedType(this.occurrences);
            this.surface = mostFrequent(this.occurrences, names);
            this.known = key.startsWith("key:");
        }

        Occurrence first() {
            return occurrences.get(0);
        }

        Cluster alone() {
            if (alone == null) alone = new Cluster(occurrences, type);
            return alone;
        }

        PersonNames personNames(Names names) {
            if (personNames == null) personNames = names.personNames(surface);
            return personNames;
        }

        List<String> initials(Names names) {
            if (initials == null) initials = names.initials(surface);
            return initials;
        }

        String latin(Names names) {
            if (latin == null) latin = names.latin(surface);
            return latin;
        }

        /** The block of long names of its type it is compared with for typos; empty when it is too short for typos. */
        String typoBlock(Names names) {
            if (typoBlock == null) typoBlock = latin(names).length() >= 8 ? type + block(latin(names)) : "";
            return typoBlock;
        }

        /** The block of people's names it is compared with: its surname's start; empty without a surname. */
        String surnameBlock(Names names) {
            if (surnameBlock == null) {
                String surname = personNames(names).surname();
                surnameBlock = surname.isEmpty() ? "" : block(surname);
            }
            return surnameBlock;
        }

        /** For an abbreviation (one word of 2 to 8 capitals, dots aside), its letters; else empty. */
        String abbreviated() {
            if (abbreviated == null) {
                abbreviated = surface.indexOf(' ') < 0 && isAbbreviation(surface) ? surface.replace(".", "").toUpperCase(java.util.Locale.ROOT) : "";
            }
            return abbreviated;
        }

        /** The occurrences right after an opening bracket, where an abbreviation may follow its long name. */
        List<Occurrence> bracketed() {
            if (bracketed == null) bracketed = occurrences.stream().filter(EntityMerger::afterOpeningBracket).toList();
            return bracketed;
        }

        /** Whether a gazetteer knows the name (its synonyms share its key). */
        boolean isKnown() {
            return known;
        }
    }

    /**
     * The occurrences of one entity, in reading order, and the type they vote for. Compared by identity:
     * a cluster made of the same forms as last build is the same object, and what is made from it is kept.
     */
    static final class Cluster {
        private final List<Occurrence> occurrences;
        private final EntityType type;

        Cluster(List<Occurrence> occurrences, EntityType type) {
            this.occurrences = occurrences;
            this.type = type;
        }

        List<Occurrence> occurrences() {
            return occurrences;
        }

        EntityType type() {
            return type;
        }
    }

    private final List<Form> forms;
    private final Names names;
    private final DisjointSets clusters;
    /**
     * For a bare surname whose mentions went each to the nearest of several people: by form, the form
     * each of its occurrences went to, in the order of the form's occurrences. Kept by form index, not by
     * occurrence, so that making clusters need not hash every occurrence.
     */
    private final Map<Integer, int[]> reassigned = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    /** A cluster of several forms, from its forms in order (compared by identity: see {@link Form}). */
    static final Step<List<Form>, Cluster> JOINED = new Step<>("cluster of several forms");
    /** The joins of a block of people's names (its forms compared by identity). */
    static final Step<PeopleBlock, PeopleBlock.Joins> PEOPLE = new Step<>("joins of people's names");

    private final CollectionForms.Forms collection;
    private final Shortcuts shortcuts;

    private EntityMerger(CollectionForms.Forms collection, Names names, Shortcuts shortcuts) {
        this.collection = collection;
        this.forms = collection.forms();
        this.names = names;
        this.shortcuts = shortcuts;
        this.clusters = new DisjointSets(forms.size());
    }

    /**
     * Clusters the collection's forms (of the clear, non-derived occurrences, in order of their first occurrence); notes
     * go to {@code uncertain}: people first, then abbreviations, then typos.
     */
    static List<Cluster> cluster(CollectionForms.Forms collection, List<String> uncertain, Names names, Shortcuts shortcuts) {
        EntityMerger merger = new EntityMerger(collection, names, shortcuts);
        merger.joinPeople();
        merger.joinAbbreviations();
        merger.joinTypos();
        uncertain.addAll(merger.notes);
        return merger.clusters();
    }

    static int weight(Cue cue) {
        return WEIGHT_BY_ORDINAL[cue.ordinal()];
    }

    /**
     * Gazetteer synonyms share a key; otherwise the spelling (adjectives without their inflection). The
     * same names recur thousands of times, so each distinct name is keyed once in a build (and its
     * spelling worked out once while {@code names} remembers it).
     */
    static final class FormKeys {
        private final Names names;
        private final Map<String, String> ofGazetteerKey = new HashMap<>();
        private final Map<String, String> ofText = new HashMap<>();
        private final Map<String, String> ofNationality = new HashMap<>();

        FormKeys(Names names) {
            this.names = names;
        }

        String of(NameSpan n) {
            if (n.key().isPresent()) return ofGazetteerKey.computeIfAbsent(n.key().get(), k -> "key:" + k);
            if (n.cue() == Cue.NATIONALITY) return ofNationality.computeIfAbsent(n.text(), this::nationalityKey);
            return ofText.computeIfAbsent(n.text(), text -> "text:" + latin(text));
        }

        private String nationalityKey(String text) {
            String latin = latin(text);
            if (latin.endsWith("e")) latin = latin.substring(0, latin.length() - 1);
            return "text:" + latin;
        }

        private String latin(String text) {
            return names.latin(names.withoutPossessive(text));
        }
    }

    static EntityType votedType(List<Occurrence> occurrences) {
        int[] votes = new int[TYPES.length];
        for (Occurrence o : occurrences) votes[o.name().type().ordinal()] += weight(o.name().cue());
        // Every cue weighs at least 1, so a type with no votes has no occurrence; a tie goes to the type declared first.
        int best = -1;
        for (int t = 0; t < votes.length; t++) if (votes[t] > 0 && (best < 0 || votes[t] > votes[best])) best = t;
        if (best < 0) throw new java.util.NoSuchElementException("no occurrences to vote");
        return TYPES[best];
    }

    private static String mostFrequent(List<Occurrence> occurrences, Names names) {
        String first = occurrences.get(0).surface();
        if (isOneSpelling(occurrences, first)) return names.withoutPossessive(first); // most forms: nothing to count
        // Counted by spelling first: a form has few spellings, and stripping the possessive is a pattern match.
        Map<String, Integer> bySpelling = new HashMap<>();
        for (Occurrence o : occurrences) bySpelling.merge(o.surface(), 1, Integer::sum);
        Map<String, Integer> counts = new TreeMap<>();
        bySpelling.forEach((spelling, n) -> counts.merge(names.withoutPossessive(spelling), n, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(e -> e.getKey().length()).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    private static boolean isOneSpelling(List<Occurrence> occurrences, String spelling) {
        for (Occurrence o : occurrences) if (!o.surface().equals(spelling)) return false;
        return true;
    }

    private int find(int i) {
        return clusters.find(i);
    }

    private void union(int a, int b) {
        clusters.union(a, b);
    }

    private boolean isPerson(int i) {
        return forms.get(i).type == EntityType.PERSON;
    }

    /**
     * Full names join when surname and first given name agree up to typos; a bare surname joins the one
     * full name it fits, or, when several people share it, each mention goes to the nearest of them.
     * Names are compared only within blocks of the same surname start, so this stays near-linear; a
     * block whose forms are those of the last build joins as it did then (see {@link PeopleBlock}).
     */
    private void joinPeople() {
        Map<String, List<Form>> bySurname = new TreeMap<>();
        Map<String, List<Integer>> indexesBySurname = new HashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            if (!isPerson(i)) continue;
            String block = forms.get(i).surnameBlock(names);
            if (block.isEmpty()) continue;
            bySurname.computeIfAbsent(block, k -> new ArrayList<>()).add(forms.get(i));
            indexesBySurname.computeIfAbsent(block, k -> new ArrayList<>()).add(i);
        }
        boolean membersTaken = false;
        for (Map.Entry<String, List<Form>> e : bySurname.entrySet()) {
            List<Integer> global = indexesBySurname.get(e.getKey());
            PeopleBlock.Joins joins = shortcuts.recall(PEOPLE, new PeopleBlock(List.copyOf(e.getValue()), membersTaken), b -> b.join(names));
            membersTaken |= joins.tookMembers();
            int[] unions = joins.unions();
            for (int u = 0; u < unions.length; u += 2) union(global.get(unions[u]), global.get(unions[u + 1]));
            joins.reassigned().forEach((bare, places) -> {
                int[] went = new int[places.length];
                for (int i = 0; i < went.length; i++) went[i] = global.get(places[i]);
                reassigned.put(global.get(bare), went);
            });
            notes.addAll(joins.notes());
        }
    }

    /** The occurrence's block as one number: its article's index, then the block's. */
    private static long blockOf(Occurrence o) {
        return ((long) o.articleIndex() << 32) | o.blockIndex();
    }

    /** The block a name is compared in: its first three letters (typos are rarely there). */
    static String block(String key) {
        return key.length() <= 3 ? key : key.substring(0, 3);
    }

    /**
     * An abbreviation joins the long name it abbreviates: written right after it in brackets, or
     * made of its initials when exactly one long name in the collection fits.
     */
    private void joinAbbreviations() {
        List<Integer> abbreviations = new ArrayList<>();
        java.util.Set<String> abbreviated = new java.util.HashSet<>();
        for (int l = 0; l < forms.size(); l++) {
            if (isPerson(l) || forms.get(l).abbreviated().isEmpty()) continue;
            abbreviations.add(l);
            abbreviated.add(forms.get(l).abbreviated());
        }
        if (abbreviations.isEmpty()) return;
        // Only initials that some abbreviation has are indexed.
        Map<String, List<Integer>> byInitials = new HashMap<>();
        for (int l = 0; l < forms.size(); l++) {
            if (isPerson(l)) continue;
            for (String initials : forms.get(l).initials(names)) {
                if (abbreviated.contains(initials)) byInitials.computeIfAbsent(initials, k -> new ArrayList<>()).add(l);
            }
        }
        Map<Long, List<NameInForm>> bracketBlocks = namesInBlocksWithBracketedAbbreviations(abbreviations);
        for (int a : abbreviations) {
            Form abbreviation = forms.get(a);
            java.util.Set<Integer> fits = new java.util.TreeSet<>(byInitials.getOrDefault(abbreviation.abbreviated(), List.of()));
            // Only an occurrence right after "(" can be bracketed after a long name.
            for (Occurrence o : abbreviation.bracketed()) {
                for (NameInForm l : bracketBlocks.getOrDefault(blockOf(o), List.of())) {
                    if (isBracketedAfter(o, l.occurrence())) fits.add(l.form());
                }
            }
            fits.remove(a);
            List<Integer> roots = fits.stream().map(this::find).distinct().toList();
            if (roots.size() == 1) union(a, roots.get(0));
        }
    }

    /** An occurrence with the index of its form. */
    private record NameInForm(Occurrence occurrence, int form) {}

    /**
     * The non-person names of each block where one of the abbreviations stands right after "(": the only
     * blocks where a long name can be written out before one. Few blocks have that, so only their names
     * are indexed, found among their articles' names, not every name in the collection.
     */
    private Map<Long, List<NameInForm>> namesInBlocksWithBracketedAbbreviations(List<Integer> abbreviations) {
        java.util.Set<Long> blocks = new java.util.HashSet<>();
        for (int a : abbreviations) {
            for (Occurrence o : forms.get(a).bracketed()) blocks.add(blockOf(o));
        }
        Map<Long, List<NameInForm>> names = new HashMap<>();
        for (long block : blocks) {
            int article = (int) (block >>> 32);
            List<Occurrence> clear = collection.clear(article);
            for (int i = 0; i < clear.size(); i++) {
                Occurrence o = clear.get(i);
                if (o.blockIndex() != (int) block) continue;
                Form form = collection.formOf(article, i);
                int l = indexOf(form);
                if (isPerson(l)) continue;
                names.computeIfAbsent(block, k -> new ArrayList<>()).add(new NameInForm(o, l));
            }
        }
        return names;
    }

    /** The form's place in {@link #forms}, which are in order of their first occurrence. */
    private int indexOf(Form form) {
        int at = java.util.Collections.binarySearch(forms, form, CollectionForms.BY_FIRST);
        return at >= 0 && forms.get(at) == form ? at : forms.indexOf(form); // two forms that begin in one place: look
    }

    /** Whether the last character before the name, spaces aside, is "(" (which {@link #isBracketedAfter} needs). */
    private static boolean afterOpeningBracket(Occurrence o) {
        String text = o.block().text();
        int i = o.name().start() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        return i >= 0 && text.charAt(i) == '(';
    }

    private static boolean isAbbreviation(String s) {
        String letters = s.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 8 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
    }

    /** "Organisatie voor Veiligheid en Samenwerking in Europa (OVSE)": the abbreviation in brackets right after. */
    private static boolean isBracketedAfter(Occurrence abbreviation, Occurrence longName) {
        int end = longName.name().end();
        int start = abbreviation.name().start();
        return end <= start && abbreviation.block().text().substring(end, start).strip().equals("(");
    }

    /** Long names of the same type a typo apart (Oekraine, Oekrajine), unless gazetteers know both apart. */
    private void joinTypos() {
        // Every pair found is joined, and joining is the same in any order: the blocks need no sorting.
        Map<String, List<Integer>> byBlock = new HashMap<>();
        String[] latin = new String[forms.size()];
        for (int f = 0; f < forms.size(); f++) {
            if (isPerson(f)) continue;
            latin[f] = forms.get(f).latin(names);
            String block = forms.get(f).typoBlock(names);
            if (!block.isEmpty()) byBlock.computeIfAbsent(block, x -> new ArrayList<>()).add(f);
        }
        for (List<Integer> same : byBlock.values()) {
            if (same.size() < 2) continue;
            List<String> keys = new ArrayList<>(same.size());
            List<Boolean> known = new ArrayList<>(same.size());
            for (int f : same) {
                keys.add(latin[f]);
                known.add(forms.get(f).isKnown());
            }
            int[] pairs = names.typos(new TypoBlock(keys, known));
            for (int i = 0; i < pairs.length; i += 2) union(same.get(pairs[i]), same.get(pairs[i + 1]));
        }
    }

    /**
     * The long names of one block: their Latin keys, and whether a gazetteer knows each (two names it
     * knows are never a typo of each other).
     */
    record TypoBlock(List<String> latin, List<Boolean> known) {
        /** The pairs a typo apart, by their places in the block, flattened: a block's pairs change only when its names do. */
        int[] typoPairs() {
            List<Integer> pairs = new ArrayList<>();
            for (int a = 0; a < latin.size(); a++) {
                for (int b = a + 1; b < latin.size(); b++) {
                    if (known.get(a) && known.get(b)) continue;
                    if (EditDistance.isTypo(latin.get(a), latin.get(b))) {
                        pairs.add(a);
                        pairs.add(b);
                    }
                }
            }
            return pairs.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private List<Cluster> clusters() {
        // Indexed by root form, which keeps the clusters in the order of their first form. Each root's
        // whole forms are chained by index (first, then next), so that most clusters, of one form, need no list.
        int n = forms.size();
        int[] first = new int[n];
        int[] last = new int[n];
        int[] next = new int[n];
        java.util.Arrays.fill(first, -1);
        boolean[] takesReassigned = new boolean[n];
        for (int f = 0; f < n; f++) {
            next[f] = -1;
            int[] went = reassigned.isEmpty() ? null : reassigned.get(f);
            if (went == null) {
                int root = find(f);
                if (first[root] < 0) first[root] = f;
                else next[last[root]] = f;
                last[root] = f;
            } else {
                for (int r : went) takesReassigned[find(r)] = true;
            }
        }
        Map<Integer, List<Occurrence>> mixed = reassigned.isEmpty() ? Map.of() : withReassigned(takesReassigned);
        List<Cluster> clusters = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (takesReassigned[root]) {
                clusters.add(sorted(mixed.get(root)));
            } else if (first[root] >= 0 && next[first[root]] < 0) {
                clusters.add(forms.get(first[root]).alone());
            } else if (first[root] >= 0) {
                List<Form> own = new ArrayList<>();
                for (int f = first[root]; f >= 0; f = next[f]) own.add(forms.get(f));
                clusters.add(shortcuts.recall(JOINED, List.copyOf(own), EntityMerger::join));
            }
        }
        return clusters;
    }


    /** One cluster of several whole forms: their occurrences in reading order (those of forms earlier in order first where two stand in one place). */
    private static Cluster join(List<Form> forms) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (Form f : forms) occurrences.addAll(f.occurrences);
        return sorted(occurrences);
    }

    private static Cluster sorted(List<Occurrence> occurrences) {
        Occurrence.sortInReadingOrder(occurrences);
        List<Occurrence> sorted = List.copyOf(occurrences);
        return new Cluster(sorted, votedType(sorted));
    }

    /**
     * The occurrences of each root that some of a bare surname's mentions went to, by root, in the order of
     * their forms: these few clusters are made again in each build.
     */
    private Map<Integer, List<Occurrence>> withReassigned(boolean[] takesReassigned) {
        Map<Integer, List<Occurrence>> byRoot = new HashMap<>();
        for (int f = 0; f < forms.size(); f++) {
            List<Occurrence> own = forms.get(f).occurrences;
            int[] went = reassigned.get(f);
            if (went == null) {
                int root = find(f);
                if (takesReassigned[root]) byRoot.computeIfAbsent(root, k -> new ArrayList<>()).addAll(own);
                continue;
            }
            for (int i = 0; i < own.size(); i++) byRoot.computeIfAbsent(find(went[i]), k -> new ArrayList<>()).add(own.get(i));
        }
        return byRoot;
    }

    static Optional<String> catalogKey(List<Occurrence> occurrences) {
        for (Occurrence o : occurrences) {
            Optional<String> key = o.name().key();
            if (key.isPresent() && key.get().startsWith("catalog:")) return key;
        }
        return Optional.empty();
    }
}
