package org.ddworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.ingest.template.TemplateWriter;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.pack.LoadedPack;
import org.ddworkbench.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ddw template}: writes a blank workbook that imports without a mapping. */
@Command(name = "template", description = {"Write a blank import template (XLSX) for a kind of file: instructions,"
        + " drop-downs and ranges from the pack, units in the headers, and a hidden marker so that the filled"
        + " template imports without a mapping.",
    "The pack is the project's (--project, needs the passphrase), the given one (--pack) or the bundled one."})
final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--kind", required = true, paramLabel = "KIND", converter = KindConverter.class,
            completionCandidates = KindConverter.class, description = "The kind of file: ${COMPLETION-CANDIDATES}.")
    DataSourceKind kind;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Where to write the template (must not exist).")
    Path out;

    @Option(names = "--project", paramLabel = "DIR", description = "Use the pack of this project.")
    Path project;

    @Option(names = "--pack", paramLabel = "FILE", description = "Use this metric pack (JSON).")
    Path packFile;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the instructions and headers: en or th (default: ${DEFAULT-VALUE}).")
    String lang;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;
    private final TemplateWriter templates;

    TemplateCommand(App app, Terminal terminal, PassphraseSource passphrases, TemplateWriter templates) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
        this.templates = templates;
    }

    @Override
    public Integer call() throws Exception {
        if (project != null && packFile != null) {
            throw new ParameterException(spec.commandLine(), "--project and --pack cannot be combined.");
        }
        Locale locale = switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> Locale.ENGLISH;
            case "th" -> Locale.forLanguageTag("th");
            default -> throw new ParameterException(spec.commandLine(), "Unknown language '" + lang + "': use en or th.");
        };
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new CliProblem(target + " already exists; choose another --out or move that file away first.");
        }
        LoadedPack pack = pack();
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            templates.write(pack, kind, locale, target);
        } catch (IOException e) {
            throw new CliProblem("Could not write the template " + target + ": " + e.getMessage(), e);
        }
        terminal.out().printf("Wrote a blank %s template for pack %s %s to %s%n", KindConverter.describe(kind),
                pack.pack().id(), pack.pack().version(), target);
        return 0;
    }

    private LoadedPack pack() throws Exception {
        if (packFile != null) {
            return app.packReader().read(packFile);
        }
        if (project == null) {
            return app.packReader().bundled();
        }
        try (Project opened = passphrases.open(app.projects(), project.toAbsolutePath().normalize(), passphraseFile.file)) {
            return opened.pack();
        }
    }
}
