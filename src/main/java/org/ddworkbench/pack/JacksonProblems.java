package org.ddworkbench.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns Jackson's technical exceptions into {@link PackException}s in plain English with a JSON path. */
final class JacksonProblems {

    private final String sourceName;

    JacksonProblems(String sourceName) {
        this.sourceName = sourceName;
    }

    /** A failure while parsing the text into a tree: syntax errors, duplicate keys, trailing content. */
    PackException parsing(StreamReadException e) {
        String reason = firstLine(e.getOriginalMessage());
        JsonParser parser = e.getProcessor();
        if (reason.startsWith("Duplicate field") && parser != null) {
            String name = parser.getParsingContext().getCurrentName();
            return new PackException(sourceName, JsonPaths.of(parser.getParsingContext()),
                    "duplicate key \"" + name + "\" " + where(e.getLocation()), e);
        }
        if (reason.startsWith("Unexpected end-of-input")) {
            reason = "the file ends too early (is it truncated?)";
        }
        if (reason.startsWith("Non-standard token")) {
            reason = "NaN and infinite numbers are not allowed";
        }
        return new PackException(sourceName, JsonPaths.ROOT, "not valid JSON " + where(e.getLocation()) + ": " + reason, e);
    }

    /** A limit of the parser was reached (nesting, digits, text length), said in plain words. */
    PackException limit(StreamConstraintsException e) {
        String reason = firstLine(e.getOriginalMessage());
        String problem;
        if (reason.contains("nesting depth")) {
            problem = "the JSON nests deeper than 1,000 levels";
        } else if (reason.startsWith("Number value length")) {
            problem = "a number has too many digits";
        } else if (reason.startsWith("String value length")) {
            problem = "a text is too long";
        } else {
            problem = "the pack is larger than a metric pack may be";
        }
        return new PackException(sourceName, JsonPaths.ROOT, problem, e);
    }

    /** A binding-layer failure while parsing, which in practice is content after the end of the pack. */
    PackException parsing(DatabindException e) {
        String reason = firstLine(e.getOriginalMessage());
        if (reason.startsWith("Trailing token")) {
            reason = "unexpected content after the end of the pack";
        }
        return new PackException(sourceName, JsonPaths.ROOT, "not valid JSON " + where(e.getLocation()) + ": " + reason, e);
    }

    /** A failure while binding the tree to the pack records. */
    PackException binding(DatabindException e, JsonNode tree) {
        if (!(e instanceof JsonMappingException mapping)) {
            return new PackException(sourceName, JsonPaths.ROOT, "could not be read: " + firstLine(e.getOriginalMessage()), e);
        }
        List<JsonMappingException.Reference> references = mapping.getPath();
        String path = JsonPaths.of(references);
        JsonNode found = nodeAt(tree, references);
        if (e.getCause() instanceof InputCoercionException) {
            return new PackException(sourceName, path, "the number is out of range for this field", e);
        }
        if (e instanceof InvalidFormatException format && format.getValue() instanceof String key
                && found != null && found.isObject() && found.has(key)) {
            // An enum map key (severityWeights): point at the key itself.
            path = JsonPaths.member(path, key);
            found = found.get(key);
        }
        return new PackException(sourceName, path, problem(mapping, found), e);
    }

    /** A streaming failure while binding, such as a number too large for its field. */
    PackException binding(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        String path = parser != null ? JsonPaths.of(parser.getParsingContext()) : JsonPaths.ROOT;
        String problem = e instanceof InputCoercionException
                ? "the number is out of range for this field"
                : "could not be read: " + firstLine(e.getOriginalMessage());
        return new PackException(sourceName, path, problem, e);
    }

    private static String problem(JsonMappingException e, JsonNode found) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field \"" + unknown.getPropertyName() + "\"" + knownFields(unknown.getKnownPropertyIds());
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "\"" + format.getValue() + "\" is not one of: " + enumNames(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "expected " + expected(mismatch.getTargetType()) + " but found " + describe(found);
        }
        return "could not be read: " + firstLine(e.getOriginalMessage());
    }

    private static String knownFields(Collection<Object> known) {
        if (known == null || known.isEmpty()) {
            return "";
        }
        return "; expected one of: " + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    static String enumNames(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(c -> LowerCaseEnumDeserializer.jsonName((Enum<?>) c))
                .collect(Collectors.joining(", "));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == String.class) {
            return "a text in quotes";
        }
        if (type.isEnum()) {
            return "one of: " + enumNames(type);
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [...]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object {...}";
        }
        return "a number, true/false or a text";
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "something else";
        }
        if (node.isTextual()) {
            String text = node.textValue();
            return "a text (\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\")";
        }
        if (node.isIntegralNumber()) {
            return "a whole number";
        }
        if (node.isNumber()) {
            return "a decimal number";
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "null";
    }

    private static JsonNode nodeAt(JsonNode tree, List<JsonMappingException.Reference> references) {
        JsonNode node = tree;
        for (JsonMappingException.Reference reference : references) {
            if (node == null) {
                return null;
            }
            node = reference.getFieldName() != null ? node.get(reference.getFieldName())
                    : reference.getIndex() >= 0 ? node.get(reference.getIndex()) : node;
        }
        return node;
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "(position unknown)";
        }
        return "at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown problem";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
