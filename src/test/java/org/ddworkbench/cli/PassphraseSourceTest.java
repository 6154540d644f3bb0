package org.ddworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ddworkbench.store.PassphrasePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where passphrases come from, in which order, and how a new one is checked and confirmed. */
class PassphraseSourceTest {
    private static final String GOOD = "four unrelated words";

    @TempDir
    Path dir;

    private static PassphraseSource source(Map<String, String> environment, PasswordPrompt prompt) {
        return new PassphraseSource(environment, prompt, new PassphrasePolicy());
    }

    @Test
    void readsTheEnvironmentVariableWhenNoFileIsNamed() throws CliProblem {
        char[] passphrase = source(Map.of("DDW_PASSPHRASE", GOOD), PasswordPrompt.NONE).existing(null);
        assertThat(new String(passphrase)).isEqualTo(GOOD);
    }

    @Test
    void aNamedFileBeatsTheEnvironmentAndOnlyItsFirstLineCounts() throws Exception {
        Path file = Files.writeString(dir.resolve("pass.txt"), "\uFEFFfrom the file here\r\nsecond line\n");
        char[] passphrase = source(Map.of("DDW_PASSPHRASE", GOOD), PasswordPrompt.NONE).existing(file);
        assertThat(new String(passphrase)).isEqualTo("from the file here");
    }

    @Test
    void keepsSpacesInsideAndAtTheEndOfTheFirstLine() throws Exception {
        Path file = Files.writeString(dir.resolve("pass.txt"), " spaced out words  \n");
        assertThat(new String(PassphraseSource.firstLine(file))).isEqualTo(" spaced out words  ");
    }

    @Test
    void refusesAnEmptyMissingOrNonUtf8File() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "\n");
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "caf\u00e9 au lait ok".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> PassphraseSource.firstLine(empty)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> PassphraseSource.firstLine(dir.resolve("nope.txt")))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> PassphraseSource.firstLine(latin1)).hasMessageContaining("not UTF-8");
    }

    @Test
    void withoutTerminalOrSourceSaysWhereAPassphraseCanComeFrom() {
        assertThatThrownBy(() -> source(Map.of("DDW_PASSPHRASE", ""), PasswordPrompt.NONE).existing(null))
                .isInstanceOf(CliProblem.class)
                .hasMessage("No passphrase: set DDW_PASSPHRASE, use --passphrase-file, or run in a terminal.");
        assertThatThrownBy(() -> source(Map.of(), PasswordPrompt.NONE).replacement(null))
                .hasMessage("No new passphrase: set DDW_NEW_PASSPHRASE, use --new-passphrase-file, or run in a terminal.");
    }

    @Test
    void promptsForAnExistingPassphraseOnce() throws CliProblem {
        ScriptedPrompt prompt = new ScriptedPrompt("typed at the prompt");
        assertThat(new String(source(Map.of(), prompt).current(null))).isEqualTo("typed at the prompt");
        assertThat(prompt.prompts()).containsExactly("Current passphrase: ");
    }

    @Test
    void asksTwiceForANewPassphraseAndShowsTheRule() throws CliProblem {
        ScriptedPrompt prompt = new ScriptedPrompt(GOOD, GOOD);
        assertThat(new String(source(Map.of(), prompt).forNewProject(null))).isEqualTo(GOOD);
        assertThat(prompt.prompts()).hasSize(2);
        assertThat(prompt.prompts().get(0)).contains(new PassphrasePolicy().rule());
    }

    @Test
    void asksAgainAfterAWeakOrMismatchedPassphraseThenGivesUp() throws CliProblem {
        ScriptedPrompt recovering = new ScriptedPrompt("short", GOOD, "something else entirely", GOOD, GOOD);
        assertThat(new String(source(Map.of(), recovering).forNewProject(null))).isEqualTo(GOOD);
        assertThat(recovering.prompts().get(1)).contains("too short");
        assertThat(recovering.prompts().get(3)).contains("not the same");

        ScriptedPrompt stubborn = new ScriptedPrompt("short", "short", "short");
        assertThatThrownBy(() -> source(Map.of(), stubborn).forNewProject(null))
                .hasMessageContaining("after 3 attempts");
    }

    @Test
    void checksANewPassphraseFromTheEnvironmentAgainstThePolicy() {
        assertThatThrownBy(() -> source(Map.of("DDW_NEW_PASSPHRASE", "tiny123"), PasswordPrompt.NONE).replacement(null))
                .isInstanceOf(CliProblem.class)
                .hasMessageStartingWith("The passphrase from DDW_NEW_PASSPHRASE is not accepted:")
                .hasMessageContaining("too short")
                .hasMessageNotContaining("tiny123");
    }
}
