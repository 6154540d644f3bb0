package org.ddworkbench.ui.imports;

import static org.ddworkbench.ui.I18n.tr;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.ddworkbench.ingest.ImportProblem;
import org.ddworkbench.model.IoReason;
import org.ddworkbench.report.export.AtomicFile;
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
        try {
            // writeTo closes the writer, which flushes it; AtomicFile keeps its own stream open.
            AtomicFile.write(absolute, stream -> writeTo(new OutputStreamWriter(stream, StandardCharsets.UTF_8),
                    problems));
        } catch (IOException failure) {
            throw new ExportFailedException(tr("Could not write the problem list to {0}: {1}", absolute,
                    IoReason.of(failure)), failure);
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
}
