package org.ddworkbench.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.EvidenceCell;

/**
 * Stores a finding's evidence cells as one compact JSON array of arrays ({@code [import, kind, sheet, row,
 * column, metric, value]}) in the finding's row: a check writes tens of thousands of findings, and one value per
 * finding costs far less than one row per cell. File names come from the imports when read, so an undone import
 * shows as such.
 */
final class EvidenceCodec {
    private static final JsonFactory JSON = new JsonFactory();

    /** A file an evidence cell can cite, by import id. */
    record FileRef(String name, String sha256) {
    }

    String encode(List<EvidenceCell> cells) {
        StringWriter out = new StringWriter(cells.size() * 48 + 2);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (EvidenceCell cell : cells) {
                json.writeStartArray();
                json.writeNumber(cell.importId());
                json.writeString(cell.kind().name());
                json.writeString(cell.sheet());
                json.writeNumber(cell.row());
                json.writeNumber(cell.column());
                json.writeString(cell.metricId());
                json.writeString(cell.value());
                json.writeEndArray();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toString();
    }

    List<EvidenceCell> decode(String stored, Map<Long, FileRef> files) throws SQLException {
        List<EvidenceCell> cells = new ArrayList<>();
        try (JsonParser json = JSON.createParser(stored)) {
            expect(json.nextToken(), JsonToken.START_ARRAY);
            while (json.nextToken() == JsonToken.START_ARRAY) {
                long importId = nextLong(json);
                DataSourceKind kind = DataSourceKind.valueOf(nextText(json));
                String sheet = nextText(json);
                int row = (int) nextLong(json);
                int column = (int) nextLong(json);
                String metric = nextText(json);
                String value = nextText(json);
                expect(json.nextToken(), JsonToken.END_ARRAY);
                FileRef file = files.get(importId);
                cells.add(new EvidenceCell(importId, kind, file == null ? FindingRepository.UNDONE_FILE : file.name(),
                        file == null ? "" : file.sha256(), sheet, row, column, metric, value));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new SQLException("The evidence of a stored finding could not be read", e);
        }
        return cells;
    }

    private static long nextLong(JsonParser json) throws IOException {
        expect(json.nextToken(), JsonToken.VALUE_NUMBER_INT);
        return json.getLongValue();
    }

    private static String nextText(JsonParser json) throws IOException {
        JsonToken token = json.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(token, JsonToken.VALUE_STRING);
        return json.getText();
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }
}
