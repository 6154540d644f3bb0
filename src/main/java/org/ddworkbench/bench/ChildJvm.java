package org.ddworkbench.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts the workbench in a new JVM, as a user starts it, for the measurements that need a fresh process: cold
 * start, and the import with a small heap. Standard error is discarded, standard output is read line by line.
 *
 * @param javaExecutable the {@code java} executable
 * @param classpath the workbench's class path (the jar when run with {@code -jar})
 * @param home the workbench home the child uses ({@code DDW_HOME}), so the user's own is never touched
 */
record ChildJvm(Path javaExecutable, String classpath, Path home) {
    static final String MAIN_CLASS = "org.ddworkbench.Main";

    /** The JVM running this code, with its class path. */
    static ChildJvm current(Path home) {
        return new ChildJvm(Path.of(System.getProperty("java.home"), "bin", "java"),
                System.getProperty("java.class.path"), home);
    }

    /** What a child printed and how long it took. */
    record Run(int exitCode, List<String> lines, long nanosToLine, long nanos, boolean timedOut) {
        /** Whether the child printed a line starting with {@code prefix}; its remainder if so. */
        String valueAfter(String prefix) {
            return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).strip())
                    .findFirst().orElse(null);
        }
    }

    /**
     * Runs {@code java <jvmOptions> -cp <classpath>[:extraClasspath] Main <args>} and waits for it to end.
     *
     * @param extraClasspath more class path entries, or null
     * @param firstLinePrefix the line whose arrival {@link Run#nanosToLine()} times, or null
     */
    Run run(List<String> jvmOptions, Path extraClasspath, List<String> args, String firstLinePrefix, Duration timeout)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable.toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(extraClasspath == null ? classpath : classpath + File.pathSeparator + extraClasspath);
        command.add(MAIN_CLASS);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DDW_HOME", home.toString());
        long start = System.nanoTime();
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        AtomicBoolean killed = new AtomicBoolean();
        long toLine = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            Thread killer = deadline(process, timeout, killed);
            String line;
            while ((line = out.readLine()) != null) {
                if (toLine == 0 && firstLinePrefix != null && line.startsWith(firstLinePrefix)) {
                    toLine = System.nanoTime() - start;
                }
                lines.add(line);
            }
            killer.interrupt();
        } catch (IOException e) {
            process.destroyForcibly();
            throw e;
        }
        try {
            int exitCode = process.waitFor();
            return new Run(exitCode, lines, toLine, System.nanoTime() - start, killed.get());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the child JVM", e);
        }
    }

    /** Ends the child once {@code timeout} has passed, so a hung window cannot hang the benchmark. */
    private static Thread deadline(Process process, Duration timeout, AtomicBoolean killed) {
        Thread killer = new Thread(() -> {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    killed.set(true);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ddw-bench-child-deadline");
        killer.setDaemon(true);
        killer.start();
        return killer;
    }
}
