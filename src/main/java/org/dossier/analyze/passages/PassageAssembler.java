package org.dossier.analyze.passages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.model.Article;
import org.dossier.model.Passage;
import org.dossier.model.Span;

/**
 * Joins aligned stretches into passages: stretches of one block class that overlap are one stretch,
 * and stretches aligned with each other belong to one passage, so text that five articles share is one
 * passage with five occurrences, and the occurrences of different passages never overlap in a block.
 * Each class stretch then stands for every block of the class.
 */
final class PassageAssembler {
    private final List<Article> articles;
    private final int[] outputRank;
    private final Vocabulary vocabulary;
    private final List<int[]> nodes = new ArrayList<>();
    private final List<BlockClass> nodeClasses = new ArrayList<>();
    private int[] parent = new int[16];

    /**
     * @param articles   the articles in processing order, as the members of the classes number them
     * @param outputRank for each of them, its place in the caller's order, which orders occurrences
     */
    PassageAssembler(List<Article> articles, int[] outputRank, Vocabulary vocabulary) {
        this.articles = articles;
        this.outputRank = outputRank;
        this.vocabulary = vocabulary;
    }

    void addRegion(PairAligner.Region region) {
        int a = node(region.a(), region.aStart(), region.aEnd());
        int b = node(region.b(), region.bStart(), region.bEnd());
        union(a, b);
    }

    /** A whole block that stands in several articles. */
    void addWholeClass(BlockClass c) {
        node(c, 0, c.length());
    }

    List<Passage> passages() {
        mergeOverlapsWithinClasses();
        Map<Integer, List<Integer>> components = new TreeMap<>();
        for (int i = 0; i < nodes.size(); i++) components.computeIfAbsent(find(i), x -> new ArrayList<>()).add(i);
        List<Draft> drafts = new ArrayList<>();
        for (List<Integer> component : components.values()) {
            Draft draft = draft(component);
            if (draft != null) drafts.add(draft);
        }
        clipTouchingSpans(drafts);
        drafts.sort(Comparator.<Draft, Occurrence>comparing(d -> d.occurrences.get(0), Occurrence.ORDER).thenComparing(d -> d.key));
        Map<String, Integer> idUses = new HashMap<>();
        List<Passage> passages = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            int use = idUses.merge(draft.key, 1, Integer::sum);
            String id = use == 1 ? draft.key : draft.key + "-" + use;
            List<Span> spans = draft.occurrences.stream()
                    .map(o -> new Span(articles.get(o.member.article()).id(), o.member.block().id(), o.start, o.end,
                            o.member.block().text().substring(o.start, o.end)))
                    .toList();
            passages.add(new Passage(id, draft.kind, draft.similarity, spans));
        }
        return passages;
    }

    private int node(BlockClass c, int start, int end) {
        int id = nodes.size();
        nodes.add(new int[] {c.index, start, end});
        nodeClasses.add(c);
        if (id == parent.length) parent = Arrays.copyOf(parent, id * 2);
        parent[id] = id;
        return id;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    private void mergeOverlapsWithinClasses() {
        Integer[] order = new Integer[nodes.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> nodes.get(i)[0]).thenComparingInt(i -> nodes.get(i)[1]));
        int runStart = -1;
        int runEnd = -1;
        int runClass = -1;
        for (int i : order) {
            int[] node = nodes.get(i);
            if (node[0] == runClass && node[1] < runEnd) {
                union(runStart, i);
                runEnd = Math.max(runEnd, node[2]);
            } else {
                runClass = node[0];
                runStart = i;
                runEnd = node[2];
            }
        }
    }

    /** One occurrence being built: a member block and a character range in its text. */
    private static final class Occurrence {
        static final Comparator<Occurrence> ORDER = Comparator.<Occurrence>comparingInt(o -> o.rank)
                .thenComparingInt(o -> o.member.blockIndex())
                .thenComparingInt(o -> o.start);
        final BlockClass.Member member;
        final int rank;
        int start;
        int end;

        Occurrence(BlockClass.Member member, int rank, int start, int end) {
            this.member = member;
            this.rank = rank;
            this.start = start;
            this.end = end;
        }
    }

    private static final class Draft {
        final String key;
        final Passage.Kind kind;
        final double similarity;
        final List<Occurrence> occurrences;

        Draft(String key, Passage.Kind kind, double similarity, List<Occurrence> occurrences) {
            this.key = key;
            this.kind = kind;
            this.similarity = similarity;
            this.occurrences = occurrences;
        }
    }

    private Draft draft(List<Integer> component) {
        // Overlapping nodes of a class were unioned, so per class the merged stretches are disjoint.
        Map<Integer, List<int[]>> byClass = new TreeMap<>();
        for (int i : component) byClass.computeIfAbsent(nodes.get(i)[0], x -> new ArrayList<>()).add(nodes.get(i));
        List<BlockClass> stretchClasses = new ArrayList<>();
        List<int[]> stretches = new ArrayList<>();
        for (Map.Entry<Integer, List<int[]>> entry : byClass.entrySet()) {
            List<int[]> sorted = new ArrayList<>(entry.getValue());
            sorted.sort(Comparator.comparingInt(n -> n[1]));
            BlockClass c = classOf(entry.getKey(), component);
            int[] current = null;
            for (int[] n : sorted) {
                if (current != null && n[1] < current[1]) {
                    current[1] = Math.max(current[1], n[2]);
                } else {
                    current = new int[] {n[1], n[2]};
                    stretches.add(current);
                    stretchClasses.add(c);
                }
            }
        }
        List<Occurrence> occurrences = new ArrayList<>();
        Set<Integer> distinctArticles = new HashSet<>();
        for (int s = 0; s < stretches.size(); s++) {
            int[] stretch = stretches.get(s);
            for (BlockClass.Member member : stretchClasses.get(s).members) {
                int[] chars = SpanEdges.widen(member.block().text(), member.start(stretch[0]), member.end(stretch[1]));
                occurrences.add(new Occurrence(member, outputRank[member.article()], chars[0], chars[1]));
                distinctArticles.add(member.article());
            }
        }
        if (distinctArticles.size() < 2) return null;
        occurrences.sort(Occurrence.ORDER);
        int representative = 0;
        for (int s = 1; s < stretches.size(); s++) {
            if (length(stretches.get(s)) > length(stretches.get(representative))) representative = s;
        }
        int[] repIds = ids(stretchClasses.get(representative), stretches.get(representative));
        boolean exact = true;
        double similarity = 1.0;
        for (int s = 0; s < stretches.size(); s++) {
            int[] other = ids(stretchClasses.get(s), stretches.get(s));
            if (Arrays.equals(repIds, other)) continue;
            exact = false;
            CommonSubsequence lcs = CommonSubsequence.of(repIds, 0, repIds.length, other, 0, other.length);
            similarity = Math.min(similarity, CommonSubsequence.dice(lcs.size(), repIds.length, other.length));
        }
        if (!exact) similarity = Math.min(0.999, Math.round(similarity * 1000) / 1000.0);
        return new Draft(key(repIds), exact ? Passage.Kind.EXACT : Passage.Kind.NEAR, similarity, occurrences);
    }

    private BlockClass classOf(int classIndex, List<Integer> component) {
        for (int i : component) {
            if (nodes.get(i)[0] == classIndex) return nodeClasses.get(i);
        }
        throw new IllegalStateException("no node of class " + classIndex);
    }

    private static int length(int[] stretch) {
        return stretch[1] - stretch[0];
    }

    private static int[] ids(BlockClass c, int[] stretch) {
        return Arrays.copyOfRange(c.ids, stretch[0], stretch[1]);
    }

    /** A stable id from the normalised words of the passage's longest occurrence. */
    private String key(int[] ids) {
        StringBuilder text = new StringBuilder();
        for (int id : ids) {
            if (text.length() > 0) text.append(' ');
            text.append(vocabulary.word(id));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "p-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Punctuation between two stretches of one block may be claimed by both (a straight quote closes
     * one and opens the next); the later occurrence gives it up.
     */
    private static void clipTouchingSpans(List<Draft> drafts) {
        Map<BlockClass.Member, List<Occurrence>> byBlock = new LinkedHashMap<>();
        for (Draft draft : drafts) {
            for (Occurrence o : draft.occurrences) byBlock.computeIfAbsent(o.member, x -> new ArrayList<>()).add(o);
        }
        for (List<Occurrence> inBlock : byBlock.values()) {
            inBlock.sort(Comparator.comparingInt(o -> o.start));
            for (int i = 1; i < inBlock.size(); i++) {
                Occurrence previous = inBlock.get(i - 1);
                Occurrence current = inBlock.get(i);
                if (current.start < previous.end) current.start = Math.min(previous.end, current.end);
            }
        }
    }
}
