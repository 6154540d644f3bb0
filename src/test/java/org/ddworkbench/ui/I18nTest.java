package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class I18nTest {
    private static final Pattern TR_CALL = Pattern.compile("tr\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void untranslatedKeyIsTheEnglishSentence() {
        assertThat(I18n.tr("Open project")).isEqualTo("Open project");
    }

    @Test
    void argumentsAreFilledIn() {
        assertThat(I18n.tr("{0} is not available yet.", "Suppliers")).isEqualTo("Suppliers is not available yet.");
    }

    @Test
    void keysWithArgumentsHoldNoPlainApostropheThatMessageFormatWouldSwallow() throws IOException {
        List<String> offending = new ArrayList<>();
        for (String key : keysUsedInTheUi()) {
            if (key.contains("{0}") && key.contains("'")) {
                offending.add(key);
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void theUiUsesTranslatableSentences() throws IOException {
        assertThat(keysUsedInTheUi()).contains("Open the sample project", "Could not open the project");
    }

    private static List<String> keysUsedInTheUi() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/ddworkbench/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = TR_CALL.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }
}
