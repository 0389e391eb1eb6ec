package org.dossier.analyze.discrepancies.reuse;

import static org.dossier.analyze.discrepancies.DiscrepancyFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.analyze.discrepancies.DiscrepancyAnalysis;
import org.dossier.model.Article;
import org.dossier.model.Discrepancy;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.PartialDate;
import org.dossier.model.Quote;
import org.dossier.model.QuoteGroup;
import org.dossier.model.Passage;
import org.dossier.model.SharingSummary;
import org.dossier.model.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * Discrepancies kept from one build to the next: after each edit (a number changed in one version, the
 * articles' order turned round, a name's entity changed, an unrelated article added before them all), the
 * remembered analysis finds what a fresh one finds, readings in the same order.
 */
class RememberedDiscrepanciesTest {
    /** Articles in dossier order (by date), a near passage over each pair, and who is named where. */
    private static Dossier dossier(List<Article> articles, List<Entity> entities) {
        List<Article> ordered = articles.stream().sorted((a, b) -> a.date().orElseThrow().compareTo(b.date().orElseThrow())).toList();
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i + 1 < articles.size(); i += 2) {
            passages.add(new Passage("p-" + i, Passage.Kind.NEAR, 0.9, List.of(whole(articles.get(i)), whole(articles.get(i + 1)))));
        }
        return new Dossier(ordered, passages, entities, List.of(), List.of());
    }

    @Test
    void aRememberedAnalysisAfterEachEditFindsWhatAFreshOneFinds() {
        List<Article> articles = new ArrayList<>(List.of(
                article("een", 2, "Het overleg duurde 50 minuten, zei Poetin op 3 maart tegen 200 verslaggevers."),
                article("twee", 3, "Het overleg duurde 30 minuten, zei Poetin op 3 maart tegen 200 verslaggevers."),
                article("drie", 4, "De top in Genève kostte 4 miljoen euro en telde 12 delegaties."),
                article("vier", 5, "De top in Genève kostte 5 miljoen euro en telde 12 delegaties.")));
        List<Entity> entities = new ArrayList<>(List.of(person("poetin",
                mention("poetin", articles.get(0), "Poetin"), mention("poetin", articles.get(1), "Poetin"))));
        RememberedDiscrepancies remembered = new RememberedDiscrepancies();
        List<String> steps = List.of("first", "again", "a number edited", "order turned round", "another speaker", "an article before all");
        for (String step : steps) {
            switch (step) {
                case "a number edited" -> articles.set(3, article("vier", 5, "De top in Genève kostte 5 miljoen euro en telde 14 delegaties."));
                case "order turned round" -> {
                    articles.set(0, article("een", 9, articles.get(0).blocks().get(0).text()));
                    articles.set(2, article("drie", 8, articles.get(2).blocks().get(0).text()));
                }
                case "another speaker" -> entities.set(0, person("poetin", mention("poetin", articles.get(0), "Poetin")));
                case "an article before all" -> articles.add(article("nul", 1, "Een ander bericht over 7 schepen."));
                default -> { }
            }
            Dossier dossier = dossier(articles, entities);
            List<Discrepancy> fresh = DiscrepancyAnalysis.of(dossier, List.of());
            List<Discrepancy> kept = remembered.of(dossier, List.of());
            remembered.endBuild();
            assertEquals(fresh, kept, step);
            assertFalse(fresh.isEmpty(), step);
        }
    }

    /**
     * Passages and entries handed on as the same objects, as a rebuild's stable parts do, while articles
     * inside and outside them are edited, the entities change, the order turns and an article goes: the kept
     * subjects give what a fresh analysis finds.
     */
    @Test
    void subjectsKeptForUnchangedPassagesAndEntriesGiveWhatAFreshAnalysisFinds() {
        List<Article> articles = new ArrayList<>(List.of(
                article("een", 2, "De top in Genève kostte 4 miljoen euro, zei Poetin."),
                article("twee", 3, "De top in Genève kostte 5 miljoen euro, zei Poetin."),
                article("drie", 4, "Het overleg duurde 50 minuten, op 3 maart."),
                article("vier", 5, "Het overleg duurde 30 minuten, op 3 maart."),
                article("vijf", 6, "Op 3 maart duurde het overleg 40 minuten."),
                article("zes", 7, "Een ander bericht over 7 schepen.")));
        Passage money = new Passage("p-0", Passage.Kind.NEAR, 0.9, List.of(whole(articles.get(0)), whole(articles.get(1))));
        Passage exact = new Passage("p-1", Passage.Kind.EXACT, 1.0, List.of(whole(articles.get(2)), whole(articles.get(3))));
        TimelineEntry talks = entry("tl-1", articles.get(2), articles.get(3));
        TimelineEntry alone = entry("tl-2", articles.get(4));
        List<Entity> entities = new ArrayList<>(List.of(person("poetin",
                mention("poetin", articles.get(0), "Poetin"), mention("poetin", articles.get(1), "Poetin"))));
        List<TimelineEntry> timeline = new ArrayList<>(List.of(talks, alone));
        RememberedDiscrepancies remembered = new RememberedDiscrepancies();
        List<String> steps = List.of("first", "again", "an article in no subject edited", "an article of a passage edited",
                "an article of an entry edited", "another speaker", "order turned round", "an article gone", "an entry reported twice");
        for (String step : steps) {
            switch (step) {
                case "an article in no subject edited" -> articles.set(5, article("zes", 7, "Een ander bericht over 8 schepen."));
                case "an article of a passage edited" -> articles.set(1, article("twee", 3, "De top in Genève kostte 6 miljoen euro, zei Poetin."));
                case "an article of an entry edited" -> articles.set(3, article("vier", 5, "Het overleg duurde 20 minuten, op 3 maart."));
                case "another speaker" -> entities.set(0, person("poetin", mention("poetin", articles.get(0), "Poetin")));
                case "order turned round" -> {
                    Article first = articles.remove(0);
                    articles.add(first);
                }
                case "an article gone" -> articles.remove(articles.size() - 2);
                case "an entry reported twice" -> timeline.set(1, entry("tl-2", articles.get(3), articles.get(2)));
                default -> { }
            }
            List<Event> events = timeline.stream().flatMap(e -> e.sources().stream()).toList();
            Dossier dossier = new Dossier(articles, List.of(money, exact), SharingSummary.empty(), List.of(), entities, List.of(), events, timeline);
            List<Discrepancy> fresh = DiscrepancyAnalysis.of(dossier, List.of());
            List<Discrepancy> kept = remembered.of(dossier, List.of());
            remembered.endBuild();
            assertEquals(fresh, kept, step);
            assertFalse(fresh.isEmpty(), step);
        }
    }

    /**
     * The numbering reads the subjects, their findings, the quote groups and the entities' names. While they
     * are the same it is kept, the very same list; a speaker renamed, other quote groups or an edited version
     * number again, as a fresh analysis does.
     */
    @Test
    void theNumberingIsKeptWhileAllItReadsIsTheSame() {
        Article een = article("een", 2, "De top kostte 4 miljoen euro, zei Poetin.");
        Article twee = article("twee", 3, "De top kostte 5 miljoen euro, zei Biden.");
        Article drie = article("drie", 4, "Een ander bericht over 7 schepen.");
        List<Article> articles = new ArrayList<>(List.of(een, twee, drie));
        List<Entity> entities = new ArrayList<>(List.of(person("poetin", mention("poetin", een, "Poetin")),
                person("biden", mention("biden", twee, "Biden"))));
        Passage money = new Passage("p-0", Passage.Kind.NEAR, 0.9, List.of(whole(een), whole(twee)));
        List<QuoteGroup> groups = List.of(new QuoteGroup("q-1", List.of(
                new Quote(Optional.of("poetin"), whole(een)), new Quote(Optional.of("biden"), whole(twee)))));
        RememberedDiscrepancies remembered = new RememberedDiscrepancies();
        List<Discrepancy> before = null;
        for (String step : List.of("first", "again", "an article in no subject edited", "a speaker renamed", "again",
                "other quote groups", "a version edited")) {
            boolean kept = step.equals("again") || step.equals("an article in no subject edited");
            switch (step) {
                case "an article in no subject edited" -> articles.set(2, article("drie", 4, "Een ander bericht over 8 schepen."));
                case "a speaker renamed" -> entities.set(1, new Entity("biden", "Joe Biden", EntityType.PERSON, List.of(), Optional.empty(),
                        Optional.empty(), entities.get(1).mentions()));
                case "other quote groups" -> groups = List.of(new QuoteGroup("q-2", List.of(
                        new Quote(Optional.of("biden"), whole(een)), new Quote(Optional.of("poetin"), whole(twee)))));
                case "a version edited" -> {
                    twee = article("twee", 3, "De top kostte 6 miljoen euro, zei Biden.");
                    articles.set(1, twee);
                    money = new Passage("p-0", Passage.Kind.NEAR, 0.9, List.of(whole(een), whole(twee)));
                }
                default -> { }
            }
            Dossier dossier = new Dossier(articles, List.of(money), entities, List.of(), List.of());
            List<Discrepancy> fresh = DiscrepancyAnalysis.of(dossier, groups);
            List<Discrepancy> found = remembered.of(dossier, groups);
            remembered.endBuild();
            assertEquals(fresh, found, step);
            assertTrue(fresh.stream().anyMatch(d -> d.fact() == Discrepancy.Fact.SPEAKER), step);
            if (kept) assertSame(before, found, step + ": numbered again though nothing it reads changed");
            before = found;
        }
        assertTrue(before.stream().anyMatch(d -> d.one().text().equals("Joe Biden") || d.other().text().equals("Joe Biden")),
                "the renamed speaker is read by his new name");
    }

    /** An entry of the article's whole paragraph in each article, dated 3 March 2022. */
    private static TimelineEntry entry(String id, Article... articles) {
        PartialDate date = PartialDate.of(java.time.LocalDate.of(2022, 3, 3));
        List<Event> sources = new ArrayList<>();
        for (Article article : articles) {
            sources.add(new Event("ev-" + id + "-" + article.id(), date, Optional.empty(), "3 maart", whole(article), List.of(), false));
        }
        return new TimelineEntry(id, date, Optional.empty(), false, sources, List.of());
    }

    @Test
    void blocksComparedForTheFirstTimeBringTheirMentionsWhileTheEntitiesStayTheSame() {
        Article een = article("een", 2, "De top in Genève kostte 4 miljoen euro.");
        Article twee = article("twee", 3, "De top in Genève kostte 5 miljoen euro.");
        Article drie = article("drie", 4, "Het overleg duurde 50 minuten, zei Poetin.");
        Article vier = article("vier", 5, "Het overleg duurde 50 minuten, zei Biden.");
        List<Article> articles = List.of(een, twee, drie, vier);
        List<Entity> entities = List.of(person("poetin", mention("poetin", drie, "Poetin")), person("biden", mention("biden", vier, "Biden")));
        Passage money = new Passage("p-0", Passage.Kind.NEAR, 0.9, List.of(whole(een), whole(twee)));
        Passage talks = new Passage("p-2", Passage.Kind.NEAR, 0.9, List.of(whole(drie), whole(vier)));
        RememberedDiscrepancies remembered = new RememberedDiscrepancies();
        List<Discrepancy> fresh = List.of();
        for (List<Passage> passages : List.of(List.of(money), List.of(money, talks))) {
            Dossier dossier = new Dossier(articles, passages, entities, List.of(), List.of());
            fresh = DiscrepancyAnalysis.of(dossier, List.of());
            assertEquals(fresh, remembered.of(dossier, List.of()), passages.size() + " passages");
            remembered.endBuild();
        }
        assertEquals(List.of("Poetin", "Biden"), fresh.stream().filter(d -> d.subject().equals("p-2"))
                .flatMap(d -> java.util.stream.Stream.of(d.one().text(), d.other().text())).toList(), "the speakers differ by entity");
    }
}
