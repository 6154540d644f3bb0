package org.ddworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ddworkbench.App;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.store.H2ProjectService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowLanguageTest {
    private final Locale before = Locale.getDefault();
    private final List<Path> opened = new ArrayList<>();
    private final StringWriter err = new StringWriter();
    private App app;

    @TempDir
    Path home;

    @BeforeEach
    void englishToStart() {
        Locale.setDefault(Locale.ENGLISH);
        JsonPackReader reader = new JsonPackReader();
        app = new App(home, reader, new H2ProjectService(reader, 1_000));
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void langOptionWithoutACommandOpensTheWindowInThai() {
        assertThat(run(Map.of(), "--lang", "th")).isZero();
        assertThat(opened).containsExactly((Path) null);
        assertThat(Locale.getDefault()).isEqualTo(Locale.forLanguageTag("th-TH"));
    }

    @Test
    void ddwLangChoosesTheLanguageWhenNoOptionIsGiven() {
        assertThat(run(Map.of(WindowLanguage.VARIABLE, "th"))).isZero();
        assertThat(Locale.getDefault().getLanguage()).isEqualTo("th");
    }

    @Test
    void theOptionWinsOverTheEnvironment() {
        assertThat(run(Map.of(WindowLanguage.VARIABLE, "th"), "--lang", "en")).isZero();
        assertThat(Locale.getDefault().getLanguage()).isEqualTo("en");
    }

    @Test
    void langBeforeACommandHoldsForTheWindowThatCommandOpens() {
        assertThat(run(Map.of(), "--lang", "th", "sample", "--open", "--dir", home.resolve("sample").toString())).isZero();
        assertThat(opened).hasSize(1);
        assertThat(Locale.getDefault().getLanguage()).isEqualTo("th");
    }

    @Test
    void anUnshippedLanguageIsWrongUsageAndChangesNothing() {
        assertThat(run(Map.of(), "--lang", "fr")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown language 'fr': use one of en, th.");
        assertThat(opened).isEmpty();
        assertThat(Locale.getDefault()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anUnshippedLanguageInTheEnvironmentIsIgnored() {
        WindowLanguage.applyEnvironment(Map.of(WindowLanguage.VARIABLE, "xx"));
        assertThat(Locale.getDefault()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aThaiTagWithACountryOrUnderscoreIsAccepted() {
        assertThat(WindowLanguage.parse("th_TH")).contains(Locale.forLanguageTag("th-TH"));
        assertThat(WindowLanguage.parse("en-GB")).contains(Locale.UK);
    }

    private int run(Map<String, String> environment, String... args) {
        Terminal terminal = new Terminal(new PrintWriter(new StringWriter()), new PrintWriter(err), environment,
                PasswordPrompt.NONE);
        return Cli.run(app, (project, passphrase) -> opened.add(project), terminal, args);
    }
}
