package org.ddworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.pack.LoadedPack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ddw pack validate}: reads a pack strictly and reports its identity, or the first problem and where. */
@Command(name = "validate", description = {"Check a metric pack file.",
    "Prints OK with its id, version, fingerprint and counts; otherwise exit code 1 and the problem with its JSON path."})
final class PackValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The metric pack (JSON).")
    Path file;

    private final App app;
    private final Terminal terminal;

    PackValidateCommand(App app, Terminal terminal) {
        this.app = app;
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        LoadedPack loaded = app.packReader().read(file);
        MetricPack pack = loaded.pack();
        terminal.out().printf("OK: %s %s, fingerprint %s%n", pack.id(), pack.version(), loaded.fingerprint());
        terminal.out().printf("%d dimensions, %d indicators, %d metrics, %d cross-checks, %d finding scales,"
                + " %d sources%n", pack.dimensions().size(), pack.indicators().size(), pack.metrics().size(),
                pack.crossChecks().size(), pack.findingScales().size(), pack.sources().size());
        return 0;
    }
}
