package org.dossier.model;

import java.util.Objects;

/**
 * One block of one article, by their ids: a key for indexing spans, mentions and expressions by the block
 * they stand in. Its hash is worked out once, as analysis and render look up every mention of a large
 * dossier by its block, and recheck hundreds of thousands of such lookups on a rebuild.
 */
public final class BlockKey {
    private final String article;
    private final String block;
    private final int hash;

    public BlockKey(String article, String block) {
        this.article = Objects.requireNonNull(article, "article must not be null");
        this.block = Objects.requireNonNull(block, "block must not be null");
        this.hash = 31 * article.hashCode() + block.hashCode();
    }

    /** The block a span stands in. */
    public static BlockKey of(Span span) {
        return new BlockKey(span.article(), span.block());
    }

    public String article() {
        return article;
    }

    public String block() {
        return block;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof BlockKey other && hash == other.hash && article.equals(other.article) && block.equals(other.block);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return article + "#" + block;
    }
}
