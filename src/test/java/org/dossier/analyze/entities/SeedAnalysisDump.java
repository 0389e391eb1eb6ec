package org.dossier.analyze.entities;

import org.dossier.analyze.SeedArticles;
import org.dossier.model.EntityCatalog;

/** Prints the entities, quotes and uncertain names of the seeds (a development aid). */
public final class SeedAnalysisDump {
    public static void main(String[] args) {
        EntityResult r = EntityAnalysis.analyze(SeedArticles.load(), EntityCatalog.empty(), Gazetteers.loadDefault());
        r.entities().forEach(e -> System.out.println(e.type() + " " + e.id() + " '" + e.name() + "' aliases=" + e.aliases()
                + " roles=" + e.roles() + " mentions=" + e.mentions().size()));
        org.dossier.analyze.quotes.QuoteAnalysis.find(SeedArticles.load(), r.entities()).forEach(q -> System.out.println("QUOTE " + q.speaker().orElse("-") + " <" + q.span().text() + ">"));
        r.uncertain().forEach(u -> System.out.println("UNSURE " + u));
    }
}
