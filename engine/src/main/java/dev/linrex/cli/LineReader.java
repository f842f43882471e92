package dev.linrex.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads lines separated by {@code \n} (only: a {@code \r} stays part of its line, as in grep)
 * from bytes taken as UTF-8. Malformed bytes become U+FFFD instead of failing, so any file can
 * be searched, binary ones included.
 */
final class LineReader {
    /** Bytes looked at to decide whether input is binary (has a NUL byte), as grep does. */
    static final int BINARY_PROBE = 32 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private byte[] line = new byte[256];
    private final boolean binary;

    LineReader(InputStream in) throws IOException {
        this.in = in;
        // Fill the buffer up to the probe size (or end of input) and look for a NUL byte.
        while (limit < BINARY_PROBE) {
            int n = in.read(buffer, limit, BINARY_PROBE - limit);
            if (n < 0) {
                break;
            }
            limit += n;
        }
        boolean nul = false;
        for (int i = 0; i < limit; i++) {
            if (buffer[i] == 0) {
                nul = true;
                break;
            }
        }
        this.binary = nul;
    }

    /** Whether the start of the input has a NUL byte (grep then reports matches without printing lines). */
    boolean binary() {
        return binary;
    }

    /** The next line without its {@code \n}, or null at the end of input. */
    String next() throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? decode(length) : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            if (length + n > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
            }
            System.arraycopy(buffer, start, line, length, n);
            length += n;
            if (pos < limit) {
                pos++; // the \n
                return decode(length);
            }
        }
    }

    private String decode(int length) throws CharacterCodingException {
        decoder.reset();
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(line, 0, length));
        return chars.toString();
    }
}
