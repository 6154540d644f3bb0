package org.ddworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.model.ImportRecord;
import org.ddworkbench.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ddw imports}: the project's past imports with their provenance. */
@Command(name = "imports", description = "List a project's imports: id, when, kind, file, rows and values, mapping and file SHA-256.")
final class ImportsCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int MAPPING_WIDTH = 20;

    @Parameters(paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    ImportsCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        List<ImportRecord> imports;
        try (Project project = passphrases.open(app.projects(), dir.toAbsolutePath().normalize(), passphraseFile.file)) {
            imports = app.imports().imports(project);
        }
        PrintWriter out = terminal.out();
        if (imports.isEmpty()) {
            out.println("No imports yet.");
            return 0;
        }
        out.printf("%5s  %-16s  %-14s  %9s  %7s  %9s  %-20s  %s%n", "ID", "Imported", "Kind", "Rows", "Skipped",
                "Values", "Mapping", "File (SHA-256)");
        for (ImportRecord record : imports) {
            out.printf("%5d  %-16s  %-14s  %,9d  %,7d  %,9d  %-20s  %s (%s)%n", record.id(),
                    WHEN.format(record.importedAt().atZone(ZoneId.systemDefault())),
                    shortKind(record), record.rowsImported(), record.rowsSkipped(), record.valuesStored(),
                    clip(record.mappingName()), record.fileName(),
                    record.fileSha256().length() > 12 ? record.fileSha256().substring(0, 12) : record.fileSha256());
        }
        return 0;
    }

    /** Mapping names can be long; the column keeps the table readable and the file name shows which file. */
    private static String clip(String name) {
        if (name == null || name.isBlank()) {
            return "-";
        }
        return name.length() <= MAPPING_WIDTH ? name : name.substring(0, MAPPING_WIDTH - 3) + "...";
    }

    private static String shortKind(ImportRecord record) {
        return record.kind() == null ? "-" : switch (record.kind()) {
            case SUPPLIER_LIST -> "suppliers";
            case SAQ -> "saq";
            case AUDIT -> "audit";
            case WORKER_SURVEY -> "workers";
            case GRIEVANCE -> "grievances";
        };
    }
}
