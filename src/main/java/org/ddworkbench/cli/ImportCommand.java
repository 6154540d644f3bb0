package org.ddworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.ingest.ImportOptions;
import org.ddworkbench.ingest.ImportPreview;
import org.ddworkbench.ingest.ImportResult;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.ingest.map.MappingProfiles;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ddw import}: validates each file, says what it found and what de-identification will do, and
 * imports it in its own transaction; stops at the first file refused.
 */
@Command(name = "import", description = {"Import spreadsheets (XLSX, XLS, CSV) into a project, one transaction per file.",
    "Each file is validated first; a file with problems is refused (exit code 1, the problems on standard"
            + " error) unless --skip-invalid. The command stops at the first file refused; files before it stay imported."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "The files to import, in this order.")
    List<Path> files;

    @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class, completionCandidates = KindConverter.class,
            description = "What the files are: ${COMPLETION-CANDIDATES} (default: detected).")
    DataSourceKind kind;

    @Option(names = "--mapping", paramLabel = "PROFILE.json",
            description = "Use this column mapping profile (JSON, e.g. from `mapping suggest --out`).")
    Path mappingFile;

    @Option(names = "--skip-invalid", description = "Import the valid rows and skip (and record) the invalid ones.")
    boolean skipInvalid;

    @Option(names = "--replace", description = "When a file was imported before (same SHA-256), undo that import and import it again.")
    boolean replace;

    @Option(names = "--save-mapping", paramLabel = "NAME",
            description = "Save the mapping used as a named profile, applied automatically to files with the same headers.")
    String saveMapping;

    @Option(names = "--workbook-password-file", paramLabel = "FILE",
            description = "Read the password of encrypted workbooks from the first line of FILE.")
    Path workbookPasswordFile;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;
    private final MappingProfiles mappings;

    ImportCommand(App app, Terminal terminal, PassphraseSource passphrases, MappingProfiles mappings) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
        this.mappings = mappings;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = dir.toAbsolutePath().normalize();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CliProblem("The file " + file + " does not exist or is not a file.");
            }
        }
        MappingProfile mapping = mappingFile == null ? null : mappings.read(mappingFile);
        char[] workbookPassword = workbookPasswordFile == null ? null : PassphraseSource.firstLine(workbookPasswordFile);
        ImportOptions options = new ImportOptions(kind, mapping, skipInvalid, replace, blankToNull(saveMapping),
                workbookPassword);
        try (Project project = passphrases.open(app.projects(), folder, passphraseFile.file)) {
            return importAll(project, options);
        } finally {
            PassphraseSource.wipe(workbookPassword);
        }
    }

    private int importAll(Project project, ImportOptions options) throws CliProblem {
        PrintWriter out = terminal.out();
        PrintWriter err = terminal.err();
        List<String> imported = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                out.printf("%s%n", file);
                out.flush();
                ImportPreview preview = app.imports().preview(project, file, options,
                        new ProgressLines(err, "reading " + name), new CancellationToken());
                out.println(ImportSummary.preview(preview));
                out.println(ImportSummary.deidentification(preview));
                if (!preview.hiddenSheetsSkipped().isEmpty()) {
                    out.printf("  Hidden sheets skipped: %s%n", String.join(", ", preview.hiddenSheetsSkipped()));
                }
                if (preview.duplicateOfImportId() != 0 && !replace) {
                    throw new CliProblem(name + " was imported before (import #" + preview.duplicateOfImportId()
                            + "); use --replace to import it again." + importedSoFar(imported));
                }
                if (!preview.clean() && !skipInvalid) {
                    out.flush();
                    ProblemLines.format(preview.problems(), preview.problemCount(),
                            !KindConverter.workerLevel(preview.kind())).forEach(err::println);
                    err.printf("ddw: %s refused: %,d %s; fix the file and import it again, or use --skip-invalid"
                            + " to import the valid rows.%s%n", name, preview.problemCount(),
                            preview.problemCount() == 1 ? "problem" : "problems", importedSoFar(imported));
                    err.flush();
                    return ErrorHandler.USER_ERROR;
                }
                ImportResult result = app.imports().commit(project, preview, options,
                        new ProgressLines(err, "storing " + name), new CancellationToken());
                out.println(ImportSummary.result(name, result));
                if (!preview.uncertainMatches().isEmpty()) {
                    out.printf("  %d supplier %s to review: not merged automatically (see the Suppliers screen)%n",
                            preview.uncertainMatches().size(),
                            preview.uncertainMatches().size() == 1 ? "name looks like a known supplier"
                                    : "names look like known suppliers");
                }
                out.flush();
                imported.add(name);
            } catch (CliProblem e) {
                throw e;
            } catch (ProblemException e) {
                throw new CliProblem(e.getMessage() + importedSoFar(imported), e);
            }
        }
        return 0;
    }

    private String importedSoFar(List<String> imported) {
        if (files.size() == 1) {
            return "";
        }
        return imported.isEmpty() ? " No file was imported."
                : " Imported before stopping: " + String.join(", ", imported) + ".";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
