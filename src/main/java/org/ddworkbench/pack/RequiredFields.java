package org.ddworkbench.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddworkbench.model.MetricPack;

/**
 * Checks, on the parsed tree and before binding, that every field the format requires is present and
 * not null, and that no text is blank; the model records themselves are the list of fields.
 *
 * <p>This runs on the tree because after binding an absent {@code boolean} or {@code int} looks like
 * {@code false} or {@code 0}. Lists are required too (write {@code []} for none).
 */
final class RequiredFields {

    /** The fields a pack may leave out or set to null, as {@code Record.component}. */
    static final Set<String> OPTIONAL = Set.of(
            "MetricPack.description", "Dimension.description", "Indicator.description", "Metric.description",
            "CrossCheck.description", "Source.publisher", "Source.year", "Source.url",
            "Metric.unit", "Metric.min", "Metric.max", "Threshold.minShare", "Threshold.source",
            "Tolerance.absolute", "Tolerance.relative", "RiskModel.bands", "RiskBand.upTo");

    private final String sourceName;

    RequiredFields(String sourceName) {
        this.sourceName = sourceName;
    }

    void check(JsonNode root) throws PackException {
        check(root, MetricPack.class, JsonPaths.ROOT);
    }

    private void check(JsonNode node, Type type, String path) throws PackException {
        Class<?> raw = rawClass(type);
        if (raw.isRecord()) {
            checkRecord(node, raw, path);
        } else if (List.class.isAssignableFrom(raw) && node.isArray()) {
            Type elementType = typeArgument(type, 0);
            for (int i = 0; i < node.size(); i++) {
                String elementPath = JsonPaths.element(path, i);
                checkValue(node.get(i), elementType, elementPath);
            }
        } else if (Map.class.isAssignableFrom(raw) && node.isObject()) {
            Type valueType = typeArgument(type, 1);
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (entry.getKey().isBlank()) {
                    throw new PackException(sourceName, JsonPaths.member(path, entry.getKey()), "a key must not be blank");
                }
                checkValue(entry.getValue(), valueType, JsonPaths.member(path, entry.getKey()));
            }
        } else if (node.isTextual() && node.textValue().isBlank()) {
            throw new PackException(sourceName, path, "must not be blank (leave an optional field out instead)");
        }
    }

    private void checkValue(JsonNode value, Type type, String path) throws PackException {
        if (value.isNull()) {
            throw new PackException(sourceName, path, "must not be null");
        }
        check(value, type, path);
    }

    private void checkRecord(JsonNode node, Class<?> record, String path) throws PackException {
        if (!node.isObject()) {
            return; // binding reports the wrong type with a better message
        }
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            String fieldPath = JsonPaths.member(path, name);
            JsonNode child = node.get(name);
            boolean optional = OPTIONAL.contains(record.getSimpleName() + "." + name);
            if (child == null) {
                if (!optional) {
                    throw new PackException(sourceName, fieldPath, "the required field \"" + name + "\" is missing");
                }
            } else if (child.isNull()) {
                if (!optional) {
                    throw new PackException(sourceName, fieldPath, "the required field \"" + name + "\" must not be null");
                }
            } else {
                check(child, component.getGenericType(), fieldPath);
            }
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
