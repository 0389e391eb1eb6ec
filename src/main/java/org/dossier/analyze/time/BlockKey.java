package org.dossier.analyze.time;

/** One block of one article, as spans and located expressions name it: a key for indexing them by block. */
record BlockKey(String article, String block) {
    // Written out: every mention of a large dossier is looked up by its block in each build, and the
    // generated methods are slower than these.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof BlockKey other && article.equals(other.article) && block.equals(other.block);
    }

    @Override
    public int hashCode() {
        return 31 * article.hashCode() + block.hashCode();
    }
}
