package org.dossier.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Discrepancy;
import org.dossier.model.Quote;
import org.dossier.model.QuoteGroup;
import org.dossier.model.Span;

/** The discrepancies page: each disagreement with both readings and their articles, and the quotes several articles print. */
final class DiscrepancyViews {
    /** One side of a disagreement: what it says, in which article, and the link to the place. */
    public record ReadingView(String text, String url, String articleTitle, String outlet, String dateIso) {}

    /** One disagreement: what kind of fact, what it is about (a link), and the two readings. */
    public record DiscrepancyView(String id, String fact, String subjectUrl, ReadingView one, ReadingView other) {}

    /** The disagreements about one subject (a passage, an entry or a quote). */
    public record SubjectView(String subject, String url, List<DiscrepancyView> discrepancies) {}

    /** The disagreements of one scope, by subject. */
    public record ScopeView(String scope, List<SubjectView> subjects) {}

    /** One appearance of a repeated quote. */
    public record AppearanceView(String speaker, String speakerUrl, ReadingView where, boolean first) {}

    /** A quote that several articles print. */
    public record QuoteGroupView(String id, String text, List<AppearanceView> appearances) {}

    /**
     * How many discrepancies and repeated quotes the page lists, so that it stays light at ten thousand
     * articles (wire stories that are updated give thousands); {@code data/dossier.json} holds them all.
     */
    static final int LISTED = 500;

    private final DossierIndex index;

    DiscrepancyViews(DossierIndex index) {
        this.index = index;
    }

    List<ScopeView> scopes() {
        Map<Discrepancy.Scope, Map<String, List<DiscrepancyView>>> byScope = new LinkedHashMap<>();
        for (Discrepancy.Scope scope : Discrepancy.Scope.values()) byScope.put(scope, new LinkedHashMap<>());
        for (Discrepancy d : index.dossier().structure().discrepancies().stream().limit(LISTED).toList()) {
            byScope.get(d.scope()).computeIfAbsent(d.subject(), k -> new ArrayList<>()).add(view(d));
        }
        List<ScopeView> scopes = new ArrayList<>();
        byScope.forEach((scope, subjects) -> {
            if (subjects.isEmpty()) return;
            List<SubjectView> list = new ArrayList<>();
            subjects.forEach((subject, items) -> list.add(new SubjectView(subject, items.get(0).subjectUrl(), items)));
            scopes.add(new ScopeView(scope.id(), list));
        });
        return scopes;
    }

    List<QuoteGroupView> quoteGroups() {
        List<QuoteGroupView> groups = new ArrayList<>();
        for (QuoteGroup group : index.dossier().structure().quoteGroups().stream().limit(LISTED).toList()) {
            List<AppearanceView> appearances = new ArrayList<>();
            for (Quote quote : group.appearances()) {
                String speaker = quote.speaker().flatMap(index::entityLabel).map(DossierIndex.EntityLabel::name).orElse("");
                String speakerUrl = quote.speaker().filter(index::hasEntity).map(SiteLinks::entity).orElse("");
                appearances.add(new AppearanceView(speaker, speakerUrl, reading(quote.span(), quote.span().text()), quote == group.first()));
            }
            groups.add(new QuoteGroupView(group.id(), group.first().span().text(), appearances));
        }
        return groups;
    }

    private DiscrepancyView view(Discrepancy d) {
        ReadingView one = reading(d.one().span(), d.one().text());
        return new DiscrepancyView(d.id(), d.fact().id(), subjectUrl(index, d, one), one, reading(d.other().span(), d.other().text()));
    }

    private ReadingView reading(Span span, String text) {
        ArticleCard card = index.card(span.article());
        return new ReadingView(text, card.url() + "#" + span.block(), card.title(), card.outlet(), card.dateIso());
    }

    /**
     * Where the subject stands. A passage is shown where its first reading stands, in its article with the
     * note that links every other copy: the shared-text pages are cut into pages, and which page holds a
     * passage is not known here.
     */
    private static String subjectUrl(DossierIndex index, Discrepancy d, ReadingView one) {
        String subject = d.subject();
        return switch (d.scope()) {
            case PASSAGE -> one.url();
            case ENTRY -> index.timelineUrl(subject) + "#" + subject;
            case QUOTE -> SiteLinks.DISCREPANCIES + "#" + subject;
        };
    }
}
