package org.dossier.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.dossier.analyze.entities.EntityAnalysis;
import org.dossier.analyze.entities.EntityResult;
import org.dossier.analyze.entities.Gazetteers;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;
import org.dossier.model.Section;
import org.dossier.model.SourceLocation;

/**
 * Entity analysis over Reuters-21578 (English; research only, read from ../shared/data): names and
 * entities per second, peak heap, and the recall of the corpus's PEOPLE tags (the share of tagged
 * people whose surname is found as a person in that story).
 *
 * <pre>mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.dossier.benchmark.EntityBenchmark -Dexec.args="[--limit N] [--dir DIR]"</pre>
 */
public final class EntityBenchmark {
    public static void main(String[] args) throws Exception {
        Path dir = ReutersCorpus.DEFAULT_DIR;
        int limit = Integer.MAX_VALUE;
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--dir")) dir = Path.of(args[i + 1]);
            if (args[i].equals("--limit")) limit = Integer.parseInt(args[i + 1]);
        }
        List<ReutersCorpus.Story> stories = ReutersCorpus.withBodies(dir);
        stories = stories.subList(0, Math.min(limit, stories.size()));
        List<Article> articles = stories.stream().map(EntityBenchmark::article).toList();
        long chars = articles.stream().flatMap(a -> a.blocks().stream()).mapToLong(b -> b.text().length()).sum();
        System.out.printf("Reuters-21578: %d stories with a body, %.1f MB of text%n", articles.size(), chars / 1e6);

        long t0 = System.nanoTime();
        Gazetteers gazetteers = Gazetteers.loadDefault();
        System.out.printf("gazetteers loaded in %.2f s%n", (System.nanoTime() - t0) / 1e9);
        EntityAnalysis.analyze(articles.subList(0, Math.min(300, articles.size())), EntityCatalog.empty(), gazetteers);

        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        HeapSampler sampler = HeapSampler.start();
        t0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        List<EntityResult> perStory = new ArrayList<>();
        for (Article a : articles) perStory.add(EntityAnalysis.analyze(List.of(a), EntityCatalog.empty(), gazetteers));
        double perStorySeconds = (System.nanoTime() - t0) / 1e9;
        double perStoryCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long peakPerStory = sampler.stop();
        long mentions = perStory.stream().flatMap(r -> r.entities().stream()).mapToLong(e -> e.mentions().size()).sum();
        long entities = perStory.stream().mapToLong(r -> r.entities().size()).sum();
        System.out.printf("each story its own dossier: %.2f s wall, %.2f s CPU; per CPU second: %.0f stories, %.0f entities (%d in all), %.0f mentions (%d), %.0f chars; peak heap %d MB%n",
                perStorySeconds, perStoryCpu, articles.size() / perStoryCpu, entities / perStoryCpu, entities,
                mentions / perStoryCpu, mentions, chars / perStoryCpu, peakPerStory >> 20);

        sampler = HeapSampler.start();
        t0 = System.nanoTime();
        cpu0 = threads.getCurrentThreadCpuTime();
        EntityResult whole = EntityAnalysis.analyze(articles, EntityCatalog.empty(), gazetteers);
        int quotes = org.dossier.analyze.quotes.QuoteAnalysis.find(articles, whole.entities()).size();
        double wholeWall = (System.nanoTime() - t0) / 1e9;
        double wholeSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long peakWhole = sampler.stop();
        long wholeMentions = whole.entities().stream().mapToLong(e -> e.mentions().size()).sum();
        System.out.printf("all stories as one dossier: %.2f s wall, %.2f s CPU; per CPU second: %.0f stories, %d entities (%.0f/s), %.0f mentions (%d); %d quotes, %d uncertain names, peak heap %d MB%n",
                wholeWall, wholeSeconds, articles.size() / wholeSeconds, whole.entities().size(), whole.entities().size() / wholeSeconds,
                wholeMentions / wholeSeconds, wholeMentions, quotes, whole.uncertain().size(), peakWhole >> 20);

        int tagged = 0;
        int foundAlone = 0;
        int foundInCollection = 0;
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            for (String person : stories.get(i).people()) {
                String surname = plain(person.substring(person.lastIndexOf('-') + 1));
                tagged++;
                boolean alone = hasPerson(perStory.get(i).entities(), articles.get(i).id(), surname);
                if (alone) foundAlone++;
                else if (missed.size() < 25) missed.add(person + " in " + articles.get(i).id());
                if (hasPerson(whole.entities(), articles.get(i).id(), surname)) foundInCollection++;
            }
        }
        System.out.printf("PEOPLE recall: %d tagged people; surname found as a person in that story: %.3f (each story alone), %.3f (one dossier)%n",
                tagged, (double) foundAlone / tagged, (double) foundInCollection / tagged);
        System.out.println("some missed: " + missed);
    }

    private static boolean hasPerson(List<Entity> entities, String articleId, String surname) {
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) continue;
            for (Mention m : e.mentions()) {
                if (!m.span().article().equals(articleId)) continue;
                for (String word : plain(m.span().text()).split("[\\s\\-]+")) if (word.equals(surname)) return true;
            }
        }
        return false;
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** A story as an article: the title as heading, then the paragraphs (indented lines start one). */
    static Article article(ReutersCorpus.Story story) {
        String id = String.format("reuters-%05d", story.newId());
        List<Block> blocks = new ArrayList<>();
        if (!story.title().isBlank()) blocks.add(block(id, blocks.size(), BlockKind.HEADING, story.title()));
        for (String paragraph : story.body().replaceAll("\n {3,}", "\n\n").split("\n\\s*\n")) {
            String text = paragraph.replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) blocks.add(block(id, blocks.size(), BlockKind.PARAGRAPH, text));
        }
        return new Article(id, id + ".txt", story.title().isBlank() ? id : story.title(),
                Optional.of(PartialDate.of(story.date())), DateOrigin.STATED, "en", Optional.of("Reuters"),
                Optional.empty(), Optional.empty(), List.of(new Section("s", blocks)));
    }

    private static Block block(String article, int n, BlockKind kind, String text) {
        return new Block("b" + (n + 1), kind, text, text, new SourceLocation(article + ".txt", n + 1, 1));
    }

    /** Samples the used heap every 20 ms and keeps the peak. */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread;

        private HeapSampler() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
        }

        static HeapSampler start() {
            System.gc();
            HeapSampler s = new HeapSampler();
            s.thread.start();
            return s;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }
    }
}
