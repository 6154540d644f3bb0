package org.ddworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.LoadedPack;

/** Shared set-up for store tests: a fast service, the bundled pack, and folder snapshots and byte searches. */
final class ProjectFixture {
    static final int FAST_ITERATIONS = 1_000;
    static final String PASSPHRASE = "correct horse battery staple";
    static final String OTHER_PASSPHRASE = "a different but long passphrase";

    final JsonPackReader packReader = new JsonPackReader();
    final H2ProjectService service = new H2ProjectService(packReader, FAST_ITERATIONS);

    LoadedPack pack() {
        return packReader.bundled();
    }

    Project create(Path folder) throws ProjectException {
        return service.create(folder, "Test engagement", PASSPHRASE.toCharArray(), pack());
    }

    Project open(Path folder) throws ProjectException {
        return service.open(folder, PASSPHRASE.toCharArray());
    }

    /** Every regular file under {@code root} by relative name, with its size and SHA-256. */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                files.put(root.relativize(p).toString(), bytes.length + ":" + sha256(bytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Files under {@code root} holding {@code marker} as UTF-8 or UTF-16LE bytes. */
    static List<Path> filesContaining(Path root, String marker, int maxDepth) {
        byte[] utf8 = marker.getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = marker.getBytes(StandardCharsets.UTF_16LE);
        List<Path> hits = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root, maxDepth)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                byte[] bytes = readOrEmpty(p);
                if (indexOf(bytes, utf8) >= 0 || indexOf(bytes, utf16) >= 0) {
                    hits.add(p);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Another process's temporary files can vanish while we walk; they are not ours to check.
        }
        return hits;
    }

    private static byte[] readOrEmpty(Path p) {
        try {
            return Files.size(p) > 256L * 1024 * 1024 ? new byte[0] : Files.readAllBytes(p);
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

    /** Fails if H2 left a plain-text trace file anywhere under {@code root} or in the working folder. */
    static void assertNoTraceFiles(Path root) {
        try (Stream<Path> underRoot = Files.walk(root); Stream<Path> inWorkingFolder = Files.list(Path.of(""))) {
            assertThat(Stream.concat(underRoot, inWorkingFolder).map(Path::toString)
                    .filter(n -> n.endsWith(".trace.db") || n.endsWith("trace.db")).toList())
                    .as("H2 trace files").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A user message must read as a sentence, never as a stack trace. */
    static void assertReadable(ProjectException e) {
        assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("\n").doesNotContain("org.h2");
    }
}
