package org.ddworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.ingest.ImportOptions;
import org.ddworkbench.ingest.ImportPreview;
import org.ddworkbench.ingest.map.ColumnMapping;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.ingest.map.MappingProfiles;
import org.ddworkbench.ingest.map.MappingSuggestion;
import org.ddworkbench.ingest.map.RowMapping;
import org.ddworkbench.ingest.map.SheetMapping;
import org.ddworkbench.ingest.map.TargetKind;
import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ddw mapping suggest}: proposes where each column of a file goes, as a profile JSON to edit and
 * reuse with {@code import --mapping}, and as a readable table.
 */
@Command(name = "suggest", description = {"Propose a column mapping for FILE against the project's pack.",
    "Without --out the profile JSON goes to standard output and the readable table to standard error, so"
            + " `ddw mapping suggest DIR FILE > profile.json` keeps the JSON clean; with --out the table goes to"
            + " standard output."})
final class MappingSuggestCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder (its pack and saved profiles are used).")
    Path dir;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to map.")
    Path file;

    @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class, completionCandidates = KindConverter.class,
            description = "What the file is: ${COMPLETION-CANDIDATES} (default: detected).")
    DataSourceKind kind;

    @Option(names = "--out", paramLabel = "PROFILE.json", description = "Write the profile JSON to this file.")
    Path out;

    @Option(names = "--workbook-password-file", paramLabel = "FILE",
            description = "Read the password of an encrypted workbook from the first line of FILE.")
    Path workbookPasswordFile;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;
    private final MappingProfiles mappings;

    MappingSuggestCommand(App app, Terminal terminal, PassphraseSource passphrases, MappingProfiles mappings) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
        this.mappings = mappings;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new CliProblem("The file " + file + " does not exist or is not a file.");
        }
        char[] workbookPassword = workbookPasswordFile == null ? null : PassphraseSource.firstLine(workbookPasswordFile);
        ImportPreview preview;
        try (Project project = passphrases.open(app.projects(), dir, passphraseFile.file)) {
            preview = app.imports().preview(project, file, ImportOptions.DEFAULTS.withKind(kind)
                    .withWorkbookPassword(workbookPassword), new ProgressLines(terminal.err(), "reading"),
                    new CancellationToken());
        } finally {
            PassphraseSource.wipe(workbookPassword);
        }
        MappingSuggestion suggestion = preview.mapping();
        if (suggestion == null || suggestion.profile() == null) {
            throw new CliProblem("No mapping could be proposed for " + file.getFileName() + ".");
        }
        MappingProfile profile = named(suggestion.profile());
        if (out == null) {
            terminal.out().println(mappings.toJson(profile));
            printTable(terminal.err(), suggestion, profile);
        } else {
            try {
                mappings.write(profile, out);
            } catch (IOException e) {
                throw new CliProblem("Could not write the mapping profile " + out + ": " + e.getMessage(), e);
            }
            printTable(terminal.out(), suggestion, profile);
            terminal.out().printf("Wrote the mapping profile \"%s\" to %s%n", profile.name(), out);
        }
        return 0;
    }

    /** A profile saved to a file gets the file's name, so it is recognisable when reused. */
    private MappingProfile named(MappingProfile profile) {
        if (profile.name() != null && !profile.name().isBlank() || out == null) {
            return profile;
        }
        String stem = out.getFileName().toString().replaceFirst("(?i)\\.json$", "");
        return new MappingProfile(stem, profile.kind(), profile.headerSignature(), profile.fromTemplate(),
                profile.sheets());
    }

    private static void printTable(PrintWriter to, MappingSuggestion suggestion, MappingProfile profile) {
        to.printf("%s (%s), mapping: %s%n", KindConverter.describe(profile.kind()),
                profile.kind() == null ? "-" : profile.kind().name().toLowerCase(Locale.ROOT), suggestion.source());
        Map<String, Double> confidence = suggestion.confidence();
        for (SheetMapping sheet : profile.sheets()) {
            to.printf("%nSheet \"%s\" (%s, %s%s)%n", sheet.sheet(), lower(sheet.role()), lower(sheet.layout()),
                    sheet.headerRow() > 0 ? ", header in row " + sheet.headerRow() : "");
            for (ColumnMapping column : sheet.columns()) {
                String letters = RawCell.columnLetters(column.column());
                Double sure = first(confidence, sheet.sheet() + "!" + letters, sheet.sheet() + "!" + column.column(),
                        sheet.sheet() + "!" + column.header());
                to.printf("  %-4s %-44s -> %-36s %s%n", letters, clip(column.header(), 44),
                        target(column.kind(), column.target()), percent(sure));
            }
            for (RowMapping row : sheet.rows()) {
                Double sure = first(confidence, sheet.sheet() + "!" + row.question());
                to.printf("       %-44s -> %-36s %s%n", clip(row.question(), 44), target(row.kind(), row.target()),
                        percent(sure));
            }
        }
        if (!suggestion.unmapped().isEmpty()) {
            to.printf("%nNot mapped:%n");
            suggestion.unmapped().forEach(note -> to.printf("  %s%n", note));
        }
        to.flush();
    }

    private static String target(TargetKind kind, String target) {
        return switch (kind) {
            case FIELD -> "field " + String.valueOf(target).toLowerCase(Locale.ROOT).replace('_', ' ');
            case METRIC -> "metric " + target;
            case IDENTIFIER -> "identifier (never stored)";
            case IGNORE -> "not imported";
        };
    }

    private static Double first(Map<String, Double> confidence, String... keys) {
        for (String key : keys) {
            Double value = confidence.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String percent(Double confidence) {
        return confidence == null ? "" : Math.round(confidence * 100) + "%";
    }

    private static String clip(String text, int width) {
        String line = text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() <= width ? line : line.substring(0, width - 3) + "...";
    }

    private static String lower(Enum<?> value) {
        return value == null ? "-" : value.name().toLowerCase(Locale.ROOT);
    }
}
