package org.ddworkbench.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.ddworkbench.model.ActionStatus;
import org.ddworkbench.model.ReviewState;
import picocli.CommandLine;

/**
 * Enum values as users type and read them: lower case with hyphens ({@code false-positive}, {@code in-progress}).
 * The nested converters read them on the command line and list them in the help.
 */
final class ChoiceWords {
    private ChoiceWords() {
    }

    /** The word for an enum value: {@code FALSE_POSITIVE} is {@code false-positive}. */
    static String word(Enum<?> value) {
        return value == null ? "-" : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
        String wanted = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (E constant : type.getEnumConstants()) {
            if (word(constant).equals(wanted)) {
                return constant;
            }
        }
        throw new CommandLine.TypeConversionException("unknown " + what + " '" + value + "': use one of "
                + String.join(", ", words(type)) + ".");
    }

    static <E extends Enum<E>> List<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ChoiceWords::word).toList();
    }

    /** Reads {@code --state}: unreviewed, confirmed, disputed, false-positive. */
    static final class ReviewStates implements CommandLine.ITypeConverter<ReviewState>, Iterable<String> {
        @Override
        public ReviewState convert(String value) {
            return parse(ReviewState.class, value, "review state");
        }

        @Override
        public Iterator<String> iterator() {
            return words(ReviewState.class).iterator();
        }
    }

    /** Reads {@code --status}: open, in-progress, closed, verified. */
    static final class ActionStatuses implements CommandLine.ITypeConverter<ActionStatus>, Iterable<String> {
        @Override
        public ActionStatus convert(String value) {
            return parse(ActionStatus.class, value, "status");
        }

        @Override
        public Iterator<String> iterator() {
            return words(ActionStatus.class).iterator();
        }
    }
}
