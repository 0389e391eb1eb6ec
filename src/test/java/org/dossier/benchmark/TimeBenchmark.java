package org.dossier.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.analyze.time.TimeExpression;
import org.dossier.analyze.time.TimeExpressions;
import org.dossier.analyze.time.TimelineAnalysis;
import org.dossier.analyze.time.TimelineResult;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.PartialDate;
import org.dossier.model.Section;
import org.dossier.model.SourceLocation;

/**
 * Temporal expressions per second on Reuters-21578, each story resolved against its DATE; then the
 * whole time analysis (events and timeline) over every story as one collection.
 *
 * <pre>mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.dossier.benchmark.TimeBenchmark
 *     -Dexec.args="[corpus-dir] [--sample N]"</pre>
 * {@code --sample N} prints every N-th expression with its sentence, for checking by eye.
 */
public final class TimeBenchmark {
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TimeBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = ReutersCorpus.DEFAULT_DIR;
        int sample = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--sample")) sample = Integer.parseInt(args[++i]);
            else dir = Path.of(args[i]);
        }
        List<ReutersCorpus.Story> stories = ReutersCorpus.withBodies(dir);
        List<String[]> paragraphs = stories.stream().map(s -> paragraphs(s.body())).toList();
        long chars = paragraphs.stream().flatMap(p -> java.util.Arrays.stream(p)).mapToLong(String::length).sum();
        System.out.printf("Reuters-21578: %,d stories with a body, %,d characters%n", stories.size(), chars);

        scan(stories, paragraphs); // warm-up
        resetPeaks();
        // The machine is shared: report the best of three passes, in wall-clock and in this thread's CPU time.
        double bestWall = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        Scan scan = null;
        for (int pass = 0; pass < 3; pass++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            scan = scan(stories, paragraphs);
            bestWall = Math.min(bestWall, (System.nanoTime() - wall) / 1e9);
            bestCpu = Math.min(bestCpu, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
        }
        System.out.printf("expressions: %,d found, %,d resolved (%.1f%%), %,d planned%n",
                scan.found, scan.resolved, 100.0 * scan.resolved / Math.max(1, scan.found), scan.planned);
        System.out.printf("find+resolve, best of 3: %.2f s wall, %.2f s CPU; %,.0f expressions/s (wall), %,.0f expressions per CPU-second,"
                        + " %,.0f stories/s, %.2f MB/s; peak heap %.0f MB%n",
                bestWall, bestCpu, scan.found / bestWall, scan.found / bestCpu, stories.size() / bestWall, chars / bestWall / 1e6,
                peakHeapMb());
        System.out.println("by form: " + scan.byForm);
        if (sample > 0) printSample(stories, paragraphs, sample);

        List<Article> articles = articles(stories, paragraphs);
        TimelineAnalysis.analyze(articles.subList(0, Math.min(2000, articles.size())), List.of(), List.of()); // warm-up
        resetPeaks();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        TimelineResult result = TimelineAnalysis.analyze(articles, List.of(), List.of());
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf("whole analysis of %,d articles: %.2f s wall, %.2f s CPU, %,d events, %,d timeline entries, %,.0f articles/s,"
                        + " peak heap %.0f MB%n",
                articles.size(), seconds, cpuSeconds, result.events().size(), result.entries().size(), articles.size() / seconds, peakHeapMb());
    }

    private record Scan(long found, long resolved, long planned, Map<String, Integer> byForm) {}

    private static Scan scan(List<ReutersCorpus.Story> stories, List<String[]> paragraphs) {
        long found = 0;
        long resolved = 0;
        long planned = 0;
        Map<String, Integer> byForm = new TreeMap<>();
        for (int i = 0; i < stories.size(); i++) {
            Optional<PartialDate> ref = Optional.of(PartialDate.of(stories.get(i).date()));
            for (String p : paragraphs.get(i)) {
                for (TimeExpression e : TimeExpressions.find(p, ref)) {
                    found++;
                    if (e.resolved()) resolved++;
                    if (e.planned()) planned++;
                    byForm.merge(e.form().getClass().getSimpleName(), 1, Integer::sum);
                }
            }
        }
        return new Scan(found, resolved, planned, byForm);
    }

    private static void printSample(List<ReutersCorpus.Story> stories, List<String[]> paragraphs, int every) {
        long n = 0;
        for (int i = 0; i < stories.size(); i++) {
            Optional<PartialDate> ref = Optional.of(PartialDate.of(stories.get(i).date()));
            for (String p : paragraphs.get(i)) {
                for (TimeExpression e : TimeExpressions.find(p, ref)) {
                    if (n++ % every != 0) continue;
                    System.out.printf("SAMPLE %s (%s) [%s] -> %s%s%s %s%n   | %s%n", stories.get(i).newId(), ref.get(),
                            e.text(), e.date().map(PartialDate::iso).orElse("?"), e.end().map(d -> ".." + d.iso()).orElse(""),
                            e.planned() ? " planned" : "", e.tense(), e.sentence().of(p));
                }
            }
        }
    }

    /** A story's paragraphs with the wire's hard line breaks joined: an indented line opens a paragraph. */
    private static String[] paragraphs(String body) {
        return java.util.Arrays.stream(body.split("\\n {3,}|\\n\\s*\\n"))
                .map(p -> p.replaceAll("\\s*\\n\\s*", " ").strip()).filter(p -> !p.isEmpty()).toArray(String[]::new);
    }

    private static List<Article> articles(List<ReutersCorpus.Story> stories, List<String[]> paragraphs) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            ReutersCorpus.Story s = stories.get(i);
            String id = "reuters-" + s.newId();
            List<Block> blocks = new ArrayList<>();
            String[] ps = paragraphs.get(i);
            for (int b = 0; b < ps.length; b++) {
                blocks.add(new Block("p" + b, BlockKind.PARAGRAPH, ps[b], ps[b], new SourceLocation(id, b + 1, 1)));
            }
            if (blocks.isEmpty()) continue;
            articles.add(new Article(id, id + ".txt", s.title().isBlank() ? id : s.title(), Optional.of(PartialDate.of(s.date())),
                    DateOrigin.STATED, "en", Optional.empty(), Optional.empty(), Optional.empty(), List.of(new Section("s0", blocks))));
        }
        return articles;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak / 1e6;
    }
}
