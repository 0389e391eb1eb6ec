package org.dossier.analyze.time;

/**
 * One block of one article, as spans and located expressions name it: a key for indexing them by block.
 * Its hash is worked out once: every mention of a large dossier is looked up by its block in each build.
 */
final class BlockKey {
    private final String article;
    private final String block;
    private final int hash;

    BlockKey(String article, String block) {
        this.article = article;
        this.block = block;
        this.hash = 31 * article.hashCode() + block.hashCode();
    }

    String article() {
        return article;
    }

    String block() {
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
