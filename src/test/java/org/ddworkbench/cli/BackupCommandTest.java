package org.ddworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ddworkbench.cli.CliHarness.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTest {
    private static final String PASSPHRASE = "correct horse battery";
    private static final String NEW_PASSPHRASE = "staple tuna lantern mango";
    private static final Pattern CODE = Pattern.compile("Recovery code: (([A-Z2-7]{4}-){7}[A-Z2-7]{4})");

    @TempDir
    Path temp;

    private CliHarness cli;
    private Path project;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(temp.resolve("home"));
        project = temp.resolve("project");
    }

    @Test
    void backupAndRestoreMakeAWorkingCopyInANewFolder() {
        assertThat(cli.run(PASSPHRASE, "init", project.toString()).exitCode()).isZero();
        Path file = temp.resolve("project.ddwbackup");

        Result backup = cli.run(PASSPHRASE, "backup", project.toString(), "--out", file.toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("Backup written: " + file).contains("SHA-256");
        assertThat(file).isRegularFile();

        Path copy = temp.resolve("copy");
        Result restore = cli.run(PASSPHRASE, "restore", file.toString(), "--to", copy.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored project \"project\"", "intact");
        assertThat(cli.run(PASSPHRASE, "verify", copy.toString()).exitCode()).isZero();

        Result again = cli.run(PASSPHRASE, "restore", file.toString(), "--to", copy.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.errLines()).hasSize(1).allMatch(line -> line.startsWith("ddw: ") && line.contains("not empty"));
    }

    @Test
    void backupNeedsAnOutputFile() {
        assertThat(cli.run(PASSPHRASE, "backup", project.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void recoveryCodeFromInitResetsAForgottenPassphrase() throws Exception {
        Result init = cli.run(PASSPHRASE, "init", project.toString(), "--recovery-code");
        assertThat(init.exitCode()).as(init.err()).isZero();
        String code = code(init);
        assertThat(init.out()).contains("keep it offline");

        Path codeFile = Files.writeString(temp.resolve("code.txt"), code + "\n");
        Result recover = cli.run(Map.of("DDW_NEW_PASSPHRASE", NEW_PASSPHRASE), PasswordPrompt.NONE, "recover",
                project.toString(), "--recovery-code-file", codeFile.toString());
        assertThat(recover.exitCode()).as(recover.err()).isZero();
        assertThat(recover.out()).contains("New passphrase set");
        assertThat(cli.run(NEW_PASSPHRASE, "verify", project.toString()).exitCode()).isZero();
        assertThat(cli.run(PASSPHRASE, "verify", project.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void recoveryCodeCommandMakesACodeThatRecoverTakesFromTheEnvironmentOrThePrompt() {
        assertThat(cli.run(PASSPHRASE, "init", project.toString()).exitCode()).isZero();
        Result made = cli.run(PASSPHRASE, "recovery-code", project.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        String code = code(made);

        Result fromEnvironment = cli.run(Map.of("DDW_RECOVERY_CODE", code, "DDW_NEW_PASSPHRASE", NEW_PASSPHRASE),
                PasswordPrompt.NONE, "recover", project.toString());
        assertThat(fromEnvironment.exitCode()).as(fromEnvironment.err()).isZero();

        Result prompted = cli.run(Map.of(), new ScriptedPrompt(code.toLowerCase(), PASSPHRASE, PASSPHRASE), "recover",
                project.toString());
        assertThat(prompted.exitCode()).as(prompted.err()).isZero();
        assertThat(cli.run(PASSPHRASE, "verify", project.toString()).exitCode()).isZero();
    }

    @Test
    void recoverRefusesAWrongCodeAndNeedsACodeSource() {
        assertThat(cli.run(PASSPHRASE, "init", project.toString(), "--recovery-code").exitCode()).isZero();

        Result wrong = cli.run(Map.of("DDW_RECOVERY_CODE", "AAAA".repeat(8), "DDW_NEW_PASSPHRASE", NEW_PASSPHRASE),
                PasswordPrompt.NONE, "recover", project.toString());
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.errLines()).hasSize(1).allMatch(line -> line.contains("Wrong recovery code"));

        Result none = cli.run(Map.of(), PasswordPrompt.NONE, "recover", project.toString());
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("No recovery code: set DDW_RECOVERY_CODE");
        assertThat(cli.run(PASSPHRASE, "verify", project.toString()).exitCode()).isZero();
    }

    @Test
    void aRecoveryCodeIsNeverACommandLineArgument() {
        assertThat(cli.run(null, "recover", project.toString(), "--recovery-code", "AAAA").exitCode()).isEqualTo(2);
    }

    private static String code(Result result) {
        Matcher matcher = CODE.matcher(result.out());
        assertThat(matcher.find()).as(result.out()).isTrue();
        return matcher.group(1);
    }
}
