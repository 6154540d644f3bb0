package org.ddworkbench.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One format's import-benchmark figures as a single line, so {@code bench all} can run the import benchmark in a
 * child JVM with a small heap and read what it measured. The line holds timings and sizes only, never data.
 *
 * @param failure null when both the bare parse and the import succeeded, otherwise a one-line reason
 */
record ImportFigures(String format, int rows, long fileBytes, long bareNanos, long bareHeapBytes, long importNanos,
        long importHeapBytes, long importLiveBytes, long previewNanos, long commitNanos, String failure) {
    /** How every figures line starts. */
    static final String PREFIX = "ddw-bench-figures ";

    static ImportFigures of(FormatRun run) {
        String failure = !run.bare().ok() ? "bare parse failed: " + run.bare().failure()
                : !run.imported().ok() ? "import failed: " + run.imported().failure() : null;
        return new ImportFigures(run.format(), run.rows(), run.fileBytes(), run.bare().nanos(),
                run.bare().peakHeapBytes(), run.imported().nanos(), run.imported().peakHeapBytes(),
                run.imported().peakLiveBytes(), Math.round(run.previewSeconds() * 1e9), Math.round(run.commitSeconds() * 1e9), failure);
    }

    boolean ok() {
        return failure == null;
    }

    /** The import's time over the bare parse's; 0 when either failed. */
    double ratio() {
        return ok() && bareNanos > 0 ? (double) importNanos / bareNanos : 0;
    }

    /** One pass of the import (the average of validating and storing) over the bare parse's one pass. */
    double perPassRatio() {
        return ratio() / 2;
    }

    /** The line; the failure, which may hold spaces, comes last. */
    String line() {
        return String.format(Locale.ROOT, "%sformat=%s rows=%d fileBytes=%d bareNanos=%d bareHeap=%d importNanos=%d"
                + " importHeap=%d importLive=%d previewNanos=%d commitNanos=%d%s", PREFIX, format, rows, fileBytes,
                bareNanos, bareHeapBytes, importNanos, importHeapBytes, importLiveBytes, previewNanos, commitNanos,
                failure == null ? "" : " failure=" + failure.replace('\n', ' '));
    }

    /** Reads a line written by {@link #line()}; empty for any other line. */
    static Optional<ImportFigures> parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = line.substring(PREFIX.length());
        String failure = null;
        int failureAt = rest.indexOf(" failure=");
        if (failureAt >= 0) {
            failure = rest.substring(failureAt + " failure=".length());
            rest = rest.substring(0, failureAt);
        }
        Map<String, String> fields = new HashMap<>();
        for (String pair : rest.split(" ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        try {
            return Optional.of(new ImportFigures(fields.get("format"), Integer.parseInt(fields.get("rows")),
                    number(fields, "fileBytes"), number(fields, "bareNanos"), number(fields, "bareHeap"),
                    number(fields, "importNanos"), number(fields, "importHeap"), number(fields, "importLive"),
                    number(fields, "previewNanos"),
                    number(fields, "commitNanos"), failure));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long number(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new NumberFormatException("no " + name);
        }
        return Long.parseLong(value);
    }
}
