package org.dossier.analyze.time;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids derived from content, so that they survive rebuilds and edits elsewhere. */
final class StableIds {
    private StableIds() {}

    /** {@code prefix} and the first 10 hex digits of the SHA-256 of the parts joined by NUL. */
    static String of(String prefix, Object... parts) {
        StringBuilder key = new StringBuilder();
        for (Object part : parts) key.append(part).append('\0');
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
