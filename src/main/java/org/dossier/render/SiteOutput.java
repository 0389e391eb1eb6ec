package org.dossier.render;

/** Where rendered files go; the build passes the publisher's staging area. */
@FunctionalInterface
public interface SiteOutput {
    /** @param path the file's path relative to the site root, with '/' separators */
    void write(String path, byte[] content);
}
