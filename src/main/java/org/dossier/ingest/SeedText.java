package org.dossier.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a seed's bytes into text, refusing what is not text: binary files, empty files and anything
 * that is not valid UTF-8. A byte order mark is dropped and line ends become {@code \n}.
 */
final class SeedText {
    private SeedText() {}

    /** The decoded text, or a message (without the file name) that says what is wrong and what to do. */
    sealed interface Result permits Decoded, Refused {}

    record Decoded(String text) implements Result {}

    record Refused(int line, int column, String message) implements Result {}

    static Result decode(byte[] bytes) {
        if (isBinary(bytes)) {
            return new Refused(0, 0, "is a binary file, not a text seed; remove it from the seeds folder "
                    + "or save the article as .txt, .md or .html");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return invalidUtf8(bytes);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            return new Refused(0, 0, "is empty; add the article's text or remove the file");
        }
        return new Decoded(text);
    }

    /** NUL bytes never occur in text; many other control bytes mean the same. */
    private static boolean isBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
        }
        return sample > 0 && control * 10 > sample;
    }

    private static Refused invalidUtf8(byte[] bytes) {
        int line = 1;
        int column = 1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = sequenceLength(bytes, i);
            if (length == 0) {
                String hint = b >= 0x80 && b <= 0x9F || b >= 0xA0
                        ? " (it looks like Windows-1252 or ISO-8859-1)" : "";
                return new Refused(line, column, String.format(
                        "is not valid UTF-8: byte 0x%02X cannot start a character%s; re-save the file as UTF-8", b, hint));
            }
            if (b == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += length;
        }
        return new Refused(line, column, "is not valid UTF-8; re-save the file as UTF-8");
    }

    /** The length of the well-formed UTF-8 sequence at {@code i}, or 0 when there is none. */
    private static int sequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        if (b < 0x80) return 1;
        int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > bytes.length) return 0;
        for (int k = 1; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) return 0;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, i, length));
            return length;
        } catch (CharacterCodingException e) {
            return 0;
        }
    }
}
