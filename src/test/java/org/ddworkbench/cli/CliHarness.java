package org.ddworkbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ddworkbench.App;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.ProjectService;

/** Runs CLI commands in-process against real services with a fast key derivation, capturing what they print. */
final class CliHarness {
    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }
    }

    /** A hand-over to the window, as the sample command's --open makes it. */
    record Opened(Path project, String passphrase) {
    }

    final App app;
    final List<Opened> opened = new ArrayList<>();

    CliHarness(Path home) {
        PackReader reader = new JsonPackReader();
        this.app = new App(home, reader, new H2ProjectService(reader, 1_000));
    }

    CliHarness(Path home, ProjectService projects) {
        this.app = new App(home, new JsonPackReader(), projects);
    }

    Result run(Map<String, String> environment, PasswordPrompt prompt, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err), environment, prompt);
        int exitCode = Cli.run(app, (project, passphrase) -> opened.add(new Opened(project, new String(passphrase))),
                terminal, args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** Runs without a terminal, with DDW_PASSPHRASE set to {@code passphrase} (none when null). */
    Result run(String passphrase, String... args) {
        return run(passphrase == null ? Map.of() : Map.of(PassphraseSource.PASSPHRASE_VARIABLE, passphrase),
                PasswordPrompt.NONE, args);
    }
}
