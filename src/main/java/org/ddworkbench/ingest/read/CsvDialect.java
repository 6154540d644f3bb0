package org.ddworkbench.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ddworkbench.ingest.FileRejectedException;

/**
 * How a text table file is written: its character set (from the byte-order mark, else UTF-8 when every
 * byte sequence is valid UTF-8, else Windows-1252), the length of its byte-order mark, and its delimiter
 * (whichever of comma, semicolon and tab splits the first lines most consistently, quotes respected).
 */
record CsvDialect(Charset charset, int bomLength, char delimiter) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final int TEXT_CHECK_CHARS = 8 * 1024;
    private static final int SAMPLE_LINES = 20;
    private static final char[] DELIMITERS = {',', ';', '\t'};

    /** Detects the dialect of {@code file}, refusing empty and binary files. */
    static CsvDialect detect(Path file, String name) throws FileRejectedException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE_BYTES);
        } catch (IOException e) {
            throw Locations.reject(name, "the file could not be read", e);
        }
        if (head.length == 0) {
            throw Locations.reject(name, "the file is empty");
        }
        int bom = bomLength(head);
        Charset charset = bomCharset(head);
        if (charset == null) {
            charset = isUtf8(file, name) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        } else if (charset.equals(StandardCharsets.UTF_8) && !isUtf8(file, name)) {
            // Decoding would silently turn every misencoded letter into a replacement character.
            throw Locations.reject(name, "the file is marked as UTF-8 (it starts with a byte-order mark), but its"
                    + " text is not valid UTF-8: save it again as \"CSV UTF-8\"");
        }
        String sample = decode(head, bom, charset);
        if (!looksLikeText(sample)) {
            throw notText(name);
        }
        return new CsvDialect(charset, bom, delimiter(sample));
    }

    static FileRejectedException notText(String name) {
        return Locations.reject(name, "not a spreadsheet or CSV file (it holds binary data)");
    }

    /** Whether the start of a file reads as text in some encoding: no NUL, hardly any control characters. */
    static boolean looksLikeText(byte[] head) {
        Charset charset = bomCharset(head);
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            // A sample may end inside a character, so only an invalid sequence rules UTF-8 out; text wrongly marked
            // as UTF-8 is still text, refused later with its own message.
            charset = scanUtf8(head, head.length, 0) >= 0 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        return looksLikeText(decode(head, bomLength(head), charset));
    }

    private static boolean looksLikeText(String sample) {
        int limit = Math.min(sample.length(), TEXT_CHECK_CHARS);
        int odd = 0;
        for (int i = 0; i < limit; i++) {
            char c = sample.charAt(i);
            if (c == 0) {
                return false;
            }
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
            if (control || c == 0x7F || c == '\uFFFD') {
                odd++;
            }
        }
        return odd * 50 <= limit;
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        return bomCharset(b) == null ? 0 : 2;
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String decode(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not throw", e);
        }
    }

    /** Scans the whole file once: a late "é" in Windows-1252 must not be misread as broken UTF-8. */
    private static boolean isUtf8(Path file, String name) throws FileRejectedException {
        byte[] buffer = new byte[SAMPLE_BYTES];
        int pending = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while (pending >= 0 && (read = in.read(buffer, 0, buffer.length)) > 0) {
                pending = scanUtf8(buffer, read, pending);
            }
        } catch (IOException e) {
            throw Locations.reject(name, "the file could not be read", e);
        }
        return pending == 0;
    }

    /**
     * Runs the UTF-8 state machine over {@code length} bytes, given how many continuation bytes are still
     * due from the previous call; returns how many are due after them, or -1 on an invalid sequence.
     */
    private static int scanUtf8(byte[] bytes, int length, int pendingBefore) {
        int pending = pendingBefore;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (pending > 0) {
                if ((b & 0xC0) != 0x80) {
                    return -1;
                }
                pending--;
            } else if (b >= 0x80) {
                if (b >= 0xC2 && b <= 0xDF) {
                    pending = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    pending = 2;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    pending = 3;
                } else {
                    return -1;
                }
            }
        }
        return pending;
    }

    /** The delimiter whose count per line is most consistent (then largest) over the first lines. */
    static char delimiter(String sample) {
        int[][] counts = countPerLine(sample);
        char best = ',';
        double bestShare = 0;
        int bestMode = 0;
        for (int d = 0; d < DELIMITERS.length; d++) {
            int[] perLine = counts[d];
            if (perLine.length == 0) {
                continue;
            }
            int mode = mode(perLine);
            if (mode == 0) {
                continue;
            }
            int agreeing = 0;
            for (int count : perLine) {
                agreeing += count == mode ? 1 : 0;
            }
            double share = agreeing / (double) perLine.length;
            if (share > bestShare || (share == bestShare && mode > bestMode)) {
                best = DELIMITERS[d];
                bestShare = share;
                bestMode = mode;
            }
        }
        return best;
    }

    /** Counts each candidate delimiter outside quotes on each complete logical line of the sample. */
    private static int[][] countPerLine(String sample) {
        int[][] lines = new int[DELIMITERS.length][SAMPLE_LINES];
        int[] current = new int[DELIMITERS.length];
        int complete = 0;
        boolean quoted = false;
        boolean lineHasText = false;
        for (int i = 0; i < sample.length() && complete < SAMPLE_LINES; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (lineHasText) {
                    for (int d = 0; d < DELIMITERS.length; d++) {
                        lines[d][complete] = current[d];
                        current[d] = 0;
                    }
                    complete++;
                }
                lineHasText = false;
                continue;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    current[d] += c == DELIMITERS[d] ? 1 : 0;
                }
            }
            lineHasText = true;
        }
        // A file shorter than the sample ends in a last line that is complete although unterminated.
        if (complete == 0 && lineHasText) {
            for (int d = 0; d < DELIMITERS.length; d++) {
                lines[d][0] = current[d];
            }
            complete = 1;
        }
        int[][] trimmed = new int[DELIMITERS.length][];
        for (int d = 0; d < DELIMITERS.length; d++) {
            trimmed[d] = java.util.Arrays.copyOf(lines[d], complete);
        }
        return trimmed;
    }

    private static int mode(int[] values) {
        int best = 0;
        int bestFrequency = 0;
        for (int candidate : values) {
            int frequency = 0;
            for (int value : values) {
                frequency += value == candidate ? 1 : 0;
            }
            if (frequency > bestFrequency || (frequency == bestFrequency && candidate > best)) {
                best = candidate;
                bestFrequency = frequency;
            }
        }
        return best;
    }
}
