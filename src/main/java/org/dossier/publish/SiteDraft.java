package org.dossier.publish;

import java.io.IOException;
import java.util.List;

/**
 * A new version of the site being written: every file of the new site goes in through {@link #write},
 * then {@link #commit()} makes it the site. Closing a draft that was not committed leaves the output
 * folder as it was.
 */
public interface SiteDraft extends AutoCloseable {
    /** Adds one file of the new site; {@code path} is relative to the site root, with '/' separators. */
    void write(String path, byte[] content);

    /**
     * Adds one file of the new site given as {@code pieces}, whose bytes one after the other are the file's:
     * a large file that changes in small parts need not be laid out in one array. The draft keeps the list
     * and its arrays; the caller must not change them.
     */
    void write(String path, List<byte[]> pieces);

    /** Makes the files written so far the whole site. */
    PublishReport commit() throws PublishException;

    @Override
    void close() throws IOException;
}
