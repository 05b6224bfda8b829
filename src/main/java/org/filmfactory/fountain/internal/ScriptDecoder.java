package org.filmfactory.fountain.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.filmfactory.fountain.ScriptFileRefused;

/**
 * Bytes to script text, refusing rather than guessing. Fountain files are UTF-8; a file that is not (Latin-1 or GBK
 * from an old editor) would otherwise import with wrong characters the writer may only notice much later, so it is
 * refused with the line of the first bad byte. UTF-16 with a byte order mark, as Windows Notepad saves "Unicode",
 * is read too. Binary files are recognised by NUL bytes or a known file signature.
 */
public final class ScriptDecoder {

    /** Signatures no screenplay starts with: images, PDF, zip-based office files, old Word, executables, archives. */
    private static final byte[][] BINARY_SIGNATURES = {
        {(byte) 0x89, 'P', 'N', 'G'}, {'%', 'P', 'D', 'F', '-'}, {'P', 'K', 3, 4}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
        {'G', 'I', 'F', '8', '7', 'a'}, {'G', 'I', 'F', '8', '9', 'a'}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
        {0x7F, 'E', 'L', 'F'}, {0x1F, (byte) 0x8B}, {'7', 'z', (byte) 0xBC, (byte) 0xAF}, {'R', 'a', 'r', '!', 0x1A},
        {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}
    };

    private ScriptDecoder() {
    }

    /** See {@link org.filmfactory.fountain.FountainReader#decode}. */
    public static String decode(byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw ScriptFileRefused.tooLarge(maxBytes);
        }
        if (bytes.length == 0) {
            return "";
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strictUtf16(bytes, false);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strictUtf16(bytes, true);
        }
        if (looksBinary(bytes)) {
            throw ScriptFileRefused.notText();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw ScriptFileRefused.notUtf8(lineAt(bytes, in.position()));
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw ScriptFileRefused.notUtf8(lineAt(bytes, in.position()));
        }
        return out.flip().toString();
    }

    private static String strictUtf16(byte[] bytes, boolean bigEndian) {
        CharsetDecoder decoder = (bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var out = CharBuffer.allocate(bytes.length / 2 + 1);
        var result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
        if (result.isError() || decoder.flush(out).isError()) {
            throw ScriptFileRefused.notText();
        }
        return out.flip().toString();
    }

    private static boolean looksBinary(byte[] bytes) {
        for (byte[] signature : BINARY_SIGNATURES) {
            if (startsWith(bytes, signature)) {
                return true;
            }
        }
        // MP4 and QuickTime: a box size, then "ftyp".
        if (bytes.length >= 8 && bytes[4] == 'f' && bytes[5] == 't' && bytes[6] == 'y' && bytes[7] == 'p') {
            return true;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The 1-based line of byte {@code position}, counting CRLF, CR and LF as one line end each. */
    static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            } else if (bytes[i] == '\r') {
                line++;
                if (i + 1 < position && bytes[i + 1] == '\n') {
                    i++;
                }
            }
        }
        return line;
    }
}
