package org.ddworkbench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Writes and reads report definitions as small JSON objects of keys ({@code "rows": "country"}). */
final class ReportDefinitionJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportDefinitionJson() {
    }

    static String write(ReportDefinition definition) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", definition.name().strip());
        node.put("rows", definition.rows().key());
        if (definition.columns() != null) {
            node.put("columns", definition.columns().key());
        }
        if (definition.pages() != null) {
            node.put("pages", definition.pages().key());
        }
        ArrayNode measures = node.putArray("measures");
        definition.measures().forEach(m -> measures.add(m.key()));
        if (definition.minCellSize() != null) {
            node.put("minCellSize", definition.minCellSize());
        }
        node.put("totals", definition.totals());
        return node.toString();
    }

    /** Reads a definition this class wrote; a damaged one is refused with its name. */
    static ReportDefinition read(String name, String json) {
        try {
            JsonNode node = JSON.readTree(json);
            List<Measure> measures = new ArrayList<>();
            node.path("measures").forEach(m -> measures.add(Measure.parse(m.asText())));
            return new ReportDefinition(node.path("name").asText(name), ReportDimension.parse(node.path("rows").asText()),
                    dimension(node, "columns"), dimension(node, "pages"), measures,
                    node.hasNonNull("minCellSize") ? node.get("minCellSize").asInt() : null,
                    node.path("totals").asBoolean(false));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The saved report \"" + name + "\" cannot be read: "
                    + e.getMessage(), e);
        }
    }

    private static ReportDimension dimension(JsonNode node, String field) {
        return node.hasNonNull(field) ? ReportDimension.parse(node.get(field).asText()) : null;
    }
}
