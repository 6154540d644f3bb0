package org.ddworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.store.ProjectException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryCodeTest {
    private static final String NEW_PASSPHRASE = "a brand new passphrase for the field";

    private final ProjectFixture fixture = new ProjectFixture();

    @TempDir
    Path temp;

    @Test
    void recoveryCodeSetsANewPassphraseAfterTheOldOneIsForgotten() throws Exception {
        Path folder = temp.resolve("p");
        fixture.create(folder).close();
        String code = fixture.service.addRecoveryCode(folder, ProjectFixture.PASSPHRASE.toCharArray());
        assertThat(code).matches("([A-Z2-7]{4}-){7}[A-Z2-7]{4}");

        // Typed in lower case with spaces, as a person copying it from paper might.
        char[] typed = code.toLowerCase().replace('-', ' ').toCharArray();
        fixture.service.recover(folder, typed, NEW_PASSPHRASE.toCharArray());

        fixture.service.open(folder, NEW_PASSPHRASE.toCharArray()).close();
        assertThatThrownBy(() -> fixture.open(folder)).isInstanceOfSatisfying(ProjectException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSPHRASE));
        fixture.service.recover(folder, code.toCharArray(), ProjectFixture.OTHER_PASSPHRASE.toCharArray());
        fixture.service.open(folder, ProjectFixture.OTHER_PASSPHRASE.toCharArray()).close();
    }

    @Test
    void aWrongCodeIsRefusedAndChangesNothing() throws Exception {
        Path folder = temp.resolve("p");
        fixture.create(folder).close();
        String code = fixture.service.addRecoveryCode(folder, ProjectFixture.PASSPHRASE.toCharArray());
        String wrong = (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);
        Map<String, String> before = ProjectFixture.snapshot(folder);

        assertThatThrownBy(() -> fixture.service.recover(folder, wrong.toCharArray(), NEW_PASSPHRASE.toCharArray()))
                .isInstanceOfSatisfying(ProjectException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSPHRASE))
                .hasMessageContaining("Wrong recovery code");
        assertThatThrownBy(() -> fixture.service.recover(folder, "not a code".toCharArray(),
                NEW_PASSPHRASE.toCharArray())).hasMessageContaining("That is not a recovery code");
        assertThat(ProjectFixture.snapshot(folder)).isEqualTo(before);
        fixture.open(folder).close();
    }

    @Test
    void aNewCodeReplacesTheEarlierOne() throws Exception {
        Path folder = temp.resolve("p");
        String first;
        String second;
        try (Project project = fixture.create(folder)) {
            first = project.addRecoveryCode(ProjectFixture.PASSPHRASE.toCharArray());
            second = project.addRecoveryCode(ProjectFixture.PASSPHRASE.toCharArray());
            assertThatThrownBy(() -> project.addRecoveryCode(ProjectFixture.OTHER_PASSPHRASE.toCharArray()))
                    .isInstanceOfSatisfying(ProjectException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSPHRASE));
        }
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> fixture.service.recover(folder, first.toCharArray(), NEW_PASSPHRASE.toCharArray()))
                .hasMessageContaining("Wrong recovery code");
        fixture.service.recover(folder, second.toCharArray(), NEW_PASSPHRASE.toCharArray());
    }

    @Test
    void aProjectWithoutARecoveryCodeSaysSo() throws Exception {
        Path folder = temp.resolve("p");
        fixture.create(folder).close();

        assertThatThrownBy(() -> fixture.service.recover(folder, "AAAA".repeat(8).toCharArray(),
                NEW_PASSPHRASE.toCharArray())).hasMessageContaining("has no recovery code");
    }

    @Test
    void theCodeNeverAppearsInTheActivityLogOrTheFolder() throws Exception {
        Path folder = temp.resolve("p");
        fixture.create(folder).close();
        String code = fixture.service.addRecoveryCode(folder, ProjectFixture.PASSPHRASE.toCharArray());
        fixture.service.recover(folder, code.toCharArray(), NEW_PASSPHRASE.toCharArray());

        try (Project project = fixture.service.open(folder, NEW_PASSPHRASE.toCharArray())) {
            List<ActivityEntry> entries = project.activityLog().entries();
            assertThat(entries).extracting(ActivityEntry::action)
                    .contains("project.recovery-code-made", "project.recovered");
            String raw = code.replace("-", "");
            assertThat(entries).allSatisfy(e -> assertThat(e.summary() + e.detailJson())
                    .doesNotContain(code).doesNotContain(raw).doesNotContain(code.substring(0, 9)));
            assertThat(project.activityLog().verify().intact()).isTrue();
        }
        assertThat(ProjectFixture.filesContaining(folder, code.replace("-", ""), 1)).isEmpty();
        assertThat(ProjectFixture.filesContaining(folder, code, 1)).isEmpty();
    }
}
