package org.ddworkbench.proof.crash;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.ddworkbench.App;
import org.ddworkbench.cli.Cli;
import org.ddworkbench.cli.PasswordPrompt;
import org.ddworkbench.cli.Terminal;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.sample.SampleProject;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * The projects the crash suite works on: the generated sample (inputs imported and checked by the real
 * services, with the fast key derivation the child uses), copies of closed project folders, and {@code ddw}
 * commands run in this JVM (home {@code home}) to prepare a starting state.
 */
final class CrashProjects {
    static final String PASSPHRASE = SampleProject.PASSPHRASE;

    private static Path sample;

    private final Path home;
    private final App app;

    CrashProjects(Path home) {
        this.home = home;
        PackReader reader = new JsonPackReader();
        this.app = new App(home, reader, new H2ProjectService(reader, ChildProcess.KDF_ITERATIONS));
    }

    Path home() {
        return home;
    }

    App app() {
        return app;
    }

    /**
     * The sample project (its inputs in the sibling {@code inputs} folder), built once per JVM in a temporary
     * folder removed when the JVM ends, since the suite's test classes all start from it. Copy it before use.
     */
    static synchronized Path sample() throws ProblemException, IOException {
        if (sample == null) {
            Path base = Files.createTempDirectory("ddw-crash-sample");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(base)));
            CrashProjects builder = new CrashProjects(base.resolve("home"));
            sample = new SampleProject(builder.app.projects(), builder.app.packReader(), builder.app.imports(),
                    builder.app.checks()).ensure(base, ProgressListener.NONE, new CancellationToken());
        }
        return sample;
    }

    /** The sample's input files. */
    static Path inputs() throws ProblemException, IOException {
        return sample().resolveSibling("inputs");
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort at JVM exit: the folder is in the temp folder and holds fictional data only.
        }
    }

    /** Runs {@code ddw args} in this JVM with the sample passphrase; fails unless it exits 0; returns its output. */
    String ddw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err),
                Map.of("DDW_PASSPHRASE", PASSPHRASE), PasswordPrompt.NONE);
        int code = Cli.run(app, (project, passphrase) -> {
            throw new IllegalStateException("no window");
        }, terminal, args);
        if (code != 0) {
            throw new AssertionError("ddw " + args[0] + " failed (exit " + code + "): " + err);
        }
        return out.toString();
    }
}
