package org.dossier.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One seed, read.
 *
 * @param id          slug, unique in the dossier, used in URLs
 * @param source      the seed's path relative to the seeds folder, with '/' separators
 * @param title       never blank: derived from the text when the seed gives none
 * @param date        the date at the precision known, if any
 * @param dateOrigin  where {@code date} comes from
 * @param language    ISO 639-1 code of the article's main language
 * @param outlet      the publication, when known
 * @param author      the byline, when known
 * @param originalUrl where the article was published, when known
 * @param sections    the article's sections in reading order, never empty
 */
public record Article(
        String id,
        String source,
        String title,
        Optional<PartialDate> date,
        DateOrigin dateOrigin,
        String language,
        Optional<String> outlet,
        Optional<String> author,
        Optional<String> originalUrl,
        List<Section> sections) {

    public Article {
        Checks.notBlank(id, "id");
        Checks.notBlank(source, "source");
        Checks.notBlank(title, "title");
        Checks.notNull(date, "date");
        Checks.notNull(dateOrigin, "dateOrigin");
        Checks.notBlank(language, "language");
        Checks.notNull(outlet, "outlet");
        Checks.notNull(author, "author");
        Checks.notNull(originalUrl, "originalUrl");
        originalUrl.ifPresent(url -> {
            if (!LinkRule.allows(url, LinkRule.WEB)) throw new IllegalArgumentException("originalUrl " + LinkRule.problem(url, LinkRule.WEB).get());
        });
        sections = Checks.copy(sections, "sections");
        if (sections.isEmpty()) throw new IllegalArgumentException("article " + id + " has no sections");
        if (date.isPresent() == (dateOrigin == DateOrigin.UNKNOWN)) {
            throw new IllegalArgumentException("dateOrigin " + dateOrigin + " does not fit date " + date);
        }
    }

    /** Every block in reading order. */
    public List<Block> blocks() {
        return sections.stream().flatMap(s -> s.blocks().stream()).toList();
    }

    public Stream<Block> blockStream() {
        return sections.stream().flatMap(s -> s.blocks().stream());
    }

    public Optional<Block> block(String blockId) {
        return blockStream().filter(b -> b.id().equals(blockId)).findFirst();
    }

    /** The id of the section holding the block. */
    public Optional<String> sectionOf(String blockId) {
        return sections.stream()
                .filter(s -> s.blocks().stream().anyMatch(b -> b.id().equals(blockId)))
                .map(Section::id)
                .findFirst();
    }

    /** A copy with another date, as analysis sets it when it dates an article from evidence. */
    public Article withDate(PartialDate newDate, DateOrigin origin) {
        return new Article(id, source, title, Optional.of(newDate), origin, language, outlet, author, originalUrl, sections);
    }
}
