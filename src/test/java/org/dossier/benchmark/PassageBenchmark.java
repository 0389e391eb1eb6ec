package org.dossier.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.dossier.analyze.passages.PassageFinder;
import org.dossier.analyze.passages.PassageSettings;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.PartialDate;
import org.dossier.model.Passage;
import org.dossier.model.Section;
import org.dossier.model.SourceLocation;
import org.dossier.model.Span;

/**
 * Shared-passage detection on Reuters-21578: time and peak heap for the first 1,000 and 5,000 stories
 * and for all 21,578, and how many exact-duplicate bodies the passages reveal (the collection has 560
 * stories in groups of bodies identical up to whitespace).
 *
 * <pre>mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.dossier.benchmark.PassageBenchmark -Dexec.args="[corpus dir] [sizes, e.g. 1000,5000,all]"</pre>
 */
public final class PassageBenchmark {
    private static final int REPEATS = 2;
    /** A word as {@link #words(String)} counts it: "1,975.8" is one. */
    private static final java.util.regex.Pattern WORD =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:(?<=\\d)[.,](?=\\d)[\\p{L}\\p{N}]+)*");

    private PassageBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : ReutersCorpus.DEFAULT_DIR;
        String sizes = args.length > 1 ? args[1] : "1000,5000,all";
        List<ReutersCorpus.Story> stories = ReutersCorpus.read(dir);
        List<Article> all = stories.stream().map(PassageBenchmark::article).toList();
        System.out.printf(Locale.ROOT, "Reuters-21578: %,d stories, %,d with a body, %,d prose words%n",
                all.size(), stories.stream().filter(s -> !s.body().isBlank()).count(), words(all));

        PassageFinder finder = new PassageFinder(PassageSettings.defaults());
        finder.find(all.subList(0, Math.min(1000, all.size()))); // warm-up
        System.out.println("(best of " + REPEATS + " runs; CPU time is the detecting thread's, which shared machines disturb less than wall time)");
        System.out.println("articles      words  passages  occurrences  wall s   CPU s  articles/CPU s  heap before MB  peak heap MB");
        List<Passage> last = List.of();
        List<Article> lastArticles = List.of();
        for (String size : sizes.split(",")) {
            int n = size.equals("all") ? all.size() : Math.min(Integer.parseInt(size), all.size());
            List<Article> articles = all.subList(0, n);
            double bestWall = Double.MAX_VALUE;
            double bestCpu = Double.MAX_VALUE;
            long before = 0;
            long peakUsed = 0;
            for (int run = 0; run < REPEATS; run++) {
                System.gc();
                MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
                before = memory.getHeapMemoryUsage().getUsed();
                AtomicLong peak = new AtomicLong(before);
                Thread sampler = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                        try {
                            Thread.sleep(5);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                sampler.setDaemon(true);
                sampler.start();
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                last = finder.find(articles);
                bestWall = Math.min(bestWall, (System.nanoTime() - start) / 1e9);
                bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
                sampler.interrupt();
                sampler.join();
                peakUsed = Math.max(peakUsed, Math.max(peak.get(), memory.getHeapMemoryUsage().getUsed()));
            }
            System.out.printf(Locale.ROOT, "%8d  %9d  %8d  %11d  %6.2f  %6.2f  %14.0f  %14.0f  %12.0f%n",
                    n, words(articles), last.size(), last.stream().mapToInt(p -> p.occurrences().size()).sum(),
                    bestWall, bestCpu, n / bestCpu, before / 1e6, peakUsed / 1e6);
            lastArticles = articles;
        }
        reportDuplicates(lastArticles, last);
    }

    /** A story as an article: its body's paragraphs (blank or indented lines start one), or its title alone. */
    static Article article(ReutersCorpus.Story story) {
        String id = String.format(Locale.ROOT, "reuters-%05d", story.newId());
        String title = story.title().isBlank() ? "Reuters " + story.newId() : story.title();
        List<Block> blocks = new ArrayList<>();
        if (story.body().isBlank()) {
            blocks.add(new Block("title", BlockKind.HEADING, title, title, SourceLocation.of(id)));
        } else {
            String[] paragraphs = story.body().replaceAll("\n {3,}", "\n\n").split("\n\\s*\n");
            for (String p : paragraphs) {
                if (p.isBlank()) continue;
                blocks.add(new Block("p" + blocks.size(), BlockKind.PARAGRAPH, p.strip(), p.strip(), SourceLocation.of(id)));
            }
        }
        return new Article(id, id + ".sgm", title, Optional.of(PartialDate.of(story.date())), DateOrigin.STATED, "en",
                Optional.of("Reuters"), Optional.empty(), Optional.empty(), List.of(new Section("body", blocks)));
    }

    /**
     * Stories that the passages reveal as exact duplicates: another story has the same words, and every
     * word of every paragraph that can hold a passage (six words, three content words) stands in a
     * passage that both share. Compared with the groups of bodies identical up to whitespace, and up to case and punctuation.
     */
    private static void reportDuplicates(List<Article> articles, List<Passage> passages) {
        Map<String, List<Passage>> passagesOf = new HashMap<>();
        for (Passage p : passages) {
            p.occurrences().stream().map(Span::article).distinct().forEach(a -> passagesOf.computeIfAbsent(a, k -> new ArrayList<>()).add(p));
        }
        Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, a -> a));
        Set<String> found = new HashSet<>();
        for (Article a : articles) {
            List<Passage> mine = passagesOf.getOrDefault(a.id(), List.of());
            Set<String> partners = new java.util.TreeSet<>();
            mine.forEach(p -> p.occurrences().forEach(s -> partners.add(s.article())));
            partners.remove(a.id());
            String body = normalisedBody(a);
            for (String b : partners) {
                if (normalisedBody(byId.get(b)).equals(body) && covered(a, mine.stream().filter(p -> occursIn(p, b)).toList())) {
                    found.add(a.id());
                    break;
                }
            }
        }
        Map<String, List<String>> byWhitespace = groups(articles, a -> String.join(" ", prose(a).stream().map(Block::text).toList())
                .replaceAll("\\s+", " "));
        Map<String, List<String>> byWords = groups(articles, PassageBenchmark::normalisedBody);
        Set<String> identical = members(byWhitespace);
        Set<String> sameWords = members(byWords);
        Set<String> foundOfIdentical = new HashSet<>(identical);
        foundOfIdentical.retainAll(found);
        System.out.printf(Locale.ROOT, "exact-duplicate bodies found by the passages: %d stories%n", found.size());
        System.out.printf(Locale.ROOT, "  bodies identical up to whitespace: %d stories in %d groups; %d of them found%n",
                identical.size(), byWhitespace.values().stream().filter(g -> g.size() > 1).count(), foundOfIdentical.size());
        System.out.printf(Locale.ROOT, "  bodies identical up to case and punctuation: %d stories; found beyond them: %d%n",
                sameWords.size(), found.stream().filter(id -> !sameWords.contains(id)).count());
        long unshareable = identical.stream().filter(id -> !found.contains(id))
                .filter(id -> prose(byId.get(id)).stream().noneMatch(b -> canHoldAPassage(content(b.text())))).count();
        System.out.printf(Locale.ROOT, "  of the %d identical bodies not found, %d have no paragraph that can hold a passage%n",
                identical.size() - foundOfIdentical.size(), unshareable);
        List<String> missed = identical.stream().filter(id -> !found.contains(id))
                .filter(id -> prose(byId.get(id)).stream().anyMatch(b -> canHoldAPassage(content(b.text())))).sorted().limit(6).toList();
        if (!missed.isEmpty()) {
            System.out.println("  identical bodies with passage-length paragraphs not found:");
            missed.forEach(id -> System.out.println("    " + id + ": " + prose(byId.get(id)).stream().map(Block::text)
                    .collect(Collectors.joining(" | ")).replace('\n', ' ')));
        }
    }

    private static boolean occursIn(Passage p, String article) {
        return p.occurrences().stream().anyMatch(s -> s.article().equals(article));
    }

    /** Whether every word of the article's passage-length paragraphs lies in an occurrence of these passages. */
    private static boolean covered(Article a, List<Passage> shared) {
        for (Block block : prose(a)) {
            List<String> content = content(block.text());
            if (!canHoldAPassage(content)) continue;
            List<Span> spans = shared.stream().flatMap(p -> p.occurrences().stream())
                    .filter(s -> s.article().equals(a.id()) && s.block().equals(block.id())).toList();
            java.util.regex.Matcher word = WORD.matcher(block.text());
            int seen = 0;
            while (word.find() && seen < content.size()) {
                int start = word.start();
                if (spans.stream().noneMatch(s -> s.start() <= start && start < s.end())) return false;
                seen++;
            }
        }
        return true;
    }

    private static Map<String, List<String>> groups(List<Article> articles, java.util.function.Function<Article, String> key) {
        Map<String, List<String>> groups = new HashMap<>();
        for (Article a : articles) {
            if (!prose(a).isEmpty()) groups.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a.id());
        }
        return groups;
    }

    private static Set<String> members(Map<String, List<String>> groups) {
        return groups.values().stream().filter(g -> g.size() > 1).flatMap(List::stream).collect(Collectors.toSet());
    }

    private static List<Block> prose(Article a) {
        return a.blocks().stream().filter(b -> b.kind().isProse()).toList();
    }

    private static String normalisedBody(Article a) {
        return prose(a).stream().map(b -> String.join(" ", content(b.text()))).filter(w -> !w.isEmpty()).collect(Collectors.joining(" "));
    }

    /** Six words, three of them of five letters or with a digit: the least that the default settings call a passage. */
    private static boolean canHoldAPassage(List<String> words) {
        PassageSettings settings = PassageSettings.defaults();
        long content = words.stream().filter(w -> w.length() >= 5 || w.chars().anyMatch(Character::isDigit)).count();
        return words.size() >= settings.minWords() && content >= settings.minContentWords();
    }

    /** A paragraph's words without the agency sign-off that ends the story. */
    private static List<String> content(String text) {
        List<String> words = new ArrayList<>(words(text));
        while (!words.isEmpty() && (words.get(words.size() - 1).equals("reuter") || words.get(words.size() - 1).equals("reuters"))) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).replaceAll("(?<=\\d)[.,](?=\\d)", "").split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    private static long words(List<Article> articles) {
        return articles.stream().flatMap(a -> prose(a).stream()).mapToLong(b -> words(b.text()).size()).sum();
    }
}
