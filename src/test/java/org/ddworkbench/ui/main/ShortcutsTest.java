package org.ddworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ddworkbench.ui.main.Shortcuts.Shortcut;
import org.junit.jupiter.api.Test;

class ShortcutsTest {

    @Test
    void theListNamesTheMainActionsEachWithItsOwnKeys() {
        List<Shortcut> all = Shortcuts.all();

        assertThat(all).isNotEmpty();
        assertThat(all).extracting(Shortcut::keys).doesNotHaveDuplicates();
        assertThat(all).extracting(Shortcut::keys).contains(Shortcuts.IMPORT, Shortcuts.RUN_CHECKS,
                Shortcuts.EXPORT_REPORT, Shortcuts.LOCK);
        assertThat(all).allSatisfy(shortcut -> assertThat(shortcut.action()).isNotBlank());
    }

    @Test
    void theFirstNineScreensKeepTheirDigitShortcuts() {
        assertThat(Shortcuts.goTo(Page.PROJECT).getName()).isEqualTo("Shortcut+1");
        assertThat(Shortcuts.goTo(Page.values()[8]).getName()).isEqualTo("Shortcut+9");
    }
}
