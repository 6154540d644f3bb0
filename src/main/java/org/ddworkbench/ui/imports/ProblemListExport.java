package org.ddworkbench.ui.imports;

import static org.ddworkbench.ui.I18n.tr;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.ddworkbench.ingest.ImportProblem;
import org.ddworkbench.report.export.SpreadsheetText;

/**
 * Writes a file's problem list as CSV a spreadsheet opens safely: UTF-8 with a byte-order mark (so Excel
 * reads accents and Thai), cells that a spreadsheet would run as a formula neutralised, and written to a
 * temporary file next to the target that is then renamed, so a failed write never leaves half a list.
 */
public final class ProblemListExport {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CsvMapper mapper = new CsvMapper();

    /** Writes the header and one line per problem to {@code target}, replacing it if it exists. */
    public void write(Path target, List<ImportProblem> problems) throws ExportFailedException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                writeTo(out, problems);
            }
            move(temporary, absolute);
            temporary = null;
        } catch (IOException failure) {
            throw new ExportFailedException(tr("Could not write the problem list to {0}: {1}", absolute,
                    describe(failure)), failure);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private void writeTo(Writer out, List<ImportProblem> problems) throws IOException {
        out.write(BYTE_ORDER_MARK);
        try (SequenceWriter rows = mapper.writer().writeValues(new BufferedWriter(out))) {
            rows.write(List.of(tr("File"), tr("Sheet"), tr("Row"), tr("Column"), tr("Value"), tr("Reason")));
            for (ImportProblem problem : problems) {
                rows.write(List.of(
                        SpreadsheetText.neutralise(problem.file()), SpreadsheetText.neutralise(problem.sheet()),
                        problem.row() == 0 ? "" : String.valueOf(problem.row()),
                        SpreadsheetText.neutralise(problem.column()), SpreadsheetText.neutralise(problem.value()),
                        SpreadsheetText.neutralise(problem.reason())));
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String describe(IOException failure) {
        String reason = failure.getMessage();
        return reason == null || reason.isBlank() ? failure.getClass().getSimpleName() : reason;
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // The write already failed and says so; a leftover temporary file is harmless and hidden.
        }
    }
}
