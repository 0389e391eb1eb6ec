package org.dossier.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Mention;
import org.dossier.model.Passage;
import org.dossier.model.Quote;
import org.dossier.model.Section;
import org.dossier.model.Span;

/** Builds the view of one article page: blocks with their marks, and the notes on shared passages. */
final class ArticleViews {
    private static final Pattern OUTER_QUOTES = Pattern.compile("^[“”\"„‘’«»]+|[“”\"„‘’«»]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final DossierIndex index;
    private final PageCache cache;

    /** Views over {@code index}; for one article's page, a recording copy of it. */
    ArticleViews(DossierIndex index, PageCache cache) {
        this.index = index;
        this.cache = cache;
    }

    ArticleView of(Article article) {
        String root = SiteLinks.root(SiteLinks.article(article.id()));
        List<SectionView> sections = new ArrayList<>();
        long shared = 0;
        for (Section section : article.sections()) {
            List<BlockView> blocks = new ArrayList<>();
            for (Block block : section.blocks()) {
                BlockView view = block(article, block, root);
                shared += view.shares().size();
                blocks.add(view);
            }
            sections.add(new SectionView(section.id(), blocks));
        }
        return new ArticleView(index.card(article.id()), article.source(), article.originalUrl().orElse(""), sections,
                (int) shared);
    }

    private BlockView block(Article article, Block block, String root) {
        List<Annotation> annotations = new ArrayList<>();
        List<ShareView> shares = new ArrayList<>();
        for (DossierIndex.Occurrence occurrence : index.occurrences(article.id(), block.id())) {
            Span span = occurrence.span();
            if (span.end() > span.start()) {
                annotations.add(new Annotation(span.start(), span.end(), "mark",
                        Map.of("id", occurrence.markId(), "class", "shared shared-" + occurrence.passage().kind().id())));
            }
            shares.add(share(occurrence));
        }
        for (Mention mention : index.mentions(article.id(), block.id())) {
            Span span = mention.span();
            Optional<DossierIndex.EntityLabel> entity = index.entityLabel(mention.entity());
            if (entity.isEmpty() || span.end() == span.start()) continue;
            annotations.add(new Annotation(span.start(), span.end(), "a", Map.of(
                    "href", root + SiteLinks.entity(entity.get().id()),
                    "class", "entity entity-" + entity.get().type().id(),
                    "title", entity.get().name())));
        }
        for (Quote quote : index.quotes(article.id(), block.id())) {
            Span span = quote.span();
            if (span.end() == span.start()) continue;
            String speaker = quote.speaker().flatMap(index::entityLabel).map(DossierIndex.EntityLabel::name).orElse("unattributed");
            annotations.add(new Annotation(span.start(), span.end(), "span",
                    Map.of("class", "quote", "title", "Quote: " + speaker)));
        }
        String html = cache.annotate(block.text(), block.html(), annotations);
        return new BlockView(block.id(), block.kind().id(), new SafeHtml(html), shares);
    }

    private ShareView share(DossierIndex.Occurrence occurrence) {
        Passage passage = occurrence.passage();
        Optional<String> origin = index.originOf(passage.id());
        List<ShareView.OccurrenceLink> elsewhere = passage.occurrences().stream()
                .filter(other -> !other.equals(occurrence.span()))
                .map(index::link)
                .toList();
        String label = passage.kind() == Passage.Kind.EXACT
                ? "Shared word for word"
                : "Shared with changes (" + Math.round(passage.similarity() * 100) + "% alike)";
        List<ShareView.DiffView> diffs = index.diffs(occurrence.span()).stream()
                .map(diff -> new ShareView.DiffView(index.card(diff.against().article()).title(), new SafeHtml(DiffHtml.of(diff.parts()))))
                .toList();
        return new ShareView(occurrence.markId(), passage.id(), label, excerpt(occurrence.span().text()), elsewhere,
                diffs, origin.map(occurrence.span().article()::equals).orElse(false));
    }

    /** The first words of a passage, for the note that quotes it (the template adds the quotation marks). */
    private static String excerpt(String text) {
        String bare = OUTER_QUOTES.matcher(text.strip()).replaceAll("");
        String[] words = SPACES.split(bare);
        if (words.length <= 12) return bare;
        return String.join(" ", List.of(words).subList(0, 12)) + " …";
    }
}
