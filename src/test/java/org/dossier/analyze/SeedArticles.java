package org.dossier.analyze;

import java.nio.file.Path;
import java.util.List;
import org.dossier.ingest.IngestResult;
import org.dossier.ingest.Ingester;
import org.dossier.model.Article;
import org.dossier.model.Block;

/**
 * The two seed articles as the build reads them: the real {@link Ingester} over {@code seeds/} (tests run
 * with the repository root as working directory), so the analysis tests see the blocks, kinds, ids and
 * dates that the pipeline gives them, not a hand-made split of the files.
 */
public final class SeedArticles {
    public static final Path SEEDS = Path.of("seeds");
    /** The month-dated seed ("date 2022-01" header), five paragraphs. */
    public static final String A000 = "000_612085df6fbf3f80";
    /** The undated seed with the caption, the heading and the tweet. */
    public static final String A003 = "003_70f3edb694600a6b";

    private SeedArticles() {}

    /** Both seeds, in seed path order (000 first); fails if the reader reports an error. */
    public static List<Article> load() {
        IngestResult result = new Ingester().ingest(SEEDS, n -> {});
        if (result.hasErrors()) throw new AssertionError("the seeds do not read cleanly: " + result.diagnostics());
        return result.articles();
    }

    public static Article article(List<Article> articles, String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + id + " in " + articles.stream().map(Article::id).toList()));
    }

    /** The one block of the article whose text starts with {@code opening}. */
    public static Block blockStarting(Article article, String opening) {
        List<Block> found = article.blocks().stream().filter(b -> b.text().startsWith(opening)).toList();
        if (found.size() != 1) throw new AssertionError(found.size() + " blocks of " + article.id() + " start with '" + opening + "'");
        return found.get(0);
    }
}
