package org.dossier.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The content of one file of a draft: a {@code byte[]}, or a {@code List<byte[]>} whose pieces, one after
 * the other, are the file's bytes. A large file that a rebuild changes in one small part (the 34 MB data
 * export at 5,000 articles) comes as pieces, most of them the very arrays of the last build: it is then
 * compared piece by piece, mostly by identity, and written without being laid out in one array first.
 * Two contents are the same when their bytes are, however they are cut.
 */
final class FileContent {
    private static final int BUFFER = 1 << 16;

    private FileContent() {}

    /** Whether {@code a} and {@code b} (either may be null: no file) hold the same bytes. */
    static boolean same(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (a instanceof byte[] x && b instanceof byte[] y) return Arrays.equals(x, y);
        List<byte[]> x = pieces(a);
        List<byte[]> y = pieces(b);
        if (length(x) != length(y)) return false;
        // Two cursors over the pieces: where both stand at the start of the very same array, it is skipped whole.
        int i = 0;
        int j = 0;
        int atX = 0;
        int atY = 0;
        while (i < x.size() && j < y.size()) {
            byte[] p = x.get(i);
            byte[] q = y.get(j);
            if (atX == 0 && atY == 0 && p == q) {
                i++;
                j++;
                continue;
            }
            int run = Math.min(p.length - atX, q.length - atY);
            if (run > 0 && Arrays.mismatch(p, atX, atX + run, q, atY, atY + run) >= 0) return false;
            atX += run;
            atY += run;
            if (atX == p.length) {
                i++;
                atX = 0;
            }
            if (atY == q.length) {
                j++;
                atY = 0;
            }
        }
        return true;
    }

    /** Writes {@code content} to {@code file}, made or truncated. */
    static void write(Path file, Object content) throws IOException {
        if (content instanceof byte[] bytes) {
            Files.write(file, bytes);
            return;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER)) {
            // A piece at least as long as the buffer goes straight to the file, the small ones are gathered.
            for (byte[] piece : pieces(content)) out.write(piece);
        }
    }

    /** The number of bytes of {@code content}. */
    static long length(Object content) {
        if (content instanceof byte[] bytes) return bytes.length;
        return length(pieces(content));
    }

    private static long length(List<byte[]> pieces) {
        long length = 0;
        for (byte[] piece : pieces) length += piece.length;
        return length;
    }

    @SuppressWarnings("unchecked")
    private static List<byte[]> pieces(Object content) {
        if (content instanceof byte[] bytes) return List.of(bytes);
        if (content instanceof List<?> list) return (List<byte[]>) list;
        throw new IllegalArgumentException("a file's content is a byte[] or a List<byte[]>, not " + content.getClass().getName());
    }
}
