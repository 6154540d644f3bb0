package org.ddworkbench.pack;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Small checks shared by the validators; each failure becomes a {@link PackException} at a JSON path. */
final class Checks {
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*");
    static final Pattern METRIC_ID = Pattern.compile("[a-z][a-z0-9_]*");
    static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final String sourceName;

    Checks(String sourceName) {
        this.sourceName = sourceName;
    }

    PackException problem(String path, String problem) {
        return new PackException(sourceName, path, problem);
    }

    void require(boolean condition, String path, String problem) throws PackException {
        if (!condition) {
            throw problem(path, problem);
        }
    }

    void id(String value, Pattern pattern, String path) throws PackException {
        require(pattern.matcher(value).matches(), path, "\"" + value + "\" is not a valid id (use "
                + (pattern == METRIC_ID ? "lower-case letters, digits and _" : "lower-case letters, digits, - and _")
                + ", starting with a letter)");
    }

    /** Refuses the second occurrence of any key among the items of a list at {@code listPath}. */
    <T> void unique(List<T> items, Function<T, String> key, String listPath, String suffix, String what)
            throws PackException {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = key.apply(items.get(i));
            require(seen.add(value), JsonPaths.element(listPath, i) + suffix, "duplicate " + what + " \"" + value + "\"");
        }
    }

    /** Each listed reference must name a known id. */
    void references(List<String> refs, Collection<String> known, String listPath, String what) throws PackException {
        unique(refs, r -> r, listPath, "", what);
        for (int i = 0; i < refs.size(); i++) {
            reference(refs.get(i), known, JsonPaths.element(listPath, i), what);
        }
    }

    void reference(String ref, Collection<String> known, String path, String what) throws PackException {
        require(known.contains(ref), path, "unknown " + what + " \"" + ref + "\"");
    }

    void finite(double value, String path) throws PackException {
        require(Double.isFinite(value), path, "must be a finite number");
    }

    /** Finite and within {@code [low, high]}. */
    void between(double value, double low, double high, String path) throws PackException {
        finite(value, path);
        require(value >= low && value <= high, path,
                "must be from " + plain(low) + " to " + plain(high) + ", not " + plain(value));
    }

    void nonNegative(double value, String path) throws PackException {
        finite(value, path);
        require(value >= 0, path, "must be 0 or more, not " + plain(value));
    }

    void positive(double value, String path) throws PackException {
        finite(value, path);
        require(value > 0, path, "must be greater than 0, not " + plain(value));
    }

    /** Finite and within {@code (low, high]}. */
    void aboveAtMost(double value, double low, double high, String path) throws PackException {
        finite(value, path);
        require(value > low && value <= high, path,
                "must be greater than " + plain(low) + " and at most " + plain(high) + ", not " + plain(value));
    }

    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
