package org.ddworkbench.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Searches files for a text as UTF-8 and as UTF-16LE bytes, the two ways Java and the JDK's tools write it. */
final class ImportScan {
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    private ImportScan() {
    }

    static List<Path> filesContaining(Path root, String text) {
        try (Stream<Path> paths = Files.walk(root)) {
            return filesContaining(paths.filter(Files::isRegularFile).toList(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> filesContaining(List<Path> files, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
        List<Path> hits = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = read(file);
            if (indexOf(bytes, utf8) >= 0 || indexOf(bytes, utf16) >= 0) {
                hits.add(file);
            }
        }
        return hits;
    }

    /** The file's bytes; empty when it vanished, cannot be read or is too large to be one of ours. */
    private static byte[] read(Path file) {
        try {
            return Files.size(file) > MAX_BYTES ? new byte[0] : Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
