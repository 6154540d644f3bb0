package org.ddworkbench.proof.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A child JVM that sees a tiny, private disk: {@code unshare -Urm} gives it its own user and mount namespace
 * (no root needed, and as root too, where permissions stop no write), a tmpfs of a few kilobytes is mounted
 * there, optionally with a project copied onto it, optionally remounted read-only. The real file system then
 * answers writes with ENOSPC or EROFS. When the command ends, whatever is on the small disk is copied back out
 * ({@code back/}), and its file names are listed, so the test can inspect what was left.
 */
final class SmallDisk {
    /** Printed by the wrapper once the disk is in place; its absence means the mechanism is unavailable. */
    static final String MOUNTED = "MOUNTED";
    static final String LEFT = "LEFT ";

    private static final String SCRIPT = """
            set -e
            mount -t tmpfs -o size="$DISK_BYTES" tmpfs "$DISK_MOUNT"
            if [ -n "$DISK_PROJECT" ]; then cp -a "$DISK_PROJECT" "$DISK_MOUNT/project"; fi
            if [ "$DISK_READ_ONLY" = yes ]; then mount -o remount,ro "$DISK_MOUNT"; fi
            echo %s
            set +e
            "$@"
            code=$?
            for f in "$DISK_MOUNT"/.[!.]* "$DISK_MOUNT"/*; do [ -e "$f" ] && echo "%s$(basename "$f")"; done
            cp -a "$DISK_MOUNT/." "$DISK_BACK/"
            exit $code
            """.formatted(MOUNTED, LEFT);

    private final Path mount;
    private final Path back;
    private final long bytes;
    private final boolean readOnly;
    private final Path project;

    private SmallDisk(Path work, long bytes, boolean readOnly, Path project) throws IOException {
        this.mount = Files.createDirectories(work.resolve("disk"));
        this.back = Files.createDirectories(work.resolve("back"));
        this.bytes = bytes;
        this.readOnly = readOnly;
        this.project = project;
    }

    /** An empty disk of {@code bytes} (a target folder for exports). */
    static SmallDisk empty(Path work, long bytes, boolean readOnly) throws IOException {
        return new SmallDisk(work, bytes, readOnly, null);
    }

    /** A disk holding a copy of {@code project} (at {@link #projectOnDisk()}) and {@code spare} bytes more. */
    static SmallDisk holding(Path work, Path project, long spare, boolean readOnly) throws IOException {
        long size;
        try (var files = Files.walk(project)) {
            size = files.filter(Files::isRegularFile).mapToLong(f -> roundUp(f.toFile().length())).sum();
        }
        return new SmallDisk(work, roundUp(size + spare), readOnly, project);
    }

    private static long roundUp(long bytes) {
        return (bytes + 4095) / 4096 * 4096 + 4096;
    }

    /** Where the disk is, as the child sees it. */
    Path mount() {
        return mount;
    }

    Path projectOnDisk() {
        return mount.resolve("project");
    }

    /** The project as it was on the disk when the command ended. */
    Path projectAfter() {
        return back.resolve("project");
    }

    /** Runs {@code ddw args} in a child JVM on this disk and waits for it. */
    ChildProcess run(List<String> args, Map<String, String> environment) throws Exception {
        Map<String, String> withDisk = new java.util.HashMap<>(environment);
        withDisk.put("DISK_BYTES", Long.toString(bytes));
        withDisk.put("DISK_MOUNT", mount.toString());
        withDisk.put("DISK_BACK", back.toString());
        withDisk.put("DISK_PROJECT", project == null ? "" : project.toString());
        withDisk.put("DISK_READ_ONLY", readOnly ? "yes" : "no");
        ChildProcess child = ChildProcess.start(List.of("unshare", "-Urm", "sh", "-c", SCRIPT, "sh"), args, withDisk,
                back.resolveSibling("err.txt"));
        child.waitForExit();
        if (!child.lines().contains(MOUNTED)) {
            throw new AssertionError("Could not set up the small disk with unshare -Urm and a tmpfs mount; this"
                    + " suite needs user namespaces (see docs/proof/crash-safety.md): " + child.errText());
        }
        return child;
    }

    /** The names the command left on the disk. */
    static List<String> left(ChildProcess child) {
        return child.lines().stream().filter(l -> l.startsWith(LEFT)).map(l -> l.substring(LEFT.length())).toList();
    }
}
