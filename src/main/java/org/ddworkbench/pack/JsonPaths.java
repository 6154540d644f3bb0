package org.ddworkbench.pack;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/** Builds JSON paths in the form {@code $.metrics[3].thresholds[0].operator} used in every pack message. */
final class JsonPaths {
    static final String ROOT = "$";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]*");

    private JsonPaths() {
    }

    /** The path of a member of the object at {@code parent}; odd names are written in brackets. */
    static String member(String parent, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The path Jackson recorded while binding. */
    static String of(List<JsonMappingException.Reference> references) {
        String path = ROOT;
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path = member(path, reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path = element(path, reference.getIndex());
            }
        }
        return path;
    }

    /** The path of a streaming parser's current position. */
    static String of(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = ROOT;
        for (JsonStreamContext c : chain) {
            if (c.inObject() && c.getCurrentName() != null) {
                path = member(path, c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                path = element(path, c.getCurrentIndex());
            }
        }
        return path;
    }
}
