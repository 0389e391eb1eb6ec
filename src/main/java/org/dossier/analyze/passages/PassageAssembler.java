package org.dossier.analyze.passages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Passage;
import org.dossier.model.Span;
import org.dossier.text.StableIds;

/**
 * Joins aligned stretches into passages whose occurrences are all near copies of one centre. Stretches
 * of one block class that mostly coincide (word-level similarity of at least
 * {@link PassageSettings#nearSimilarity()}) are one stretch; stretches aligned with each other, directly
 * or through others, form a group of candidates. In each group the stretch aligned with the most
 * others (the hub, typically the source) becomes a passage's centre and takes every candidate similar
 * enough to it; what is left is split again the same way. So text that five articles share is one
 * passage with five occurrences, while a chain of weak resemblances (A like B, B like C) does not pull
 * unrelated text together. Each class stretch stands for every block of its class. Occurrences of
 * one passage never overlap; occurrences of different passages may, when an article shares the start
 * of a paragraph with one text and its end with another.
 */
public final class PassageAssembler {
    private record Node(BlockClass c, int start, int end) {}

    /** Nodes of one class that mostly coincide, with the stretch they cover together. */
    private static final class Group {
        final BlockClass c;
        int start;
        int end;
        final TreeSet<Integer> neighbours = new TreeSet<>();

        Group(BlockClass c, int start, int end) {
            this.c = c;
            this.start = start;
            this.end = end;
        }

        int length() {
            return end - start;
        }

        int[] ids() {
            return Arrays.copyOfRange(c.ids, start, end);
        }

        boolean overlaps(Group other) {
            return c == other.c && start < other.end && other.start < end;
        }
    }

    private final List<Article> articles;
    /** The steps that read one article, for its count of letters. */
    private final PassageSteps steps;
    private final int[] outputRank;
    private final List<BlockClass> classes;
    private final boolean[] indexed;
    private final ShingleIndex index;
    private final List<List<ShingleIndex.PairMatches>> pairs;
    private final PairAligner aligner;
    private final VocabularySteps vocabulary;
    private final int shingleSize;
    private final int minContentWords;
    private final double nearSimilarity;
    private final int standaloneWords;

    /**
     * @param articles   the articles in processing order, as the members of the classes number them
     * @param outputRank for each of them, its place in the caller's order, which orders occurrences
     * @param classes    the classes of prose blocks, in order of their first members
     * @param indexed    by class, whether it takes part (it is not boilerplate)
     * @param index      the shingle index the pairs were found in
     * @param pairs      by class, the candidate pairs it opens (see {@link ShingleIndex#pairs})
     * @param vocabulary the vocabulary of the classes' words, and the steps that align pairs, split components and name drafts
     */
    PassageAssembler(List<Article> articles, int[] outputRank, List<BlockClass> classes, boolean[] indexed, ShingleIndex index,
            List<List<ShingleIndex.PairMatches>> pairs, VocabularySteps vocabulary, PassageSettings settings, PassageSteps steps) {
        this.articles = articles;
        this.steps = steps;
        this.outputRank = outputRank;
        this.classes = classes;
        this.indexed = indexed;
        this.index = index;
        this.pairs = pairs;
        this.aligner = new PairAligner(settings, vocabulary.vocabulary());
        this.vocabulary = vocabulary;
        this.shingleSize = settings.shingleSize();
        this.minContentWords = settings.minContentWords();
        this.nearSimilarity = settings.nearSimilarity();
        this.standaloneWords = settings.standaloneWords();
    }

    /** The classes of prose blocks, in order of their first members. */
    public List<BlockClass> classes() {
        return classes;
    }

    /** The shingle index the candidate pairs were found in, which places each indexed class at a slot. */
    public ShingleIndex index() {
        return index;
    }

    /** Each article's id, in the caller's order. */
    public String[] outputOrder() {
        String[] order = new String[articles.size()];
        for (int a = 0; a < order.length; a++) order[outputRank[a]] = articles.get(a).id();
        return order;
    }

    /**
     * The stretches of one component of linked stretches, split into drafts.
     *
     * @param classes the classes its stretches stand in, in order
     */
    public record Linked(List<BlockClass> classes, List<Draft> drafts) {}

    /**
     * The components of the stretches of these classes (in order), each split into drafts. The stretches are
     * each class's whole text where it stands in several articles, and the aligned stretches of each candidate
     * pair of the classes. Only pairs within {@code among} are aligned: it must hold, with each class, every class
     * a stretch of it is linked with, so that the components are the whole collection's.
     */
    public List<Linked> link(List<BlockClass> among) {
        boolean[] here = new boolean[classes.size()];
        for (BlockClass c : among) here[c.index] = indexed[c.index];
        Links links = new Links();
        Iterator<List<PairAligner.Region>> aligned = alignAll(among, here).iterator();
        for (BlockClass c : among) {
            if (!here[c.index]) continue;
            if (c.articleCount() >= 2 && carriesContent(c)) links.addWholeClass(c);
            for (ShingleIndex.PairMatches pair : pairs.get(c.index)) {
                if (here[pair.other().index]) aligned.next().forEach(links::addRegion);
            }
        }
        return links.linked();
    }

    /**
     * The alignment of every candidate pair among the classes, in the order {@link #link} takes them. Each
     * reads its pair alone, so they are worked out in parallel; they are then taken in that order, so the
     * passages do not depend on the threads.
     */
    private List<List<PairAligner.Region>> alignAll(List<BlockClass> among, boolean[] here) {
        List<BlockClass> firsts = new ArrayList<>();
        List<ShingleIndex.PairMatches> aligning = new ArrayList<>();
        for (BlockClass c : among) {
            if (!here[c.index]) continue;
            for (ShingleIndex.PairMatches pair : pairs.get(c.index)) {
                if (!here[pair.other().index]) continue;
                firsts.add(c);
                aligning.add(pair);
            }
        }
        return IntStream.range(0, aligning.size()).parallel()
                .mapToObj(i -> vocabulary.align(aligner, firsts.get(i), aligning.get(i).other(), aligning.get(i).matches(), shingleSize))
                .toList();
    }

    private boolean carriesContent(BlockClass c) {
        return Arrays.stream(c.ids).filter(vocabulary.vocabulary()::isContent).count() >= minContentWords;
    }

    /** The stretches of some classes and the alignments between them, joined into components and split. */
    private final class Links {
        private final List<Node> nodes = new ArrayList<>();
        private final List<int[]> edges = new ArrayList<>();

        void addRegion(PairAligner.Region region) {
            nodes.add(new Node(region.a(), region.aStart(), region.aEnd()));
            nodes.add(new Node(region.b(), region.bStart(), region.bEnd()));
            edges.add(new int[] {nodes.size() - 2, nodes.size() - 1});
        }

        /** A whole block that stands in several articles. */
        void addWholeClass(BlockClass c) {
            nodes.add(new Node(c, 0, c.length()));
        }

        List<Linked> linked() {
            int[] groupOf = new int[nodes.size()];
            List<Group> groups = groupStretches(nodes, groupOf);
            for (int[] edge : edges) {
                int a = groupOf[edge[0]];
                int b = groupOf[edge[1]];
                if (a != b) {
                    groups.get(a).neighbours.add(b);
                    groups.get(b).neighbours.add(a);
                }
            }
            List<Linked> linked = new ArrayList<>();
            Set<List<Draft>> used = Collections.newSetFromMap(new IdentityHashMap<>());
            for (List<Integer> component : components(groups)) {
                List<Draft> split = vocabulary.split(new Component(groups, component));
                // Drafts are told apart by identity below: should the steps give two components that read alike
                // the very same drafts (if ever), the second gets drafts of its own.
                List<BlockClass> inComponent = new ArrayList<>();
                for (int g : component) {
                    BlockClass c = groups.get(g).c;
                    if (inComponent.isEmpty() || inComponent.get(inComponent.size() - 1) != c) inComponent.add(c);
                }
                linked.add(new Linked(List.copyOf(inComponent), used.add(split) ? split : split(groups, component)));
            }
            return linked;
        }
    }

    /**
     * The passages of the drafts of every component of linked stretches in the collection, in any order:
     * the passages do not depend on it.
     */
    List<Passage> passages(List<Linked> linked) {
        List<Draft> drafts = new ArrayList<>();
        for (Linked component : linked) drafts.addAll(component.drafts());
        drafts = vocabulary.withoutStockLinks(drafts, standaloneWords, copies());
        // Two passages with the same centre text (in different blocks) get numbered ids, in an order
        // that does not depend on the order the caller gave the articles in.
        Map<String, Integer> keyUses = new HashMap<>();
        for (Draft draft : drafts) keyUses.merge(draft.key, 1, Integer::sum);
        Map<Draft, String> numbered = new IdentityHashMap<>();
        Map<String, Integer> idUses = new HashMap<>();
        drafts.stream().filter(d -> keyUses.get(d.key) > 1)
                .sorted(Comparator.<Draft, String>comparing(d -> d.key).thenComparing(Draft.PROCESSING_ORDER))
                .forEachOrdered(d -> {
                    int use = idUses.merge(d.key, 1, Integer::sum);
                    numbered.put(d, use == 1 ? d.key : d.key + "-" + use);
                });
        Map<String, Integer> rankOf = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) rankOf.put(articles.get(a).id(), outputRank[a]);
        List<Placed> placed = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            placed.add(new Placed(draft, numbered.getOrDefault(draft, draft.key), rankOf.get(draft.spans.get(0).article())));
        }
        placed.sort(Comparator.comparingInt(Placed::rank)
                .thenComparingInt(p -> p.draft.firstBlockIndex)
                .thenComparingInt(p -> p.draft.spans.get(0).start())
                .thenComparing(Placed::id));
        List<Passage> passages = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            passages.add(vocabulary.passage(p.id, p.draft));
        }
        return passages;
    }

    /**
     * Whether two articles (by id) are copies of each other: the same normalised words in their prose.
     * The count of letters and digits, which normalising keeps, is compared first: most pairs differ in
     * it, and reading every word of both articles was a fifth of the passage finding on Reuters-21578.
     * Each article's count and words are computed once, when first asked for.
     */
    private StockPhrases.Copies copies() {
        Map<String, Article> byId = new HashMap<>();
        for (Article article : articles) byId.put(article.id(), article);
        Map<String, Integer> letters = new HashMap<>();
        Map<String, List<String>> words = new HashMap<>();
        return new StockPhrases.Copies() {
            @Override
            public int letters(String article) {
                return letters.computeIfAbsent(article, id -> steps.proseLetters(byId.get(id)));
            }

            @Override
            public List<String> words(String article) {
                return words.computeIfAbsent(article, id -> steps.proseWords(byId.get(id)));
            }
        };
    }

    /** The count of letters and digits in an article's prose blocks. */
    static int proseLetters(Article article) {
        int letters = 0;
        for (Block block : article.blocks()) {
            if (!block.kind().isProse()) continue;
            String text = block.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') : Character.isLetterOrDigit(c)) letters++;
            }
        }
        return letters;
    }

    /** The normalised words of an article's prose blocks, in reading order. */
    static List<String> proseWords(Article article) {
        List<String> words = new ArrayList<>();
        for (Block block : article.blocks()) {
            if (block.kind().isProse()) words.addAll(Arrays.asList(WordTokens.of(block.text()).norms));
        }
        return List.copyOf(words);
    }

    /** Per class, nodes join the group whose stretch they most resemble, if they resemble it enough. */
    private List<Group> groupStretches(List<Node> nodes, int[] groupOf) {
        Integer[] order = new Integer[nodes.size()];
        // The sort keys in plain arrays: a comparator that reached them through the node list cost more than the sort.
        int[] classes = new int[order.length];
        int[] starts = new int[order.length];
        int[] ends = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            classes[i] = nodes.get(i).c().index;
            starts[i] = nodes.get(i).start();
            ends[i] = nodes.get(i).end();
        }
        Arrays.sort(order, (x, y) -> classes[x] != classes[y] ? Integer.compare(classes[x], classes[y])
                : starts[x] != starts[y] ? Integer.compare(starts[x], starts[y])
                : Integer.compare(ends[y], ends[x]));
        List<Group> groups = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        int currentClass = -1;
        for (int i : order) {
            Node node = nodes.get(i);
            if (node.c().index != currentClass) {
                currentClass = node.c().index;
                open.clear();
            }
            // Nodes come by start, so a group that ends before this node starts can take no more.
            open.removeIf(g -> groups.get(g).end <= node.start());
            int best = -1;
            double bestSimilarity = nearSimilarity;
            for (int g : open) {
                Group group = groups.get(g);
                int overlap = Math.min(group.end, node.end()) - Math.max(group.start, node.start());
                double similarity = CommonSubsequence.dice(Math.max(0, overlap), group.length(), node.end() - node.start());
                if (similarity >= bestSimilarity) {
                    best = g;
                    bestSimilarity = similarity;
                }
            }
            if (best < 0) {
                groups.add(new Group(node.c(), node.start(), node.end()));
                best = groups.size() - 1;
                open.add(best);
            } else {
                groups.get(best).start = Math.min(groups.get(best).start, node.start());
                groups.get(best).end = Math.max(groups.get(best).end, node.end());
            }
            groupOf[i] = best;
        }
        return groups;
    }

    /** Groups of stretches linked by alignments, each in ascending order, ordered by their first stretch. */
    private static List<List<Integer>> components(List<Group> groups) {
        List<List<Integer>> components = new ArrayList<>();
        boolean[] seen = new boolean[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            if (seen[g]) continue;
            List<Integer> component = new ArrayList<>();
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(g));
            seen[g] = true;
            while (!queue.isEmpty()) {
                int at = queue.poll();
                component.add(at);
                for (int n : groups.get(at).neighbours) {
                    if (!seen[n]) {
                        seen[n] = true;
                        queue.add(n);
                    }
                }
            }
            component.sort(Comparator.naturalOrder());
            components.add(component);
        }
        return components;
    }

    /** What {@link #split} reads of one component (see {@link ComponentKey}). Plain arrays: it runs for every component, every build. */
    /**
     * One component of linked stretches, as {@link VocabularySteps#split} reads it: the groups of its
     * numbers, which only this build's assembler holds.
     */
    public final class Component {
        private final List<Group> groups;
        private final List<Integer> members;

        private Component(List<Group> groups, List<Integer> members) {
            this.groups = groups;
            this.members = members;
        }

        /** Everything the split reads, in terms that hold in any find of one vocabulary. */
        public ComponentKey key() {
            return componentKey(groups, members);
        }

        List<Draft> split() {
            return PassageAssembler.this.split(groups, members);
        }
    }

    private ComponentKey componentKey(List<Group> groups, List<Integer> component) {
        int[] sorted = new int[component.size()];
        int length = 0;
        // Groups are numbered in class order (see groupStretches), so a component's groups of one class come together.
        int[] classNumbers = new int[sorted.length];
        List<BlockClass> classes = new ArrayList<>();
        int memberCount = 0;
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = component.get(i);
            Group group = groups.get(sorted[i]);
            length += 4 + group.neighbours.size();
            if (classes.isEmpty() || classes.get(classes.size() - 1) != group.c) {
                classes.add(group.c);
                memberCount += group.c.members.size();
            }
            classNumbers[i] = classes.size() - 1;
        }
        int[] shape = new int[length + classes.size()];
        int at = 0;
        for (int i = 0; i < sorted.length; i++) {
            Group group = groups.get(sorted[i]);
            shape[at++] = classNumbers[i];
            shape[at++] = group.start;
            shape[at++] = group.end;
            shape[at++] = group.neighbours.size();
            for (int n : group.neighbours) shape[at++] = Arrays.binarySearch(sorted, n);
        }
        // Only the order of the component's articles in the caller's order counts, not their places in the whole list.
        int[] ranks = new int[memberCount];
        int r = 0;
        for (BlockClass c : classes) {
            for (BlockClass.Member m : c.members) ranks[r++] = outputRank[m.article()];
        }
        Arrays.sort(ranks);
        List<ComponentKey.Member> members = new ArrayList<>(memberCount);
        for (BlockClass c : classes) {
            shape[at++] = c.members.size();
            for (BlockClass.Member m : c.members) {
                // Equal ranks are one article's, so the place of the first of them among all ranks orders the articles.
                int rank = Arrays.binarySearch(ranks, outputRank[m.article()]);
                while (rank > 0 && ranks[rank - 1] == ranks[rank]) rank--;
                members.add(new ComponentKey.Member(articles.get(m.article()).id(), rank, m.blockIndex(), m.block().id(), m.block().text()));
            }
        }
        return new ComponentKey(shape, members, nearSimilarity);
    }

    /**
     * Takes passages out of a group of linked stretches until none is left: the stretch aligned with
     * the most others still left (then the longest, then the first) is the centre, and its candidates
     * are the stretches within two alignments of it, which bounds the work in large groups of
     * formulaic text.
     */
    private List<Draft> split(List<Group> groups, List<Integer> component) {
        List<Draft> drafts = new ArrayList<>();
        Map<Integer, Integer> degree = new HashMap<>();
        for (int g : component) degree.put(g, groups.get(g).neighbours.size());
        TreeSet<Integer> byRank = new TreeSet<>(Comparator.<Integer>comparingInt(g -> -degree.get(g))
                .thenComparingInt(g -> -groups.get(g).length())
                .thenComparingInt(g -> g));
        byRank.addAll(component);
        while (!byRank.isEmpty()) {
            int centre = byRank.first();
            Group centreGroup = groups.get(centre);
            int[] centreIds = centreGroup.ids();
            List<Group> members = new ArrayList<>(List.of(centreGroup));
            List<Integer> taken = new ArrayList<>(List.of(centre));
            double similarity = 1.0;
            boolean exact = true;
            for (int n : withinTwoAlignments(groups, centre, degree)) {
                Group candidate = groups.get(n);
                if (members.stream().anyMatch(candidate::overlaps)) continue;
                int[] ids = candidate.ids();
                double dice = 1.0;
                if (!Arrays.equals(ids, centreIds)) {
                    if (2.0 * Math.min(ids.length, centreIds.length) / (ids.length + centreIds.length) < nearSimilarity) continue;
                    CommonSubsequence lcs = CommonSubsequence.of(centreIds, 0, centreIds.length, ids, 0, ids.length);
                    dice = CommonSubsequence.dice(lcs.size(), centreIds.length, ids.length);
                    if (dice < nearSimilarity) continue;
                    exact = false;
                }
                similarity = Math.min(similarity, dice);
                members.add(candidate);
                taken.add(n);
            }
            for (int g : taken) {
                byRank.remove(g);
                degree.remove(g);
            }
            for (int g : taken) {
                for (int n : groups.get(g).neighbours) {
                    if (degree.containsKey(n)) {
                        byRank.remove(n);
                        degree.put(n, degree.get(n) - 1);
                        byRank.add(n);
                    }
                }
            }
            Draft draft = draft(members, centreIds, exact, similarity);
            if (draft != null) drafts.add(draft);
        }
        return List.copyOf(drafts);
    }

    /** The stretches still left that are one or two alignments away from the centre, in ascending order. */
    private static Set<Integer> withinTwoAlignments(List<Group> groups, int centre, Map<Integer, Integer> left) {
        Set<Integer> near = new TreeSet<>();
        for (int n : groups.get(centre).neighbours) {
            if (!left.containsKey(n)) continue;
            near.add(n);
            for (int m : groups.get(n).neighbours) {
                if (m != centre && left.containsKey(m)) near.add(m);
            }
        }
        return near;
    }

    /** The passage of these stretches, or null when they stand in fewer than two articles. */
    private Draft draft(List<Group> members, int[] centreIds, boolean exact, double similarity) {
        List<Occurrence> occurrences = new ArrayList<>();
        Set<Integer> distinctArticles = new HashSet<>();
        for (Group member : members) {
            for (BlockClass.Member block : member.c.members) {
                int[] chars = SpanEdges.widen(block.block().text(), block.start(member.start), block.end(member.end));
                occurrences.add(new Occurrence(block, outputRank[block.article()], chars[0], chars[1]));
                distinctArticles.add(block.article());
            }
        }
        if (distinctArticles.size() < 2) return null;
        occurrences.sort(Occurrence.ORDER);
        double rounded = exact ? 1.0 : Math.min(0.999, Math.round(similarity * 1000) / 1000.0);
        List<Span> spans = occurrences.stream()
                .map(o -> new Span(articles.get(o.member.article()).id(), o.member.block().id(), o.start, o.end,
                        o.member.block().text().substring(o.start, o.end)))
                .toList();
        int[] blockIndexes = occurrences.stream().mapToInt(o -> o.member.blockIndex()).toArray();
        return new Draft(key(centreIds), exact ? Passage.Kind.EXACT : Passage.Kind.NEAR, rounded, centreIds.length, spans, blockIndexes);
    }

    /** One occurrence: a member block and a character range in its text. */
    private record Occurrence(BlockClass.Member member, int rank, int start, int end) {
        static final Comparator<Occurrence> ORDER = Comparator.<Occurrence>comparingInt(o -> o.rank)
                .thenComparingInt(o -> o.member.blockIndex())
                .thenComparingInt(o -> o.start);
    }

    /**
     * A passage before its id is settled, in terms that hold in any build: articles by id, not by their
     * place in this build's list. Compared by identity. Never changed after it is made.
     */
    public static final class Draft {
        /** Processing order is article id order, so ids stand for the articles' places in it. */
        static final Comparator<Draft> PROCESSING_ORDER = Comparator.<Draft, String>comparing(d -> d.processingArticle)
                .thenComparingInt(d -> d.processingBlockIndex)
                .thenComparingInt(d -> d.processingStart);

        final String key;
        final Passage.Kind kind;
        final double similarity;
        /** The words of the passage's centre. */
        final int words;
        /** The occurrences, in the caller's article order, then reading order. */
        final List<Span> spans;
        /** The place of each span's block in its article. */
        private final int[] blockIndexes;
        /** The place of the first span's block in its article. */
        final int firstBlockIndex;
        /** The occurrence that comes first in processing order: its article, its block's place, its start. */
        final String processingArticle;
        final int processingBlockIndex;
        final int processingStart;
        /** The articles of the occurrences, each once, in id order. */
        final List<String> articles;

        Draft(String key, Passage.Kind kind, double similarity, int words, List<Span> spans, int[] blockIndexes) {
            this.key = key;
            this.kind = kind;
            this.similarity = similarity;
            this.words = words;
            this.spans = spans;
            this.blockIndexes = blockIndexes;
            this.firstBlockIndex = blockIndexes[0];
            int first = 0;
            for (int i = 1; i < spans.size(); i++) {
                int byArticle = spans.get(i).article().compareTo(spans.get(first).article());
                if (byArticle < 0 || byArticle == 0 && (blockIndexes[i] < blockIndexes[first]
                        || blockIndexes[i] == blockIndexes[first] && spans.get(i).start() < spans.get(first).start())) {
                    first = i;
                }
            }
            this.processingArticle = spans.get(first).article();
            this.processingBlockIndex = blockIndexes[first];
            this.processingStart = spans.get(first).start();
            TreeSet<String> articles = new TreeSet<>();
            for (Span s : spans) articles.add(s.article());
            this.articles = List.copyOf(articles);
        }

        /** The articles of the occurrences, each once, in id order. */
        public List<String> articles() {
            return articles;
        }

        /** The same passage with only its occurrences in these articles. */
        public Draft within(Set<String> articles) {
            List<Span> kept = new ArrayList<>();
            List<Integer> keptBlocks = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                if (!articles.contains(spans.get(i).article())) continue;
                kept.add(spans.get(i));
                keptBlocks.add(blockIndexes[i]);
            }
            return new Draft(key, kind, similarity, words, List.copyOf(kept), keptBlocks.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The passage this draft makes under the id it was given. */
        Passage passage(String id) {
            return new Passage(id, kind, similarity, spans);
        }
    }

    /** A draft with its id and the place of its first article in the caller's order. */
    private record Placed(Draft draft, String id, int rank) {}


    /** A stable id from the normalised words of the passage's centre. */
    private String key(int[] ids) {
        StringBuilder text = new StringBuilder();
        for (int id : ids) {
            if (text.length() > 0) text.append(' ');
            text.append(vocabulary.vocabulary().word(id));
        }
        return "p-" + StableIds.hex(text.toString(), 6);
    }
}
