package org.dossier.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.model.Article;
import org.dossier.model.PartialDate;
import org.dossier.model.SharingSummary;

/**
 * The outlets of the dossier, each with its articles, the period they cover and the outlets it shares text
 * with (from the sharing summary). An outlet's id is the slug of its name, so names that differ only in
 * case, accents or punctuation ("NOS", "N.O.S.") are one outlet, shown under the first of its names.
 */
final class OutletViews {
    /**
     * An outlet as lists show it.
     *
     * @param periodStart the date of its first dated article (ISO 8601 at its precision; empty when none)
     * @param periodEnd   the date of its last
     */
    public record OutletCard(String id, String url, String name, int articles, String periodStart, String periodEnd) {}

    /** Another outlet (or the outlet itself) whose articles share text with this one's. */
    public record SharingWith(OutletCard outlet, int pairs, int passages) {}

    /** One outlet with its articles in dossier order. */
    record Outlet(OutletCard card, List<String> articleIds) {}

    private final DossierIndex index;

    OutletViews(DossierIndex index) {
        this.index = index;
    }

    /** The slug that names an outlet in addresses: lower-case ASCII letters and digits joined by '-'. */
    static String idOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) slug = slug.substring(0, 80).replaceAll("-+$", "");
        return slug.isEmpty() ? "outlet" : slug;
    }

    /** Every outlet, by name (case-insensitive, then as written). */
    List<Outlet> outlets() {
        Map<String, List<Article>> byId = new TreeMap<>();
        for (Article article : index.dossier().articles()) {
            article.outlet().ifPresent(name -> byId.computeIfAbsent(idOf(name), k -> new ArrayList<>()).add(article));
        }
        List<Outlet> outlets = new ArrayList<>();
        byId.forEach((id, articles) -> {
            String name = articles.stream().map(a -> a.outlet().orElseThrow()).sorted().findFirst().orElseThrow();
            List<PartialDate> dates = articles.stream().map(Article::date).flatMap(Optional::stream).sorted().toList();
            String first = dates.isEmpty() ? "" : dates.get(0).iso();
            String last = dates.isEmpty() ? "" : dates.get(dates.size() - 1).iso();
            OutletCard card = new OutletCard(id, SiteLinks.outlet(id), name, articles.size(), first, last);
            outlets.add(new Outlet(card, articles.stream().map(Article::id).toList()));
        });
        outlets.sort(Comparator.comparing((Outlet o) -> o.card().name().toLowerCase(Locale.ROOT)).thenComparing(o -> o.card().name()));
        return outlets;
    }

    /** For each outlet id, the outlets its articles share text with, the most pairs of articles first. */
    Map<String, List<SharingWith>> sharing(List<Outlet> outlets) {
        Map<String, OutletCard> cardOfArticle = new java.util.HashMap<>();
        for (Outlet outlet : outlets) for (String id : outlet.articleIds()) cardOfArticle.put(id, outlet.card());
        Map<String, Map<String, int[]>> counts = new LinkedHashMap<>();
        for (SharingSummary.PairSharing pair : index.dossier().sharing().pairs()) {
            OutletCard first = cardOfArticle.get(pair.first());
            OutletCard second = cardOfArticle.get(pair.second());
            if (first == null || second == null) continue;
            count(counts, first, second, pair.passages());
            if (!first.id().equals(second.id())) count(counts, second, first, pair.passages());
        }
        Map<String, OutletCard> cards = new LinkedHashMap<>();
        for (Outlet outlet : outlets) cards.put(outlet.card().id(), outlet.card());
        Map<String, List<SharingWith>> sharing = new LinkedHashMap<>();
        for (Outlet outlet : outlets) {
            List<SharingWith> with = counts.getOrDefault(outlet.card().id(), Map.of()).entrySet().stream()
                    .map(e -> new SharingWith(cards.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                    .sorted(Comparator.comparingInt(SharingWith::pairs).reversed().thenComparing(s -> s.outlet().id()))
                    .toList();
            sharing.put(outlet.card().id(), with);
        }
        return sharing;
    }

    private static void count(Map<String, Map<String, int[]>> counts, OutletCard from, OutletCard to, int passages) {
        int[] c = counts.computeIfAbsent(from.id(), k -> new TreeMap<>()).computeIfAbsent(to.id(), k -> new int[2]);
        c[0]++;
        c[1] += passages;
    }
}
