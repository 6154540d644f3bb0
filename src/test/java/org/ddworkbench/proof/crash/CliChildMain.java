package org.ddworkbench.proof.crash;

import java.nio.file.Path;
import org.ddworkbench.App;
import org.ddworkbench.Logging;
import org.ddworkbench.cli.Cli;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.store.H2ProjectService;

/**
 * Child-process helper for the crash suite: runs one real {@code ddw} command (the arguments) as {@code Main}
 * does (same logging) but with a fast key derivation, printing {@code START} on standard output just before the command begins and {@code DONE <exit
 * code>} once it has returned (the project closed), so the parent can place a SIGKILL before, during or after it.
 */
public final class CliChildMain {
    static final String START = "START";
    static final String DONE = "DONE ";

    private CliChildMain() {
    }

    public static void main(String[] args) {
        Logging.configure(false);
        PackReader reader = new JsonPackReader();
        App app = new App(Path.of(System.getenv("DDW_HOME")), reader,
                new H2ProjectService(reader, ChildProcess.KDF_ITERATIONS));
        System.out.println(START);
        System.out.flush();
        int code = Cli.run(app, (project, passphrase) -> {
            throw new IllegalStateException("the crash suite opens no window");
        }, args);
        System.out.println(DONE + code);
        System.out.flush();
        System.exit(code);
    }
}
