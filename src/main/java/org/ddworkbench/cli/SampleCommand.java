package org.ddworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ddworkbench.App;
import org.ddworkbench.sample.SampleDataGenerator;
import org.ddworkbench.sample.SampleProject;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ddw sample}: builds the fictional sample project, or only its input files. */
@Command(name = "sample", description = {"Build the fictional Thai seafood & apparel sample: input files in"
        + " DIR/inputs and an encrypted project in DIR/project that uses the bundled pack and holds every input"
        + " file imported.",
    "The sample's passphrase is " + SampleProject.PASSPHRASE + "; its data is invented."})
final class SampleCommand implements Callable<Integer> {
    /** What a sample folder may hold; --force refuses to delete a folder holding anything else. */
    private static final Set<String> SAMPLE_ENTRIES = Set.of("inputs", "project");

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to build the sample (default: <home>/sample).")
    Path dir;

    @Option(names = "--open", description = "Open the sample project in the window afterwards.")
    boolean open;

    @Option(names = "--force", description = "Delete DIR first and build the sample anew.")
    boolean force;

    @Option(names = "--inputs-only", description = "Only (re)write the input files into DIR/inputs; no project."
            + " Used to regenerate sample-projects/thai-seafood-apparel.")
    boolean inputsOnly;

    private final App app;
    private final Terminal terminal;
    private final WindowOpener windowOpener;

    SampleCommand(App app, Terminal terminal, WindowOpener windowOpener) {
        this.app = app;
        this.terminal = terminal;
        this.windowOpener = windowOpener;
    }

    @Override
    public Integer call() throws Exception {
        if (inputsOnly && open) {
            throw new ParameterException(spec.commandLine(), "--open cannot be combined with --inputs-only.");
        }
        Path base = (dir != null ? dir : app.home().resolve("sample")).toAbsolutePath().normalize();
        PrintWriter out = terminal.out();
        if (inputsOnly) {
            List<Path> files = writeInputs(base.resolve("inputs"));
            out.printf("Wrote %d fictional sample input files to %s%n", files.size(), base.resolve("inputs"));
            return 0;
        }
        if (force) {
            deleteSampleFolder(base);
        }
        Path project = new SampleProject(app.projects(), app.packReader(), app.imports(), app.checks())
                .ensure(base, new ProgressLines(terminal.err(), "building the sample"), new CancellationToken());
        out.printf("Sample project: %s%n", project);
        out.printf("Input files:    %s%n", base.resolve("inputs"));
        out.printf("Passphrase:     %s   (fictional data only)%n", SampleProject.PASSPHRASE);
        out.flush();
        if (open) {
            windowOpener.open(project, SampleProject.PASSPHRASE.toCharArray());
        }
        return 0;
    }

    private static List<Path> writeInputs(Path inputs) throws CliProblem {
        try {
            return new SampleDataGenerator().generate(inputs, ProgressListener.NONE, new CancellationToken());
        } catch (IOException e) {
            throw new CliProblem("Could not write the sample input files in " + inputs + ": " + e.getMessage(), e);
        }
    }

    /** Deletes {@code base} only when it holds nothing but a sample, so a mistyped --dir cannot wipe other work. */
    private static void deleteSampleFolder(Path base) throws CliProblem {
        if (!Files.exists(base)) {
            return;
        }
        try (Stream<Path> entries = Files.list(base)) {
            List<String> foreign = entries.map(entry -> entry.getFileName().toString())
                    .filter(name -> !SAMPLE_ENTRIES.contains(name) && !name.startsWith(".inputs-") && !name.startsWith(".project-"))
                    .sorted().toList();
            if (!foreign.isEmpty()) {
                throw new CliProblem(base + " holds more than a sample (" + String.join(", ", foreign)
                        + "), so --force will not delete it; choose another --dir.");
            }
        } catch (IOException e) {
            throw new CliProblem("Could not read the folder " + base + ": " + e.getMessage(), e);
        }
        try (Stream<Path> paths = Files.walk(base)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CliProblem("Could not delete the sample folder " + base + " (is the project open in the"
                    + " window?): " + e.getMessage(), e);
        }
    }
}
