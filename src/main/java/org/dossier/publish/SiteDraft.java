package org.dossier.publish;

import java.io.IOException;

/**
 * A new version of the site being written: every file of the new site goes in through {@link #write},
 * then {@link #commit()} makes it the site. Closing a draft that was not committed leaves the output
 * folder as it was.
 */
public interface SiteDraft extends AutoCloseable {
    /** Adds one file of the new site; {@code path} is relative to the site root, with '/' separators. */
    void write(String path, byte[] content);

    /** Makes the files written so far the whole site. */
    PublishReport commit() throws PublishException;

    @Override
    void close() throws IOException;
}
