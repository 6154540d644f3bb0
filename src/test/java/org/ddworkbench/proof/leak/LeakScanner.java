package org.ddworkbench.proof.leak;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Looks for many values at once in every file under some folders: in the raw bytes as UTF-8, UTF-16LE and
 * UTF-16BE, inside every entry of a ZIP file (an XLSX's parts, a backup) and in the text of a PDF. A value counts
 * as found only as a whole word or number, so "12345" is not found inside "123456". Hits name the value's kind and
 * index, never the value, so a failing run prints nothing imported.
 */
final class LeakScanner {
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE);
    private static final long MAX_BYTES = 512L * 1024 * 1024;
    /** Held so its level sticks: PDFBox warns at each page that it reads Helvetica with a similar font. */
    private static final Logger PDF_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    static {
        PDF_FONTS.setLevel(Level.SEVERE);
    }

    /** One value found: what it is, where, and in which encoding. */
    record Hit(String kind, int index, int length, String where, String encoding) {
        @Override
        public String toString() {
            return kind + " #" + index + " (" + length + " characters) in " + where + " as " + encoding;
        }
    }

    private record Needle(byte[] bytes, Charset charset, int index) {
    }

    private final List<String> values;
    private final List<String> kinds;
    private final Map<Integer, List<Needle>> byPrefix = new HashMap<>();

    /** Searches for the keys of {@code valueKinds}; each value is known by its kind and its position in the map. */
    LeakScanner(Map<String, String> valueKinds) {
        values = List.copyOf(valueKinds.keySet());
        kinds = values.stream().map(valueKinds::get).toList();
        for (int i = 0; i < values.size(); i++) {
            for (Charset charset : ENCODINGS) {
                byte[] bytes = values.get(i).getBytes(charset);
                if (bytes.length >= 4) {
                    byPrefix.computeIfAbsent(prefix(bytes, 0), k -> new ArrayList<>()).add(new Needle(bytes, charset, i));
                }
            }
        }
    }

    /** Every hit in every regular file under the folders (recursively); missing folders hold nothing. */
    List<Hit> scan(List<Path> folders, Path relativeTo) {
        List<Hit> hits = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.exists(folder)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                    scanFile(file, relativeTo.relativize(file).toString(), hits);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hits;
    }

    /** The number of regular files {@link #scan} reads under the folders. */
    static long fileCount(List<Path> folders) throws IOException {
        long count = 0;
        for (Path folder : folders) {
            if (Files.exists(folder)) {
                try (Stream<Path> paths = Files.walk(folder)) {
                    count += paths.filter(Files::isRegularFile).count();
                }
            }
        }
        return count;
    }

    private void scanFile(Path file, String name, List<Hit> hits) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new AssertionError(name + " is larger than the scanner reads; nothing of the session should be");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        scanBytes(bytes, name, hits);
    }

    /** Scans the bytes, then what they hold: the entries of a ZIP file, the text of a PDF. */
    void scanBytes(byte[] bytes, String where, List<Hit> hits) {
        find(bytes, where, hits);
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            scanZipEntries(bytes, where, hits);
        }
        if (startsWith(bytes, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
            find(pdfText(bytes, where).getBytes(StandardCharsets.UTF_8), where + " (PDF text)", hits);
        }
    }

    private void scanZipEntries(byte[] bytes, String where, List<Hit> hits) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                scanBytes(zip.readAllBytes(), where + "!" + entry.getName(), hits);
            }
        } catch (IOException e) {
            // A truncated archive (a half-written .part file): its raw bytes were scanned, and the entries read so far.
        }
    }

    private static String pdfText(byte[] bytes, String where) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf);
        } catch (IOException e) {
            throw new AssertionError(where + " looks like a PDF but PDFBox cannot read it: " + e.getMessage(), e);
        }
    }

    private void find(byte[] bytes, String where, List<Hit> hits) {
        for (int i = 0; i + 4 <= bytes.length; i++) {
            List<Needle> candidates = byPrefix.get(prefix(bytes, i));
            if (candidates == null) {
                continue;
            }
            for (Needle needle : candidates) {
                if (matchesAt(bytes, i, needle.bytes()) && wholeWord(bytes, i, needle)) {
                    Hit hit = new Hit(kinds.get(needle.index()), needle.index(), values.get(needle.index()).length(),
                            where, needle.charset().name());
                    if (!hits.contains(hit)) {
                        hits.add(hit);
                    }
                }
            }
        }
    }

    /** Whether the characters either side of the match are no letter or digit (nor a decimal point of a number). */
    private static boolean wholeWord(byte[] bytes, int at, Needle needle) {
        int width = needle.charset() == StandardCharsets.UTF_8 ? 1 : 2;
        int before = charAt(bytes, at - width, needle.charset());
        int after = charAt(bytes, at + needle.bytes().length, needle.charset());
        int afterNext = charAt(bytes, at + needle.bytes().length + width, needle.charset());
        return !Character.isLetterOrDigit(before) && before != '.'
                && !Character.isLetterOrDigit(after) && !(after == '.' && Character.isDigit(afterNext));
    }

    /** The character at a byte offset (a lone byte for UTF-8), or -1 outside the bytes. */
    private static int charAt(byte[] bytes, int at, Charset charset) {
        if (charset == StandardCharsets.UTF_8) {
            return at >= 0 && at < bytes.length ? bytes[at] & 0xff : -1;
        }
        if (at < 0 || at + 1 >= bytes.length) {
            return -1;
        }
        int low = charset == StandardCharsets.UTF_16LE ? bytes[at] & 0xff : bytes[at + 1] & 0xff;
        int high = charset == StandardCharsets.UTF_16LE ? bytes[at + 1] & 0xff : bytes[at] & 0xff;
        return high << 8 | low;
    }

    private static boolean matchesAt(byte[] bytes, int at, byte[] needle) {
        if (at + needle.length > bytes.length) {
            return false;
        }
        for (int j = 4; j < needle.length; j++) {
            if (bytes[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }

    private static int prefix(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                | bytes[at + 3] & 0xff;
    }

    private static boolean startsWith(byte[] bytes, byte[] start) {
        if (bytes.length < start.length) {
            return false;
        }
        for (int i = 0; i < start.length; i++) {
            if (bytes[i] != start[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether a value appears in a text as a whole word or number, by the same rule as the byte scan. */
    static boolean appears(String value, String text) {
        return Pattern.compile("(?<![\\p{L}\\p{N}.])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}]|\\.\\d)")
                .matcher(text).find();
    }
}
