package org.dossier.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.PartialDate;
import org.dossier.render.i18n.Messages;

/**
 * A name for a dossier whose settings give none, made from what the articles are about: the person (else
 * the place, else the organisation) named in the most articles, with the period ("Vladimir Poetin,
 * januari 2022"); without names, the word the titles share most; as a last resort the earliest article's
 * title. Never a fixed word, so two dossiers are not both called "Dossier".
 */
final class DerivedTitle {
    private DerivedTitle() {}

    static String of(Dossier dossier, Messages messages) {
        if (dossier.articles().isEmpty()) return messages.text("title.empty");
        Optional<String> subject = mostNamed(dossier).or(() -> commonTitleWord(dossier.articles()));
        String what = subject.orElseGet(() -> dossier.articles().get(0).title());
        Optional<String> period = period(SiteInfo.dateRange(dossier), messages);
        return period.map(p -> messages.text("title.derived", what, p)).orElse(what);
    }

    /** An entity with the number of articles that name it, counted once rather than at every comparison. */
    private record Named(Entity entity, long articles) {}

    private static Optional<String> mostNamed(Dossier dossier) {
        for (EntityType type : List.of(EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION)) {
            Optional<Entity> top = dossier.entities().stream().filter(e -> e.type() == type)
                    .map(e -> new Named(e, articleCount(e)))
                    .max(Comparator.comparingLong(Named::articles)
                            .thenComparingInt(n -> n.entity().mentions().size())
                            .thenComparing(n -> n.entity().id(), Comparator.reverseOrder()))
                    .map(Named::entity);
            // One mention in one article is no subject of a dossier.
            if (top.isPresent() && top.get().mentions().size() > 1) return top.map(Entity::name);
        }
        return Optional.empty();
    }

    private static long articleCount(Entity entity) {
        return entity.mentions().stream().map(m -> m.span().article()).distinct().count();
    }

    /** A capitalised word of four letters or more that most titles contain, when at least two do. */
    private static Optional<String> commonTitleWord(List<Article> articles) {
        Map<String, Integer> titlesWith = new HashMap<>();
        Map<String, String> asWritten = new HashMap<>();
        for (Article article : articles) {
            List<String> seen = new ArrayList<>();
            for (String word : article.title().split("[^\\p{L}\\p{N}-]+")) {
                if (word.length() < 4 || !Character.isUpperCase(word.codePointAt(0))) continue;
                String key = word.toLowerCase(Locale.ROOT);
                if (seen.contains(key)) continue;
                seen.add(key);
                titlesWith.merge(key, 1, Integer::sum);
                asWritten.putIfAbsent(key, word);
            }
        }
        return titlesWith.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(e -> asWritten.get(e.getKey()));
    }

    /** The month when every dated article is of one month, the year when of one year, else "2021–2022". */
    private static Optional<String> period(Optional<SiteInfo.DateRange> dates, Messages messages) {
        if (dates.isEmpty()) return Optional.empty();
        PartialDate first = dates.get().first();
        PartialDate last = dates.get().last();
        if (first.year() != last.year()) return Optional.of(messages.text("title.years", first.year(), last.year()));
        boolean oneMonth = first.month() != 0 && first.month() == last.month();
        return Optional.of(messages.date(oneMonth ? PartialDate.ofMonth(first.year(), first.month()) : PartialDate.ofYear(first.year())));
    }
}
