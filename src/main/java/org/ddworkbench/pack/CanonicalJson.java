package org.ddworkbench.pack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ddworkbench.model.Sha256;

/**
 * Writes a pack's JSON tree in canonical form and fingerprints it, so that re-formatting or re-ordering
 * keys keeps the fingerprint while any change of value changes it.
 *
 * <p>Canonical form: object keys sorted by {@link String#compareTo}, members whose value is null left out
 * (an absent optional field and an explicit null mean the same), no insignificant white space, numbers
 * as {@link BigDecimal} with trailing zeros stripped in plain notation ({@code 1.0}, {@code 1} and
 * {@code 1e0} all become {@code 1}; {@code -0} becomes {@code 0}), strings escaped as Jackson escapes them.
 */
public final class CanonicalJson {

    private final JsonFactory factory;

    public CanonicalJson() {
        this(new JsonFactory());
    }

    CanonicalJson(JsonFactory factory) {
        this.factory = factory;
    }

    /** The canonical JSON text of a tree; numbers must be finite (the reader validates before this). */
    public String canonicalise(JsonNode tree) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = factory.createGenerator(out)) {
            write(tree, generator);
        } catch (IOException e) {
            // A StringWriter does not fail; anything here is a programming error.
            throw new UncheckedIOException("could not write canonical JSON", e);
        }
        return out.toString();
    }

    /** Lower-case hex SHA-256 of the canonical text in UTF-8. */
    public String fingerprint(String canonicalJson) {
        return Sha256.hex(canonicalJson);
    }

    private void write(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out);
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode element : node) {
                    write(element, out);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case NUMBER -> out.writeNumber(normalise(node.decimalValue()).toPlainString());
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL -> out.writeNull();
            default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    private void writeObject(JsonNode node, JsonGenerator out) throws IOException {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
        members.sort(Map.Entry.comparingByKey());
        out.writeStartObject();
        for (Map.Entry<String, JsonNode> member : members) {
            if (!member.getValue().isNull()) {
                out.writeFieldName(member.getKey());
                write(member.getValue(), out);
            }
        }
        out.writeEndObject();
    }

    static BigDecimal normalise(BigDecimal number) {
        return number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
    }
}
