package org.ddworkbench.proof.leak;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ddworkbench.App;
import org.ddworkbench.Logging;
import org.ddworkbench.cli.Cli;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.store.H2ProjectService;

/**
 * Child process of {@link FullSessionLeakTest}: runs the CLI commands listed in the file {@code args[0]} (one
 * command a line, its arguments separated by tabs) in one JVM, with debug logging, the way a user types them, and
 * prints {@code EXIT <line> <code>} after each. Only the key derivation is cheaper than a real project's.
 */
public final class LeakSessionMain {
    private LeakSessionMain() {
    }

    public static void main(String[] args) throws Exception {
        Logging.configure(true);
        PackReader reader = new JsonPackReader();
        App app = new App(App.defaultHome(), reader, new H2ProjectService(reader, 1_000));
        List<String> steps = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        for (int i = 0; i < steps.size(); i++) {
            int code = Cli.run(app, (project, passphrase) -> {
                throw new IllegalStateException("the leak session never opens a window");
            }, steps.get(i).split("\t"));
            System.out.println("EXIT " + i + " " + code);
            System.out.flush();
        }
    }
}
