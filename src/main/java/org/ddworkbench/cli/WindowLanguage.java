package org.ddworkbench.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the language of the window before it starts: {@code --lang} first, then {@code DDW_LANG}, else the
 * JVM's default locale. The window follows {@link Locale#getDefault()} for its text, dates and numbers.
 */
public final class WindowLanguage {
    /** The environment variable that chooses the language when {@code --lang} is not given. */
    public static final String VARIABLE = "DDW_LANG";
    /** The languages the window ships complete. */
    public static final List<String> SHIPPED = List.of("en", "th");

    private WindowLanguage() {
    }

    /**
     * The locale for {@code tag} ({@code th}, {@code th-TH}, {@code en}, {@code en-GB}...), or empty when it
     * names no shipped language. A bare language gets Thailand or no country, so dates follow Thai conventions.
     */
    public static Optional<Locale> parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        if (!SHIPPED.contains(locale.getLanguage())) {
            return Optional.empty();
        }
        if (locale.getLanguage().equals("th") && locale.getCountry().isEmpty()) {
            return Optional.of(Locale.forLanguageTag("th-TH"));
        }
        return Optional.of(locale);
    }

    /** Makes {@code DDW_LANG} the default locale when it names a shipped language; otherwise leaves it alone. */
    public static void applyEnvironment(Map<String, String> environment) {
        parse(environment.get(VARIABLE)).ifPresent(Locale::setDefault);
    }
}
