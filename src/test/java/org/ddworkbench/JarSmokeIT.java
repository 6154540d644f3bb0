package org.ddworkbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the shaded jar as a user would and checks the CLI works end to end from it. */
class JarSmokeIT {
    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path temp;

    @Test
    void helpListsTheCommands() throws Exception {
        Result help = run(Map.of(), "--help");
        assertThat(help.exit).isZero();
        assertThat(help.out).contains("init", "info", "passwd", "verify", "pack", "sample");
        assertThat(help.err).doesNotContainIgnoringCase("log4j").doesNotContainIgnoringCase("slf4j");
    }

    @Test
    void aProjectCreatedByTheJarOpensAndVerifies() throws Exception {
        Path project = temp.resolve("project");
        Map<String, String> env = Map.of("DDW_PASSPHRASE", PASSPHRASE, "DDW_HOME", temp.resolve("home").toString());

        Result init = run(env, "init", project.toString(), "--name", "Smoke test");
        assertThat(init.exit).as(init.err).isZero();
        Result info = run(env, "info", project.toString());
        assertThat(info.exit).as(info.err).isZero();
        assertThat(info.out).contains("Smoke test", "forced-labour-core");
        Result verify = run(env, "verify", project.toString());
        assertThat(verify.exit).as(verify.err).isZero();
        assertThat(verify.err).isEmpty();

        Result wrong = run(Map.of("DDW_PASSPHRASE", "not the passphrase at all"), "info", project.toString());
        assertThat(wrong.exit).isEqualTo(1);
        assertThat(wrong.err.strip().lines()).hasSize(1);
        assertThat(wrong.err).containsIgnoringCase("wrong passphrase").doesNotContain("Exception", "\tat ");
    }

    @Test
    void theBundledPackValidates() throws Exception {
        Result show = run(Map.of(), "pack", "show", "--bundled");
        assertThat(show.exit).as(show.err).isZero();
        assertThat(show.out).contains("forced-labour-core");
    }

    private Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", System.getProperty("ddw.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        builder.environment().remove("DDW_PASSPHRASE");
        builder.environment().putAll(env);
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("jar did not finish: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(int exit, String out, String err) {
    }
}
