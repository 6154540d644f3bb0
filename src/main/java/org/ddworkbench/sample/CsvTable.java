package org.ddworkbench.sample;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a header and rows of text as a UTF-8 CSV file with Unix line ends, quoted the way Jackson's CSV writer does by default. */
final class CsvTable {
    private CsvTable() {
    }

    static void write(Path file, List<String> headers, List<String[]> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        headers.forEach(schema::addColumn);
        CsvSchema withHeader = schema.setUseHeader(true).setLineSeparator("\n").build();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                SequenceWriter writer = new CsvMapper().writerFor(String[].class).with(withHeader).writeValues(out)) {
            for (String[] row : rows) {
                writer.write(row);
            }
        }
    }
}
