package org.ddworkbench.report.packet;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads one value at a time from a packet's parser and refuses any value of the wrong kind, naming the place and
 * field. Each method advances to the value of the field whose name the parser stands on.
 */
final class PacketValues {
    /** What reading the fields of one object does with each name. */
    @FunctionalInterface
    interface Field {
        void read(String name) throws IOException, PacketProblem;
    }

    private final JsonParser parser;

    PacketValues(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * Reads the fields of the object whose start the parser stands on, each of {@code names} exactly once; any
     * other field is refused.
     */
    void fields(String place, List<String> names, Field field) throws IOException, PacketProblem {
        fields(() -> place, names, field);
    }

    /** As {@link #fields(String, List, Field)}, naming the place as it is when a problem is found. */
    void fields(Supplier<String> place, List<String> names, Field field) throws IOException, PacketProblem {
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (!names.contains(name)) {
                throw new PacketProblem(place.get(), "unknown field " + PacketPlaces.quote(name) + "; expected "
                        + String.join(", ", names));
            }
            seen.add(name);
            field.read(name);
        }
        for (String name : names) {
            if (!seen.contains(name)) {
                throw new PacketProblem(place.get(), "the field \"" + name + "\" is missing");
            }
        }
    }

    String text(String place, String field, boolean nullable) throws IOException, PacketProblem {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NULL && nullable) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw wrong(place, field, nullable ? "a text or null" : "a text", token);
        }
        return parser.getText();
    }

    int whole(String place, String field) throws IOException, PacketProblem {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw wrong(place, field, "a whole number", token);
        }
        if (parser.getNumberType() != JsonParser.NumberType.INT) {
            throw new PacketProblem(place, "\"" + field + "\" is out of range");
        }
        return parser.getIntValue();
    }

    double number(String place, String field) throws IOException, PacketProblem {
        return nullableNumber(place, field, false);
    }

    Double nullableNumber(String place, String field, boolean nullable) throws IOException, PacketProblem {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NULL && nullable) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrong(place, field, nullable ? "a number or null" : "a number", token);
        }
        double value = parser.getDoubleValue();
        if (!Double.isFinite(value)) {
            throw new PacketProblem(place, "\"" + field + "\" is too large a number");
        }
        return value;
    }

    boolean bool(String place, String field) throws IOException, PacketProblem {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw wrong(place, field, "true or false", token);
        }
        return token == JsonToken.VALUE_TRUE;
    }

    void startObject(String place, String field) throws IOException, PacketProblem {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_OBJECT) {
            throw wrong(place, field, "an object", token);
        }
    }

    /** Advances to an object or null; true when it is an object. */
    boolean startObjectOrNull(String place, String field) throws IOException, PacketProblem {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        if (token != JsonToken.START_OBJECT) {
            throw wrong(place, field, "an object or null", token);
        }
        return true;
    }

    void startArray(String place, String field) throws IOException, PacketProblem {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_ARRAY) {
            throw wrong(place, field, "a list", token);
        }
    }

    /** Advances to the next element of a list; false at its end. */
    boolean nextElement() throws IOException {
        return parser.nextToken() != JsonToken.END_ARRAY;
    }

    /** Checks that the element of a list the parser has just advanced to is an object. */
    void expectObject(String place) throws PacketProblem {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_OBJECT) {
            throw new PacketProblem(place, "must be an object, not " + describe(token));
        }
    }

    /** Reads a list of texts. */
    List<String> texts(String place, String field) throws IOException, PacketProblem {
        startArray(place, field);
        List<String> texts = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.VALUE_STRING) {
                throw new PacketProblem(place, "\"" + field + "\" must hold texts only, not " + describe(token));
            }
            texts.add(parser.getText());
        }
        return texts;
    }

    private static PacketProblem wrong(String place, String field, String expected, JsonToken found) {
        return new PacketProblem(place, "\"" + field + "\" must be " + expected + ", not " + describe(found));
    }

    /** A token in words, never its text. */
    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }
}
