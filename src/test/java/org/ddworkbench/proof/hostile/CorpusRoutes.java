package org.ddworkbench.proof.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ddworkbench.App;
import org.ddworkbench.cli.Cli;
import org.ddworkbench.cli.PasswordPrompt;
import org.ddworkbench.cli.Terminal;
import org.ddworkbench.ingest.ImportOptions;
import org.ddworkbench.ingest.ImportPreview;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.pack.PackException;
import org.ddworkbench.report.federation.NamedPacket;
import org.ddworkbench.report.federation.PacketMerger;
import org.ddworkbench.report.packet.PacketCodec;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * Runs one corpus file through the product the way a user's action would and returns the message the user gets:
 * import preview and commit into the open project, {@code ddw pack validate}, packet reading and {@code ddw merge}.
 * Fails when the file is accepted or the product answers with anything but its own refusal.
 */
final class CorpusRoutes {
    static final ImportOptions SUPPLIER_LIST = ImportOptions.DEFAULTS.withKind(DataSourceKind.SUPPLIER_LIST);

    private final App app;
    private final Project project;
    private final Path work;

    CorpusRoutes(App app, Project project, Path work) {
        this.app = app;
        this.project = project;
        this.work = work;
    }

    /** The messages the user sees for {@code file}, one per way in. */
    List<String> run(CorpusEntry entry, Path file) throws Exception {
        return switch (entry.route()) {
            case IMPORT -> List.of(importPreview(file), importCommit(entry, file));
            case IMPORT_NO_DATA -> List.of(importPreview(file));
            case PACK -> List.of(packRead(file), cli("pack", "validate", file.toString()));
            case PACKET -> List.of(packetMerge(file), cliMerge(file));
        };
    }

    /** The preview refuses the file, or lists its problems and the commit of that preview is refused. */
    private String importPreview(Path file) throws ProblemException {
        ImportPreview preview;
        try {
            preview = preview(file);
        } catch (ProblemException refused) {
            return refused.getMessage();
        }
        assertThat(preview.clean()).as("the import preview accepted the file").isFalse();
        assertThatThrownBy(() -> commit(preview)).as("committing a preview with problems")
                .isInstanceOf(ProblemException.class);
        return preview.problems().stream().map(p -> p.file() + ", sheet \"" + p.sheet() + "\", row " + p.row()
                + ": " + p.reason()).collect(Collectors.joining("; "));
    }

    /**
     * The commit re-reads the file: a good file is previewed, the bad bytes are put in its place (as if it changed
     * between preview and commit) and the commit must refuse them with the reader's message.
     */
    private String importCommit(CorpusEntry entry, Path file) throws Exception {
        Path swapped = Files.createDirectories(work.resolve("commit")).resolve(entry.name());
        Files.write(swapped, WorkbookCorpus.goodWorkbook(entry.name()));
        ImportPreview good = preview(swapped);
        assertThat(good.clean()).as("the good stand-in file previews clean").isTrue();
        Files.copy(file, swapped, StandardCopyOption.REPLACE_EXISTING);
        ImportPreview stale = new ImportPreview(swapped, sha256(swapped), good.format(), good.kind(), good.mapping(),
                good.rowsRead(), good.validRows(), good.problems(), good.problemCount(), good.hiddenSheetsSkipped(),
                good.deidentification(), 0, good.uncertainMatches());
        try {
            commit(stale);
        } catch (ProblemException refused) {
            return refused.getMessage();
        } finally {
            Files.delete(swapped);
        }
        throw new AssertionError("the commit stored the file");
    }

    private ImportPreview preview(Path file) throws ProblemException {
        return app.imports().preview(project, file, SUPPLIER_LIST, ProgressListener.NONE, new CancellationToken());
    }

    private void commit(ImportPreview preview) throws ProblemException {
        app.imports().commit(project, preview, SUPPLIER_LIST, ProgressListener.NONE, new CancellationToken());
    }

    private String packRead(Path file) {
        try {
            app.packReader().read(file);
        } catch (PackException refused) {
            return refused.getMessage();
        }
        throw new AssertionError("the pack was read as valid");
    }

    /** Reads the packet and merges it with the partner's, as {@code ddw merge} does. */
    private String packetMerge(Path file) throws IOException {
        try {
            Path partner = partnerFile();
            List<NamedPacket> packets = List.of(new NamedPacket(PacketCorpus.PARTNER, PacketCodec.read(partner)),
                    new NamedPacket(file.getFileName().toString(), PacketCodec.read(file)));
            new PacketMerger().merge(packets, "Combined report", LocalDate.of(2025, 8, 1));
        } catch (ProblemException refused) {
            return refused.getMessage();
        }
        throw new AssertionError("the packet was merged");
    }

    private String cliMerge(Path file) throws IOException {
        Path out = work.resolve("merged.json");
        String message = cli("merge", "--out", out.toString(), partnerFile().toString(), file.toString());
        assertThat(out).as("the merged packet file").doesNotExist();
        return message;
    }

    private Path partnerFile() throws IOException {
        return Files.write(work.resolve(PacketCorpus.PARTNER), PacketCorpus.partner());
    }

    /** Runs a CLI command that needs no project; it must fail with exit code 1 and its one {@code ddw:} line. */
    private String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err), Map.of(), PasswordPrompt.NONE);
        int exitCode = Cli.run(app, (dir, passphrase) -> {
            throw new AssertionError("no window opens");
        }, terminal, args);
        String error = err.toString().strip();
        assertThat(exitCode).as("exit code of ddw %s (stderr: %s)", args[0], error).isEqualTo(1);
        assertThat(error).as("stderr of ddw %s", args[0]).startsWith("ddw: ").doesNotContain("unexpected error")
                .doesNotContain("\n");
        return error.substring("ddw: ".length());
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
