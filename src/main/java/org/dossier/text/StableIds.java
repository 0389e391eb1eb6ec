package org.dossier.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids derived from content, so that they survive rebuilds and edits elsewhere: the first bytes of the
 * SHA-256 of a text, in hex. Block anchors, passage ids and event ids are all made this way; each keeps
 * the number of bytes it always had, so that existing addresses stay.
 */
public final class StableIds {
    /** One digest per thread: making one costs more than hashing a short text. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    });

    private StableIds() {}

    /** The first {@code bytes} bytes of the SHA-256 of {@code text} (as UTF-8), in lower-case hex. */
    public static String hex(String text, int bytes) {
        byte[] hash = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, bytes);
    }

    /** {@code prefix} and the first 10 hex digits of the SHA-256 of the parts joined by NUL (each followed by one). */
    public static String of(String prefix, Object... parts) {
        StringBuilder key = new StringBuilder();
        for (Object part : parts) key.append(part).append('\0');
        return prefix + hex(key.toString(), 5);
    }

    /**
     * 64 well-mixed bits of {@code text}, the same on every JVM and host: FNV-1a over its UTF-16 code units,
     * then MurmurHash3's finaliser. For where an id is hashed for every thing on every build (the search
     * index's numbers): a hundred times cheaper than a SHA-256, and no id is made of it.
     */
    public static long bits(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
