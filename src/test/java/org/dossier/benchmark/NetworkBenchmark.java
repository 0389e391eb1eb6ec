package org.dossier.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.analyze.discrepancies.DiscrepancyAnalysis;
import org.dossier.analyze.network.NetworkAnalysis;
import org.dossier.analyze.quotes.QuoteGroups;
import org.dossier.build.BuildConfig;
import org.dossier.build.BuildListener;
import org.dossier.build.BuildReport;
import org.dossier.build.DossierBuild;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Network;
import org.dossier.model.NetworkEdge;
import org.dossier.render.DossierIndex;
import org.dossier.render.network.GexfExport;
import org.dossier.render.svg.NetworkSvg;

/**
 * The network at scale: builds N Reuters-21578 stories (default 10,000), then measures, on the built
 * dossier, the three structure analyses (network, quote groups, discrepancies), laying out and drawing the network page's SVG (the strongest 40 nodes,
 * as the page does), the GEXF export, and the size of the published {@code network.html} and
 * {@code discrepancies.html}. Each timing is the best of five, after a warm-up.
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.dossier.benchmark.NetworkBenchmark -Dexec.args="10000"
 * </pre>
 */
public final class NetworkBenchmark {
    private static final int DRAWN = 40;
    private static final NetworkSvg.Words WORDS = new NetworkSvg.Words("Who is named with whom",
            Map.of(), "mentions", "paragraphs together");

    private NetworkBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<ReutersCorpus.Story> stories = ReutersCorpus.withBodies(args.length > 1 ? Path.of(args[1]) : ReutersCorpus.DEFAULT_DIR);
        count = Math.min(count, stories.size());
        Path scratch = Files.createTempDirectory("dossier-network-benchmark");
        try {
            Path seeds = ReutersCorpus.writeSeeds(stories.subList(0, count), scratch.resolve("seeds"));
            Path out = scratch.resolve("site");
            long start = System.nanoTime();
            BuildReport report = new DossierBuild(new BuildConfig(seeds, Path.of("templates"), out), BuildListener.SILENT).run();
            System.out.printf(Locale.ROOT, "%d stories built in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
            if (!report.succeeded()) throw new IllegalStateException(report.diagnostics().toString());
            Dossier dossier = report.dossier().orElseThrow();
            Network network = dossier.structure().network();
            System.out.printf(Locale.ROOT, "network: %d nodes, %d edges; %d discrepancies, %d repeated quotes%n",
                    network.nodes().size(), network.edges().size(), dossier.structure().discrepancies().size(),
                    dossier.structure().quoteGroups().size());

            System.out.printf(Locale.ROOT, "network analysis: %.1f ms%n", best(() -> NetworkAnalysis.of(dossier.entities())));
            System.out.printf(Locale.ROOT, "quote groups: %.1f ms%n", best(() -> QuoteGroups.of(dossier.articles(), dossier.quotes())));
            System.out.printf(Locale.ROOT, "discrepancies: %.1f ms%n",
                    best(() -> DiscrepancyAnalysis.of(dossier, dossier.structure().quoteGroups())));
            Map<String, String> names = new HashMap<>();
            for (Entity e : dossier.entities()) names.put(e.id(), e.name());
            List<NetworkSvg.Node> drawn = strongest(network, names);
            String[] svg = new String[1];
            System.out.printf(Locale.ROOT, "layout and SVG of the strongest %d nodes: %.1f ms, %d bytes%n", drawn.size(),
                    best(() -> svg[0] = NetworkSvg.draw(drawn, network.edges(), WORDS, 960, 680)), svg[0].length());
            System.out.printf(Locale.ROOT, "GEXF export: %.1f ms%n", best(() -> GexfExport.write(network, names)));
            DossierIndex index = new DossierIndex(dossier);
            long neighbourhoods = System.nanoTime();
            int drawings = 0;
            for (Entity entity : dossier.entities()) {
                Optional<Network> part = index.neighbourhood(entity.id());
                if (part.isEmpty() || part.get().nodes().size() < 2) continue;
                List<NetworkSvg.Node> nodes = part.get().nodes().stream().map(n -> new NetworkSvg.Node(n.entity(), names.get(n.entity()),
                        n.type(), n.mentions(), "../entities/" + n.entity() + ".html")).toList();
                NetworkSvg.draw(nodes, part.get().edges(), WORDS, 640, 420);
                drawings++;
            }
            System.out.printf(Locale.ROOT, "%d entity neighbourhoods drawn one after another: %.1f s%n", drawings,
                    (System.nanoTime() - neighbourhoods) / 1e9);
            for (String page : List.of("network.html", "discrepancies.html", "data/network.gexf", "data/entities.csv", "data/links.csv")) {
                System.out.printf(Locale.ROOT, "%s: %,d bytes%n", page, Files.size(out.resolve(page)));
            }
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            } catch (IOException e) {
                System.err.println("could not delete " + scratch + ": " + e.getMessage());
            }
        }
    }

    /** The connected nodes the network page draws: the most mentioned first. */
    private static List<NetworkSvg.Node> strongest(Network network, Map<String, String> names) {
        Set<String> connected = new HashSet<>();
        for (NetworkEdge edge : network.edges()) {
            connected.add(edge.source());
            connected.add(edge.target());
        }
        return network.nodes().stream().filter(n -> connected.contains(n.entity())).limit(DRAWN)
                .map(n -> new NetworkSvg.Node(n.entity(), names.get(n.entity()), n.type(), n.mentions(), "entities/" + n.entity() + ".html"))
                .toList();
    }

    /** The best of five timed runs after one warm-up, in milliseconds. */
    private static double best(Runnable work) {
        work.run();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best / 1e6;
    }
}
