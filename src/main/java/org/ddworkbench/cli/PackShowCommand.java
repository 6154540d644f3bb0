package org.ddworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.pack.LoadedPack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ddw pack show}: a readable summary of a pack, or its canonical JSON. */
@Command(name = "show", description = "Show a metric pack: indicators, metrics with unit, range and thresholds,"
        + " cross-checks, finding scales and disclosure defaults.")
final class PackShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The metric pack (JSON).")
    Path file;

    @Option(names = "--bundled", description = "Show the pack bundled with the application.")
    boolean bundled;

    @Option(names = "--json", description = "Print the canonical JSON the fingerprint is computed over.")
    boolean json;

    private final App app;
    private final Terminal terminal;

    PackShowCommand(App app, Terminal terminal) {
        this.app = app;
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if ((file == null) == !bundled) {
            throw new ParameterException(spec.commandLine(), "Give either a pack FILE or --bundled.");
        }
        LoadedPack loaded = bundled ? app.packReader().bundled() : app.packReader().read(file);
        if (json) {
            terminal.out().println(loaded.canonicalJson());
        } else {
            new PackSummary(terminal.out()).print(loaded);
        }
        return 0;
    }
}
