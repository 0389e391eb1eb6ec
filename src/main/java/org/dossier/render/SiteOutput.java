package org.dossier.render;

import java.util.List;

/** Where rendered files go; the build passes the publisher's staging area. */
@FunctionalInterface
public interface SiteOutput {
    /** @param path the file's path relative to the site root, with '/' separators */
    void write(String path, byte[] content);

    /**
     * Writes a file given as {@code pieces}, whose bytes one after the other are the file's: the data export
     * comes so, most of its pieces the very arrays of the last build, so that the draft can compare and write
     * it without laying out tens of megabytes in one array. This default lays them out.
     */
    default void write(String path, List<byte[]> pieces) {
        int size = 0;
        for (byte[] piece : pieces) size = Math.addExact(size, piece.length);
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] piece : pieces) {
            System.arraycopy(piece, 0, all, at, piece.length);
            at += piece.length;
        }
        write(path, all);
    }
}
