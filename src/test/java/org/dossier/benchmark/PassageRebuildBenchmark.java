package org.dossier.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.analyze.passages.PassageSettings;
import org.dossier.analyze.passages.reuse.RememberedPassages;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Passage;
import org.dossier.model.Section;
import org.dossier.model.SourceLocation;

/**
 * The passage matching of a preview's rebuild alone: N Reuters stories found once with memory, then rounds
 * of one edit and a remembered find, sharing summary and diffs, with the CPU time of each round's thread
 * (the steps that run in parallel add theirs on other threads, so this is the sequential part). Edits take
 * turns: a sentence of new words appended to a story, and a paragraph of another story copied into one (a
 * new shared passage).
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat CP) org.dossier.benchmark.PassageRebuildBenchmark [articles=5000] [rounds=20]</pre>
 */
public final class PassageRebuildBenchmark {
    private PassageRebuildBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = args.length > 2 ? Path.of(args[2]) : ReutersCorpus.DEFAULT_DIR;
        List<Article> articles = new ArrayList<>(ReutersCorpus.withBodies(dir).subList(0, n).stream().map(PassageBenchmark::article).toList());
        RememberedPassages memory = new RememberedPassages(PassageSettings.defaults());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        List<Passage> passages = memory.find(articles);
        memory.sharing(articles, passages);
        memory.diffs(passages);
        memory.endBuild();
        System.out.printf(Locale.ROOT, "%d articles, %d passages, first find %d ms%n", n, passages.size(), (System.nanoTime() - start) / 1_000_000);
        List<Long> walls = new ArrayList<>();
        List<Long> cpus = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            int at = (round * 7919 + n / 2) % n;
            Article article = articles.get(at);
            String text = round % 2 == 0
                    ? "The spokesman added on round " + round + " that talks on the matter would go on next week."
                    : articles.get((at + 1 + round) % n).blocks().get(0).text();
            List<Block> blocks = new ArrayList<>(article.blocks());
            blocks.add(new Block("p" + blocks.size(), BlockKind.PARAGRAPH, text, text, SourceLocation.of(article.id())));
            articles.set(at, new Article(article.id(), article.source(), article.title(), article.date(), article.dateOrigin(), article.language(),
                    article.outlet(), article.author(), article.originalUrl(), List.of(new Section("body", blocks))));
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            passages = memory.find(articles);
            memory.sharing(articles, passages);
            memory.diffs(passages);
            memory.endBuild();
            walls.add((System.nanoTime() - wall) / 1_000_000);
            cpus.add((threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
        System.out.printf(Locale.ROOT, "rounds %d: median %d ms wall, %d ms CPU (this thread); walls %s%n", rounds, median(walls), median(cpus), walls);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
