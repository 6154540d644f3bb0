package org.ddworkbench.proof.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One {@link CliChildMain} JVM on the test class path: its standard output is read as it comes (to see
 * {@code START} and {@code DONE}), its standard error goes to a file, and it can be killed with SIGKILL.
 */
final class ChildProcess {
    /** The key derivation the child and the test use for the projects they create and open. */
    static final int KDF_ITERATIONS = 1_000;
    /** What a kill never waits longer than: a hung child fails the test instead of the build. */
    private static final long MAX_MINUTES = 5;

    private final Process process;
    private final Path errFile;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final Thread reader;
    private final long launchedNanos = System.nanoTime();
    private volatile long startNanos;
    private volatile long doneNanos;

    private ChildProcess(Process process, Path errFile) {
        this.process = process;
        this.errFile = errFile;
        this.reader = new Thread(this::readOutput, "crash-child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code wrapper} (such as an {@code unshare} shell, or nothing) followed by the child JVM running
     * {@code ddw args}, with {@code environment} added, standard error in {@code errFile}.
     */
    static ChildProcess start(List<String> wrapper, List<String> args, Map<String, String> environment, Path errFile)
            throws IOException {
        return start(wrapper, CliChildMain.class, args, environment, errFile);
    }

    /** Starts {@code wrapper} followed by a child JVM running {@code main} with {@code args}. */
    static ChildProcess start(List<String> wrapper, Class<?> main, List<String> args, Map<String, String> environment,
            Path errFile) throws IOException {
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(javaCommand(main));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errFile.toFile());
        builder.environment().putAll(environment);
        return new ChildProcess(builder.start(), errFile);
    }

    /** The child JVM: small heap, quick start, headless, the test class path. */
    private static List<String> javaCommand(Class<?> main) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), main.getName());
    }

    /** Writes one line to the child's standard input. */
    void send(String line) throws IOException {
        process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    /** Waits until the child printed {@code line}; fails if it ends or takes minutes first. */
    void awaitLine(String line) throws InterruptedException {
        while (!lines.contains(line)) {
            if (!process.isAlive() || System.nanoTime() - launchedNanos > TimeUnit.MINUTES.toNanos(MAX_MINUTES)) {
                reader.join(TimeUnit.SECONDS.toMillis(10));
                if (!lines.contains(line)) {
                    throw new AssertionError("the child did not print " + line + ": " + errText());
                }
            }
            Thread.sleep(20);
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.equals(CliChildMain.START)) {
                    startNanos = System.nanoTime();
                    started.countDown();
                } else if (line.startsWith(CliChildMain.DONE)) {
                    doneNanos = System.nanoTime();
                }
                lines.add(line);
            }
        } catch (IOException e) {
            // The child died mid-line: what was read is what it printed.
        }
    }

    /** Waits until the child printed {@code START}; false if it ended first. */
    boolean awaitStart() throws InterruptedException {
        while (!started.await(50, TimeUnit.MILLISECONDS)) {
            if (!process.isAlive()) {
                reader.join(TimeUnit.SECONDS.toMillis(10));
                return started.getCount() == 0;
            }
            if (System.nanoTime() - launchedNanos > TimeUnit.MINUTES.toNanos(MAX_MINUTES)) {
                throw new AssertionError("the child did not start within " + MAX_MINUTES + " minutes");
            }
        }
        return true;
    }

    /** Sends SIGKILL and waits until the child is gone and its output read to the end. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        finish();
    }

    /** Waits for the child to end by itself and returns its exit code. */
    int waitForExit() throws InterruptedException {
        finish();
        return process.exitValue();
    }

    private void finish() throws InterruptedException {
        if (!process.waitFor(MAX_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not end within " + MAX_MINUTES + " minutes");
        }
        reader.join(TimeUnit.MINUTES.toMillis(1));
    }

    /** The exit code of a child that has ended. */
    int exitCode() {
        return process.exitValue();
    }

    /** Milliseconds from {@code START} to {@code DONE}, for a child that ran to its end. */
    long workMillis() {
        return TimeUnit.NANOSECONDS.toMillis(doneNanos - startNanos);
    }

    boolean printedStart() {
        return lines.contains(CliChildMain.START);
    }

    /** The exit code the command reported before the JVM ended, or -1 if it never got there. */
    int doneCode() {
        return lines.stream().filter(l -> l.startsWith(CliChildMain.DONE))
                .mapToInt(l -> Integer.parseInt(l.substring(CliChildMain.DONE.length()))).findFirst().orElse(-1);
    }

    /** The child's standard error; for messages (the CLI writes one line per failure, no imported values). */
    String errText() {
        try {
            return Files.readString(errFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The child's standard output lines. */
    List<String> lines() {
        return List.copyOf(lines);
    }
}
