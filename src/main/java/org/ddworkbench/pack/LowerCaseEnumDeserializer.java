package org.ddworkbench.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an enum from exactly its lower-case JSON name ({@code share_true}), so {@code "SHARE_TRUE"} or
 * {@code "Share_True"} are refused and every pack has one spelling (and one fingerprint).
 */
final class LowerCaseEnumDeserializer<E extends Enum<E>> extends StdScalarDeserializer<E> {
    private static final long serialVersionUID = 1L;

    private final Map<String, E> byJsonName;

    LowerCaseEnumDeserializer(Class<E> type) {
        super(type);
        this.byJsonName = namesOf(type);
    }

    /** The JSON name of a constant: its name in lower case. */
    static String jsonName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> Map<String, E> namesOf(Class<E> type) {
        Map<String, E> names = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            names.put(jsonName(constant), constant);
        }
        return Map.copyOf(names);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (E) ctxt.handleUnexpectedToken(handledType(), p);
        }
        String text = p.getText();
        E constant = byJsonName.get(text);
        if (constant == null) {
            throw InvalidFormatException.from(p, "not a known name", text, handledType());
        }
        return constant;
    }

    /** The same strictness for enum-keyed maps such as {@code severityWeights}. */
    KeyDeserializer asKeyDeserializer() {
        return new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                E constant = byJsonName.get(key);
                if (constant == null) {
                    return ctxt.handleWeirdKey(handledType(), key, "not a known name");
                }
                return constant;
            }
        };
    }
}
