package org.ddworkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cold start to a usable window: starts the workbench with no arguments in a new JVM, with the startup probe on
 * ({@code -Dddw.startupProbe=true}: the window prints the milliseconds since JVM start at the first pulse after it
 * is shown plus one handled event, then closes), and times from spawning the process to that line. The reference
 * is the same JVM and jar printing its version ({@code --version}), which every start pays for.
 *
 * <p>Headless through Monocle when its jar is given (it ships with the tests, not in the product jar), else on
 * the display named by {@code DISPLAY}; with neither it is not measured.
 */
final class ColdStart {
    /** The line the window prints, followed by milliseconds since JVM start (see the UI's StartupProbe). */
    static final String PROBE_LINE = "ddw startup ms: ";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final List<String> MONOCLE = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k");

    private final ChildJvm jvm;
    private final Path monocleJar;
    private final boolean display;

    /**
     * @param monocleJar the openjfx-monocle jar, or null
     * @param display whether a graphical display is available ({@code DISPLAY} is set)
     */
    ColdStart(ChildJvm jvm, Path monocleJar, boolean display) {
        this.jvm = jvm;
        this.monocleJar = monocleJar;
        this.display = display;
    }

    /** How the window was shown, or why it could not be. */
    String how() {
        if (monocleJar != null) {
            return "headless, Monocle " + monocleJar.getFileName();
        }
        return display ? "on the display " + System.getenv("DISPLAY") : "not measured: no display and no Monocle jar";
    }

    boolean measurable() {
        return monocleJar != null || display;
    }

    /** Median of {@code runs} cold starts and of as many {@code --version} runs. */
    Result measure(int runs) throws IOException {
        if (!measurable()) {
            return Result.failed(how());
        }
        Files.createDirectories(jvm.home());
        long[] window = new long[runs];
        long[] inJvm = new long[runs];
        long[] version = new long[runs];
        for (int i = 0; i < runs; i++) {
            ChildJvm.Run started = jvm.run(windowOptions(), monocleJar, List.of(), PROBE_LINE, TIMEOUT);
            String millis = started.valueAfter(PROBE_LINE);
            if (millis == null) {
                return Result.failed(started.timedOut() ? "the window did not report within " + TIMEOUT.toSeconds()
                        + " s" : "the window did not report (exit code " + started.exitCode() + ")");
            }
            window[i] = started.nanosToLine();
            inJvm[i] = Long.parseLong(millis) * 1_000_000L;
            ChildJvm.Run printed = jvm.run(List.of(), null, List.of("--version"), null, TIMEOUT);
            if (printed.exitCode() != 0) {
                return Result.failed("--version failed (exit code " + printed.exitCode() + ")");
            }
            version[i] = printed.nanos();
        }
        return new Result(median(window), median(inJvm), median(version), runs, null);
    }

    private List<String> windowOptions() {
        List<String> options = new ArrayList<>(List.of("-Dddw.startupProbe=true"));
        if (monocleJar != null) {
            options.addAll(MONOCLE);
        }
        return options;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * @param windowNanos from spawning {@code java} to the window's line (median)
     * @param inJvmNanos the window's own figure, from JVM start (median)
     * @param versionNanos the whole {@code --version} run (median)
     * @param failure null when measured, otherwise why not
     */
    record Result(long windowNanos, long inJvmNanos, long versionNanos, int runs, String failure) {
        static Result failed(String why) {
            return new Result(0, 0, 0, 0, why);
        }

        boolean ok() {
            return failure == null;
        }
    }
}
