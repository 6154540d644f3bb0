package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ddworkbench.report.MeasureKind;
import org.ddworkbench.report.ReportDimension;
import org.ddworkbench.report.Statistic;
import org.ddworkbench.store.PassphrasePolicy;
import org.ddworkbench.ui.main.Page;
import org.junit.jupiter.api.Test;

/**
 * Holds the Thai bundle to the text the window uses: every key the sources pass to {@code tr} is translated,
 * no translation is left for text that is gone, and each translation keeps its key's {@code {n}} arguments.
 */
class I18nBundleTest {
    private static final Path UI_SOURCES = Path.of("src/main/java/org/ddworkbench/ui");
    private static final Pattern TR_CALL = Pattern.compile("(?<![\\w.])(?:I18n\\.)?tr\\(");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Locale THAI = Locale.forLanguageTag("th");

    @Test
    void everyKeyTheWindowUsesHasAThaiTranslation() throws IOException {
        Set<String> translated = thai().keySet();
        Set<String> missing = new TreeSet<>(keysUsed());
        missing.removeAll(translated);
        assertThat(missing).as("keys missing from messages_th.properties").isEmpty();
    }

    @Test
    void theThaiBundleHoldsNoTextTheWindowNoLongerUses() throws IOException {
        Set<String> dead = new TreeSet<>(thai().keySet());
        dead.removeAll(keysUsed());
        assertThat(dead).as("keys in messages_th.properties that no tr(..) call uses").isEmpty();
    }

    @Test
    void everyThaiTranslationKeepsTheArgumentsOfItsKey() {
        ResourceBundle thai = thai();
        List<String> differing = new ArrayList<>();
        for (String key : thai.keySet()) {
            if (!arguments(key).equals(arguments(thai.getString(key)))) {
                differing.add(key + " => " + thai.getString(key));
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void everyThaiTranslationWithArgumentsIsAValidMessagePattern() {
        ResourceBundle thai = thai();
        List<String> broken = new ArrayList<>();
        for (String key : thai.keySet()) {
            String value = thai.getString(key);
            if (!arguments(key).isEmpty() && (value.contains("'") || !parses(value))) {
                broken.add(key + " => " + value);
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theScannerFindsConcatenatedTernaryAndEscapedLiterals() {
        String source = "a(tr(\"Say \\\"hi\\\" \" + \"now\", x)); b(I18n.tr(done ? \"Done\" : \"Doing\"));"
                + " c(tr(policy.rule())); d(attr(\"not a key\"));";
        assertThat(literalKeys(source)).containsExactly("Say \"hi\" now", "Done", "Doing");
    }

    /** The UI's Java files, without I18n itself, whose own declaration of {@code tr} is no call. */
    private static List<Path> uiSources(Stream<Path> files) {
        return files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("I18n.java")).toList();
    }

    private static ResourceBundle thai() {
        return ResourceBundle.getBundle("org.ddworkbench.ui.messages", THAI);
    }

    private static Set<String> arguments(String pattern) {
        Set<String> indices = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            indices.add(matcher.group(1));
        }
        return indices;
    }

    private static boolean parses(String pattern) {
        try {
            new MessageFormat(pattern, THAI);
            return true;
        } catch (IllegalArgumentException invalid) {
            return false;
        }
    }

    /** The literal keys of every {@code tr(..)} call under ui, plus those built from the values of enums and rules. */
    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path file : uiSources(files)) {
                keys.addAll(literalKeys(Files.readString(file)));
            }
        }
        keys.addAll(keysBuiltFromValues());
        return keys;
    }

    /**
     * The keys the views pass as a value rather than a literal: page names, report dimensions, measures,
     * statistics and the passphrase rule. Read with the English default so {@code Page.label()} returns its key.
     */
    private static Set<String> keysBuiltFromValues() {
        Set<String> keys = new TreeSet<>();
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            Arrays.stream(Page.values()).map(Page::label).forEach(keys::add);
        } finally {
            Locale.setDefault(before);
        }
        Arrays.stream(ReportDimension.values()).map(ReportDimension::noun).forEach(keys::add);
        Arrays.stream(MeasureKind.values()).map(MeasureKind::title).forEach(keys::add);
        Arrays.stream(Statistic.values()).map(Statistic::title).forEach(keys::add);
        PassphrasePolicy policy = new PassphrasePolicy();
        keys.add(policy.rule());
        Stream.of("", "   ", "short").map(String::toCharArray).map(policy::problem)
                .forEach(problem -> problem.ifPresent(keys::add));
        return keys;
    }

    /**
     * The string literals of the first argument of each {@code tr(} call in {@code source}: literals joined by
     * {@code +} make one key, literals in the branches of {@code ?:} make one key each.
     */
    static List<String> literalKeys(String source) {
        List<String> keys = new ArrayList<>();
        Matcher call = TR_CALL.matcher(source);
        while (call.find()) {
            int i = call.end();
            int depth = 0;
            StringBuilder key = null;
            StringBuilder between = new StringBuilder();
            while (i < source.length()) {
                char c = source.charAt(i);
                if (c == '"') {
                    StringBuilder literal = new StringBuilder();
                    i = readLiteral(source, i, literal);
                    if (key != null && between.toString().strip().equals("+")) {
                        key.append(literal);
                    } else {
                        if (key != null) {
                            keys.add(key.toString());
                        }
                        key = literal;
                    }
                    between.setLength(0);
                    continue;
                }
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    if (depth-- == 0) {
                        break;
                    }
                } else if (c == ',' && depth == 0) {
                    break;
                }
                between.append(c);
                i++;
            }
            if (key != null) {
                keys.add(key.toString());
            }
        }
        return keys;
    }

    /** Reads the Java string literal opening at {@code start} into {@code into}; returns the index after it. */
    private static int readLiteral(String source, int start, StringBuilder into) {
        int i = start + 1;
        while (source.charAt(i) != '"') {
            char c = source.charAt(i);
            if (c != '\\') {
                into.append(c);
                i++;
                continue;
            }
            char escaped = source.charAt(i + 1);
            if (escaped == 'u') {
                into.append((char) Integer.parseInt(source.substring(i + 2, i + 6), 16));
                i += 6;
                continue;
            }
            into.append(switch (escaped) {
                case 'n' -> '\n';
                case 't' -> '\t';
                default -> escaped;
            });
            i += 2;
        }
        return i + 1;
    }

    @Test
    void everyKeyThatIsNotALiteralIsOneTheTestKnows() throws IOException {
        Set<String> computed = new TreeSet<>();
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path file : uiSources(files)) {
                String source = Files.readString(file);
                computed.addAll(computedKeys(source));
                if (source.contains("I18n::tr")) {
                    computed.add(file.getFileName() + ": I18n::tr");
                }
            }
        }
        // Each of these is covered by keysBuiltFromValues; a new one needs adding there and here.
        assertThat(computed).containsExactlyInAnyOrder("english", "dimension.noun()",
                "each.title()", "ReportDimension.parse(dimensionKey).noun()", "policy.rule()",
                "MainWindow.java: I18n::tr");
    }

    /** The first arguments of the {@code tr(} calls in {@code source} that hold no string literal. */
    private static List<String> computedKeys(String source) {
        List<String> expressions = new ArrayList<>();
        Matcher call = TR_CALL.matcher(source);
        while (call.find()) {
            int depth = 0;
            int i = call.end();
            for (; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && depth-- == 0 || c == ',' && depth == 0) {
                    break;
                }
            }
            String argument = source.substring(call.end(), i).strip();
            if (!argument.contains("\"") && !argument.isEmpty()) {
                expressions.add(argument);
            }
        }
        return expressions;
    }
}
