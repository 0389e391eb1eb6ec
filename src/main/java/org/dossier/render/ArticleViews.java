package org.dossier.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Discrepancy;
import org.dossier.model.Mention;
import org.dossier.model.Passage;
import org.dossier.model.Quote;
import org.dossier.model.Section;
import org.dossier.model.Span;
import org.dossier.render.i18n.Messages;

/** Builds the view of one article page: blocks with their marks, and the notes on shared passages. */
final class ArticleViews {
    private static final Pattern OUTER_QUOTES = Pattern.compile("^[“”\"„‘’«»]+|[“”\"„‘’«»]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final DossierIndex index;
    private final RenderMemory cache;
    /** For the one text a block's markup carries itself: the quote marks' tooltips. */
    private final Messages messages;

    /** Views over {@code index}; for one article's page, a recording copy of it. */
    ArticleViews(DossierIndex index, RenderMemory cache, Messages messages) {
        this.index = index;
        this.cache = cache;
        this.messages = messages;
    }

    ArticleView of(Article article) {
        String root = SiteLinks.root(SiteLinks.article(article.id()));
        List<SectionView> sections = new ArrayList<>();
        long shared = 0;
        long near = 0;
        for (Section section : article.sections()) {
            List<BlockView> blocks = new ArrayList<>();
            for (Block block : section.blocks()) {
                BlockView view = block(article, block, root);
                shared += view.shares().size();
                near += view.shares().stream().filter(share -> !share.exact()).count();
                blocks.add(view);
            }
            sections.add(new SectionView(section.id(), blocks));
        }
        return new ArticleView(index.card(article.id()), article.source(), article.originalUrl().orElse(""), sections,
                (int) shared, (int) near);
    }

    private BlockView block(Article article, Block block, String root) {
        List<Annotation> annotations = new ArrayList<>();
        List<ShareView> shares = new ArrayList<>();
        List<Discrepancy> discrepancies = index.discrepancies(article.id(), block.id());
        for (DossierIndex.Occurrence occurrence : index.occurrences(article.id(), block.id())) {
            Span span = occurrence.span();
            if (span.end() > span.start()) {
                annotations.add(new Annotation(span.start(), span.end(), "mark",
                        Map.of("id", occurrence.markId(), "class", "shared shared-" + occurrence.passage().kind().id())));
            }
            shares.add(share(occurrence, discrepancies));
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
            Optional<String> speaker = quote.speaker().flatMap(index::entityLabel).map(DossierIndex.EntityLabel::name);
            annotations.add(new Annotation(span.start(), span.end(), "span", Map.of("class", "quote",
                    "title", speaker.map(name -> messages.text("quote.by", name)).orElseGet(() -> messages.text("quote.unattributed")))));
        }
        List<BlockView.Difference> differences = new ArrayList<>();
        for (Discrepancy d : index.discrepancies(article.id(), block.id())) {
            boolean first = d.one().span().article().equals(article.id()) && d.one().span().block().equals(block.id());
            Discrepancy.Reading here = first ? d.one() : d.other();
            Discrepancy.Reading there = first ? d.other() : d.one();
            ArticleCard other = index.card(there.span().article());
            differences.add(new BlockView.Difference(d.id(), d.fact().id(), here.text(), there.text(), other.title(), other.outlet(),
                    other.url() + "#" + there.span().block()));
            Span span = here.span();
            if (d.fact() != Discrepancy.Fact.SPEAKER && span.end() > span.start()) {
                annotations.add(new Annotation(span.start(), span.end(), "mark",
                        Map.of("class", "differs", "title", there.text() + (other.outlet().isEmpty() ? "" : " (" + other.outlet() + ")"))));
            }
        }
        String html = cache.annotate(block.text(), block.html(), annotations);
        return new BlockView(block.id(), block.kind().id(), new SafeHtml(html), shares, differences);
    }

    private ShareView share(DossierIndex.Occurrence occurrence, List<Discrepancy> discrepancies) {
        Passage passage = occurrence.passage();
        Optional<String> origin = index.originOf(passage.id());
        List<ShareView.OccurrenceLink> elsewhere = passage.occurrences().stream()
                .filter(other -> !other.equals(occurrence.span()))
                .map(index::link)
                .toList();
        List<ShareView.DiffView> diffs = index.diffs(occurrence.span()).stream()
                .map(diff -> new ShareView.DiffView(index.card(diff.against().article()).title(),
                        new SafeHtml(DiffHtml.of(diff.parts(), facts(discrepancies, diff.occurrence(), diff.against(), true),
                                facts(discrepancies, diff.occurrence(), diff.against(), false)))))
                .toList();
        return new ShareView(occurrence.markId(), passage.id(), passage.kind() == Passage.Kind.EXACT,
                (int) Math.round(passage.similarity() * 100), excerpt(occurrence.span().text()), elsewhere,
                diffs, origin.map(occurrence.span().article()::equals).orElse(false));
    }

    /**
     * The facts the discrepancies between the two occurrences give: the readings inside {@code occurrence}
     * when {@code here}, else those inside {@code against}.
     */
    private static Set<String> facts(List<Discrepancy> discrepancies, Span occurrence, Span against, boolean here) {
        Set<String> facts = new HashSet<>();
        for (Discrepancy d : discrepancies) {
            for (Discrepancy.Reading reading : List.of(d.one(), d.other())) {
                Span within = here ? occurrence : against;
                Span span = reading.span();
                if (d.fact() != Discrepancy.Fact.SPEAKER && span.article().equals(within.article()) && span.block().equals(within.block())
                        && span.start() >= within.start() && span.end() <= within.end()) {
                    facts.add(reading.text());
                }
            }
        }
        return facts;
    }

    /** The first words of a passage, for the note that quotes it (the template adds the quotation marks). */
    private static String excerpt(String text) {
        String bare = OUTER_QUOTES.matcher(text.strip()).replaceAll("");
        String[] words = SPACES.split(bare);
        if (words.length <= 12) return bare;
        return String.join(" ", List.of(words).subList(0, 12)) + " …";
    }
}
