package org.ddworkbench.proof.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ddworkbench.sample.SampleProject;

/**
 * The folders of one user session and the child JVMs that run it: a home ({@code DDW_HOME} and
 * {@code user.home}), a temp folder ({@code java.io.tmpdir}), a working folder (the process's current directory,
 * where the exports go), the project folder and the captured logs. The sample's input files sit apart in
 * {@link #source()}, as the user's own files would; everything else under {@link #root()} is scanned.
 */
final class LeakSession {
    static final String PASSPHRASE = SampleProject.PASSPHRASE;
    private static final Pattern EXIT = Pattern.compile("EXIT (\\d+) (\\d+)");
    private static final Pattern STORING = Pattern.compile("storing \\S+ ([1-9]0)%");

    private final Path root;

    LeakSession(Path root) throws IOException {
        this.root = root;
        for (Path dir : List.of(source(), home(), tmp(), exports(), logs())) {
            Files.createDirectories(dir);
        }
    }

    Path root() {
        return root;
    }

    /** The user's own files: the generated sample inputs, the mapping profile and the command lists. */
    Path source() {
        return root.resolve("source");
    }

    Path inputs() {
        return source().resolve("inputs");
    }

    Path home() {
        return root.resolve("home");
    }

    Path tmp() {
        return root.resolve("tmp");
    }

    Path work() {
        return root.resolve("work");
    }

    Path exports() {
        return work().resolve("exports");
    }

    Path project() {
        return root.resolve("projects").resolve("leak-session");
    }

    Path logs() {
        return root.resolve("logs");
    }

    /** The folders a leak may reach: everything of the session but the user's own input files. */
    List<Path> scanned() {
        return List.of(home(), tmp(), work(), project(), logs());
    }

    /** Runs the commands in one child JVM to the end and returns each command's exit code, in order. */
    List<Integer> run(String name, List<List<String>> commands) throws Exception {
        Process process = start(name, commands);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("session %s finished", name).isTrue();
        assertThat(process.exitValue()).as("session %s exit code; see %s", name, logs()).isZero();
        List<Integer> codes = new ArrayList<>();
        for (String line : Files.readAllLines(logs().resolve(name + ".out"), StandardCharsets.UTF_8)) {
            Matcher exit = EXIT.matcher(line);
            if (exit.matches()) {
                codes.add(Integer.parseInt(exit.group(2)));
            }
        }
        assertThat(codes).as("commands run in session %s", name).hasSameSizeAs(commands);
        return codes;
    }

    /**
     * Runs one import command in a child JVM and kills it with SIGKILL as soon as it reports storing progress,
     * so the import dies with its rows half written; returns the progress it had reached, in percent.
     */
    int killWhileStoring(String name, List<String> importCommand) throws Exception {
        Process process = start(name, List.of(importCommand));
        Path err = logs().resolve(name + ".err");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (process.isAlive() && System.nanoTime() < deadline) {
            Matcher storing = STORING.matcher(Files.readString(err, StandardCharsets.UTF_8));
            if (storing.find()) {
                process.destroyForcibly();
                assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
                assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
                return Integer.parseInt(storing.group(1));
            }
            Thread.sleep(20);
        }
        process.destroyForcibly().waitFor();
        List<String> said = Files.readAllLines(err, StandardCharsets.UTF_8);
        throw new AssertionError("the import ended (or stalled) before it reported storing progress; it said at the"
                + " end: " + said.subList(Math.max(0, said.size() - 6), said.size()));
    }

    private Process start(String name, List<List<String>> commands) throws IOException {
        Path steps = source().resolve(name + ".steps");
        Files.write(steps, commands.stream().map(c -> String.join("\t", c)).toList(), StandardCharsets.UTF_8);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + tmp(), "-Duser.home=" + home(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), LeakSessionMain.class.getName(), steps.toString())
                .directory(work().toFile())
                .redirectOutput(logs().resolve(name + ".out").toFile())
                .redirectError(logs().resolve(name + ".err").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("DDW_HOME", home().toString());
        environment.put("DDW_PASSPHRASE", PASSPHRASE);
        environment.put("TMPDIR", tmp().toString());
        environment.remove("DDW_NEW_PASSPHRASE");
        return builder.start();
    }
}
