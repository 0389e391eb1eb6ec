package org.dossier.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileContentTest {
    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code text} cut at random places into pieces, some of them empty. */
    private static List<byte[]> cut(byte[] text, Random random) {
        List<byte[]> pieces = new ArrayList<>();
        int at = 0;
        while (at < text.length) {
            int length = Math.min(text.length - at, random.nextInt(6));
            byte[] piece = new byte[length];
            System.arraycopy(text, at, piece, 0, length);
            pieces.add(piece);
            at += length;
        }
        return pieces;
    }

    @Test
    void contentsAreTheSameWhenTheirBytesAreHoweverTheyAreCut() {
        Random random = new Random(14);
        byte[] text = bytes("{\"articles\": [{\"id\": \"a\"}, {\"id\": \"b\"}]}\n");
        for (int round = 0; round < 200; round++) {
            List<byte[]> one = cut(text, random);
            List<byte[]> other = cut(text, random);
            assertTrue(FileContent.same(one, other));
            assertTrue(FileContent.same(text, other));
            assertTrue(FileContent.same(one, text.clone()));
            // One byte other, anywhere: not the same.
            byte[] changed = text.clone();
            changed[random.nextInt(changed.length)] ^= 1;
            assertFalse(FileContent.same(one, cut(changed, random)));
            assertFalse(FileContent.same(cut(changed, random), text));
        }
        assertFalse(FileContent.same(List.of(bytes("ab")), List.of(bytes("ab"), bytes("c"))), "longer");
        assertFalse(FileContent.same(null, List.of()));
        assertTrue(FileContent.same(List.of(), new byte[0]));
    }

    @Test
    void writesThePiecesOneAfterTheOther() throws Exception {
        byte[] large = new byte[200_000];
        new Random(15).nextBytes(large);
        List<byte[]> pieces = List.of(bytes("head "), large, new byte[0], bytes(" tail"));
        Path file = dir.resolve("x.json");
        FileContent.write(file, pieces);
        byte[] written = Files.readAllBytes(file);
        assertEquals(FileContent.length(pieces), written.length);
        assertTrue(FileContent.same(pieces, written));
    }
}
