package org.ddworkbench.ingest.read;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.task.CancellationToken;

/**
 * Streams a CSV file with Jackson's CSV parser: one sheet named after the file, row numbers counted in
 * records (the header is row 1, a quoted line break does not start a new row), every cell TEXT, trimmed,
 * empty cells left out. Fields over 32,767 characters and lines of more than 16,384 fields are refused
 * while they are being read, so a file that is one endless line cannot exhaust memory.
 */
public final class CsvReader implements TableReader {
    private final CsvMapper mapper;

    public CsvReader() {
        CsvFactory factory = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Limits.MAX_CELL_CHARS).build())
                .build();
        this.mapper = new CsvMapper(factory);
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    }

    @Override
    public FileFormat format() {
        return FileFormat.CSV;
    }

    @Override
    public void read(Path file, ReadOptions options, RowHandler handler, CancellationToken cancellation)
            throws FileRejectedException {
        String name = Locations.fileName(file);
        CsvDialect dialect = CsvDialect.detect(file, name);
        GuardedRowHandler guard = new GuardedRowHandler(handler, cancellation);
        SheetInfo sheet = new SheetInfo(0, sheetName(name), false);
        try {
            if (!guard.startSheet(sheet)) {
                return;
            }
            stream(file, name, dialect, options.maxRowsPerSheet(), sheet, guard);
            guard.endSheet(sheet);
        } catch (GuardedRowHandler.Failure failure) {
            throw failure.original();
        }
    }

    private void stream(Path file, String name, CsvDialect dialect, int maxRows, SheetInfo sheet,
            GuardedRowHandler guard) throws FileRejectedException {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(dialect.delimiter()).withQuoteChar('"');
        int record = 0;
        int column = 0;
        try (InputStream in = Files.newInputStream(file);
                Reader reader = open(in, dialect);
                CsvParser parser = mapper.getFactory().createParser(reader)) {
            parser.setSchema(schema);
            int delivered = 0;
            int depth = 0;
            int previousRow = 0;
            List<RawCell> cells = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                // With WRAP_AS_ARRAY the file is one array and each record an array inside it.
                if (token == JsonToken.START_ARRAY) {
                    if (++depth == 2) {
                        record++;
                        column = 0;
                        // Sized like the row before: rows are alike, and growing the list twice a row shows.
                        cells = new ArrayList<>(previousRow);
                        guard.checkCancelled();
                    }
                } else if (token == JsonToken.END_ARRAY) {
                    if (depth == 2) {
                        previousRow = cells.size();
                    }
                    if (depth-- == 2 && !cells.isEmpty()) {
                        guard.row(record, Collections.unmodifiableList(cells));
                        delivered++;
                        if (maxRows > 0 && delivered >= maxRows) {
                            return;
                        }
                    }
                } else if (depth == 2 && (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NULL)) {
                    if (column >= Limits.MAX_COLUMNS) {
                        throw Locations.reject(name, sheet.name(), record, -1,
                                "the line holds more than 16,384 fields (Excel's column limit)");
                    }
                    String text = token == JsonToken.VALUE_NULL ? "" : CellValues.clean(parser.getText());
                    if (!text.isEmpty()) {
                        cells.add(new RawCell(column, text, CellKind.TEXT));
                    }
                    column++;
                }
            }
        } catch (StreamConstraintsException e) {
            throw Locations.reject(name, sheet.name(), Math.max(record, 1), column,
                    Locations.CELL_TOO_LONG + "; perhaps a quote is never closed", e);
        } catch (IOException e) {
            // Jackson's own messages may quote the data, so only the location is shown.
            throw Locations.reject(name, sheet.name(), Math.max(record, 1), -1,
                    "the CSV text cannot be read here (damaged, or a quote is never closed)", e);
        }
    }

    private static Reader open(InputStream in, CsvDialect dialect) throws IOException {
        long skipped = in.skip(dialect.bomLength());
        if (skipped != dialect.bomLength()) {
            throw new IOException("the byte-order mark could not be skipped");
        }
        return new BufferedReader(new InputStreamReader(in, dialect.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)), 64 * 1024);
    }

    /** The sheet of a CSV file is named like Excel names it: after the file, without its extension. */
    static String sheetName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
