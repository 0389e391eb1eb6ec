package org.dossier.analyze.passages.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.analyze.passages.ArticleReading;
import org.dossier.analyze.passages.BlockClass;
import org.dossier.analyze.passages.BlockClass.Member;
import org.dossier.analyze.passages.PassageSettings;
import org.dossier.analyze.passages.ShingleIndex;
import org.dossier.analyze.passages.ShingleTable;
import org.dossier.analyze.passages.ShingleTable.WordsKey;
import org.dossier.analyze.passages.TextWords;
import org.dossier.analyze.passages.VocabularySteps;
import org.dossier.model.Article;

/**
 * What {@link VocabularySteps#classify} and {@link VocabularySteps#index} give, kept from build to build and
 * redone only for the classes of the blocks of articles whose reading is another object than in the last
 * build (a reading is the same object while its article's sections are, see {@link RememberedPassages}).
 *
 * <p>A class reads its members, each of which reads its article's place in processing order, and its words,
 * which are its first member's. While the articles are the same (by id, in the same order), a class none of
 * whose members is in a changed article, and that no block of a changed article joins, has the same members
 * and words; it keeps its place among the others, as they are ordered by their first members, so it is the
 * very object of the last build unless classes that came or went before it move it to another number (then
 * it is copied at its new number). The classes a changed article left or joined are made again from their
 * members now. Other articles, or articles in another order (ids are the processing order: an article added
 * or taken away moves every member after it), start afresh.
 *
 * <p>A class of the last build that is the very same object at the same number, or was copied to another
 * number, is where the last build's index placed it in the same table ({@link #index}); the classes made
 * again are looked up by their words. So code that
 * compares classes of two builds by identity (as {@link RememberedComponents} and {@link RememberedPairs}
 * may) sees the classes that changed and those that did not. Belongs to one vocabulary, like the words.
 */
final class RememberedClasses {
    private static final Comparator<Member> FIRST = Comparator.comparingInt(Member::article).thenComparingInt(Member::blockIndex);

    private int minWords = -1;
    /** The articles' ids in processing order, their readings and words in the last build. */
    private String[] ids = new String[0];
    private ArticleReading[] readings = new ArticleReading[0];
    private TextWords[][] wordsOf = new TextWords[0][];
    /**
     * The same words by the reading (compared by identity): a build that starts afresh (an article came or went)
     * reads an unchanged article's words from here, where the vocabulary's memo may have let them go, as a
     * build that made no class of the article again never asked it for them.
     */
    private Map<ArticleReading, TextWords[]> wordsByReading = new IdentityHashMap<>();
    private List<BlockClass> classes = List.of();
    /**
     * The classes of the last build, by their words; built when first needed, then kept up to date. A class
     * that only moved to another number stays under its earlier object: {@link #current} finds it by its first
     * member, which a class keeps until it is made again.
     */
    private Map<WordsKey, BlockClass> byWords;
    /** The classes the last call started from, and for each class it gave, the number it had among those or -1. */
    private List<BlockClass> previous;
    private int[] carried;
    private ShingleIndex index;
    /** The articles whose reading changed in the last call, those that came or went among them; null when not known. */
    private Set<String> changedArticles;
    /** How many classes the last build made or numbered anew (all of them when it started afresh), for tests. */
    private int remade;

    /** How a whole collection is classified: {@link VocabularySteps#classify} itself. */
    interface Classify {
        List<BlockClass> classify(List<Article> articles, List<ArticleReading> readings, int minWords);
    }

    /** What {@code fresh} gives, redone for the articles whose reading changed since the last call. */
    List<BlockClass> classify(VocabularySteps words, List<Article> articles, List<ArticleReading> readingsNow, int minWords, Classify fresh) {
        int n = articles.size();
        if (minWords != this.minWords || n != ids.length || !sameIds(articles)) return afresh(words, articles, readingsNow, minWords, fresh);
        BitSet changed = new BitSet(n);
        for (int a = 0; a < n; a++) if (readingsNow.get(a) != readings[a]) changed.set(a);
        remade = 0;
        changedArticles = new HashSet<>();
        for (int a = changed.nextSetBit(0); a >= 0; a = changed.nextSetBit(a + 1)) changedArticles.add(ids[a]);
        previous = classes;
        carried = null;
        if (changed.isEmpty()) return classes;
        if (byWords == null) {
            byWords = new HashMap<>(2 * classes.size());
            for (BlockClass c : classes) byWords.put(new WordsKey(c.ids(), c.idsHash()), c);
        }

        // The members the changed articles' blocks make now, by their words; and the classes their blocks were in.
        Map<WordsKey, List<Member>> joining = new LinkedHashMap<>();
        Map<WordsKey, BlockClass> affected = new LinkedHashMap<>();
        for (int a = changed.nextSetBit(0); a >= 0; a = changed.nextSetBit(a + 1)) {
            for (TextWords before : wordsOf[a]) {
                if (before == null) continue;
                WordsKey key = new WordsKey(before.ids(), before.idsHash());
                BlockClass c = current(byWords.get(key));
                if (c != null) affected.put(key, c);
            }
            ArticleReading reading = readingsNow.get(a);
            TextWords[] now = words.articleWords(reading);
            for (int b = 0; b < now.length; b++) {
                Member member = BlockClass.member(a, ids[a], reading, now, b, minWords);
                if (member == null) continue;
                WordsKey key = new WordsKey(now[b].ids(), now[b].idsHash());
                joining.computeIfAbsent(key, k -> new ArrayList<>()).add(member);
                if (!affected.containsKey(key)) affected.put(key, current(byWords.get(key)));
            }
            wordsByReading.remove(readings[a]);
            wordsByReading.put(reading, now);
            readings[a] = reading;
            wordsOf[a] = now;
        }

        // Each affected class made again from its members now, ordered by its first member.
        BitSet gone = new BitSet(classes.size());
        List<Remade> made = new ArrayList<>();
        for (Map.Entry<WordsKey, BlockClass> entry : affected.entrySet()) {
            BlockClass before = entry.getValue();
            List<Member> members = new ArrayList<>();
            if (before != null) {
                gone.set(before.index());
                for (Member m : before.members()) if (!changed.get(m.article())) members.add(m);
            }
            members.addAll(joining.getOrDefault(entry.getKey(), List.of()));
            if (members.isEmpty()) {
                byWords.remove(entry.getKey());
                continue;
            }
            members.sort(FIRST);
            Member first = members.get(0);
            made.add(new Remade(entry.getKey(), wordsOf[first.article()][first.blockIndex()], members));
        }
        made.sort(Comparator.comparing(r -> r.members.get(0), FIRST));

        List<BlockClass> next = new ArrayList<>(classes.size() + made.size());
        int[] from = new int[classes.size() + made.size()];
        int m = 0;
        for (BlockClass c : classes) {
            if (gone.get(c.index())) continue;
            Member first = c.members().get(0);
            while (m < made.size() && FIRST.compare(made.get(m).members.get(0), first) < 0) {
                from[next.size()] = -1;
                next.add(made.get(m++).make(next.size()));
            }
            from[next.size()] = c.index();
            if (c.index() == next.size()) {
                next.add(c);
            } else {
                next.add(c.at(next.size()));
                remade++;
            }
        }
        while (m < made.size()) {
            from[next.size()] = -1;
            next.add(made.get(m++).make(next.size()));
        }
        carried = from;
        classes = next;
        return next;
    }

    /**
     * What {@link VocabularySteps#index} gives: a class that is the very object the last build had at its
     * number is at the slot it had then, when the table and the boilerplate limit (which decides which classes
     * are indexed) are the same; the others are looked up.
     */
    ShingleIndex index(List<BlockClass> now, boolean[] indexed, ShingleTable table, PassageSettings settings, int boilerplateLimit) {
        ShingleIndex last = index;
        boolean sameTable = last != null && last.table() == table && last.boilerplateLimit() == boilerplateLimit;
        // The classes the last index placed, and where each class now was among them (a class moved to another
        // number has the members, and so the standing and slot, it had).
        boolean follows = sameTable && now == classes && previous != null && last.classes() == previous;
        List<BlockClass> before = sameTable ? last.classes() : List.of();
        int[] slots = new int[now.size()];
        for (BlockClass c : now) {
            int i = c.index();
            int was = follows ? (carried == null ? i : carried[i]) : i < before.size() && before.get(i) == c ? i : -1;
            if (!indexed[i]) slots[i] = -1;
            else if (was >= 0) slots[i] = last.slotOf(before.get(was));
            else slots[i] = table.slotOf(c.ids(), c.idsHash());
        }
        index = ShingleIndex.located(now, slots, table, settings, boilerplateLimit);
        return index;
    }

    /** The class of the last build that {@code known} is or was copied into at another number (see {@link #byWords}), or null. */
    private BlockClass current(BlockClass known) {
        if (known == null) return null;
        Member first = known.members().get(0);
        int low = 0;
        int high = classes.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = FIRST.compare(classes.get(mid).members().get(0), first);
            if (order == 0) return classes.get(mid);
            if (order < 0) low = mid + 1;
            else high = mid - 1;
        }
        throw new IllegalStateException("no class has the first member of " + known.index());
    }

    /** The words of a reading of the last build, or null. */
    TextWords[] wordsOf(ArticleReading reading) {
        return wordsByReading.get(reading);
    }

    /** The classes the last build gave, for tests. */
    List<BlockClass> last() {
        return classes;
    }

    /** The index the last build gave, for tests. */
    ShingleIndex lastIndex() {
        return index;
    }

    /**
     * The articles whose reading is another object than in the build before the last call, with those that
     * came or went; null when that is not known (the first build, or another setting).
     */
    Set<String> changedArticles() {
        return changedArticles;
    }

    /** How many classes the last build made or numbered anew. */
    int remade() {
        return remade;
    }

    private List<BlockClass> afresh(VocabularySteps words, List<Article> articles, List<ArticleReading> readingsNow, int minWords, Classify classify) {
        List<BlockClass> fresh = classify.classify(articles, readingsNow, minWords);
        int n = articles.size();
        if (minWords == this.minWords) {
            Map<String, ArticleReading> before = new HashMap<>(2 * ids.length);
            for (int a = 0; a < ids.length; a++) before.put(ids[a], readings[a]);
            changedArticles = new HashSet<>();
            for (int a = 0; a < n; a++) {
                String id = articles.get(a).id();
                if (before.remove(id) != readingsNow.get(a)) changedArticles.add(id);
            }
            changedArticles.addAll(before.keySet());
        } else {
            changedArticles = null;
        }
        this.minWords = minWords;
        ids = new String[n];
        readings = new ArticleReading[n];
        wordsOf = new TextWords[n][];
        wordsByReading = new IdentityHashMap<>(2 * n);
        for (int a = 0; a < n; a++) {
            ids[a] = articles.get(a).id();
            readings[a] = readingsNow.get(a);
            wordsOf[a] = words.articleWords(readings[a]);
            wordsByReading.put(readings[a], wordsOf[a]);
        }
        classes = fresh;
        byWords = null;
        previous = null;
        carried = null;
        remade = fresh.size();
        return fresh;
    }

    private boolean sameIds(List<Article> articles) {
        for (int a = 0; a < ids.length; a++) if (!ids[a].equals(articles.get(a).id())) return false;
        return true;
    }

    /** An affected class made again: its words, as its first member reads them, and its members in order. */
    private final class Remade {
        private final WordsKey key;
        private final TextWords firstWords;
        private final List<Member> members;

        Remade(WordsKey key, TextWords firstWords, List<Member> members) {
            this.key = key;
            this.firstWords = firstWords;
            this.members = members;
        }

        BlockClass make(int index) {
            BlockClass c = BlockClass.of(index, firstWords, members);
            byWords.put(key, c);
            remade++;
            return c;
        }
    }
}
