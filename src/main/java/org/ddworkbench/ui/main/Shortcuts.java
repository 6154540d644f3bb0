package org.ddworkbench.ui.main;

import static org.ddworkbench.ui.I18n.tr;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The keyboard shortcuts of an open project's window, in one place for the menus and the Help list. */
public final class Shortcuts {
    public static final KeyCombination OPEN = shortcut(KeyCode.O);
    public static final KeyCombination NEW = shortcut(KeyCode.N);
    public static final KeyCombination IMPORT = shortcut(KeyCode.I);
    public static final KeyCombination RUN_CHECKS = shortcut(KeyCode.R);
    public static final KeyCombination EXPORT_REPORT = shortcut(KeyCode.E);
    public static final KeyCombination LOCK = shortcut(KeyCode.L);
    public static final KeyCombination CLOSE = shortcut(KeyCode.W);
    public static final KeyCombination QUIT = shortcut(KeyCode.Q);
    public static final KeyCombination DARK_THEME =
            new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);

    private static final KeyCode[] DIGITS = {
        KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9,
    };

    private Shortcuts() {
    }

    /** One shortcut: the keys and what they do, in the user's language. */
    public record Shortcut(KeyCombination keys, String action) {

        /** The keys as the platform writes them, such as "Ctrl+L". */
        public String keysText() {
            return keys.getDisplayText();
        }
    }

    /** The shortcut that shows {@code page}, or null for pages beyond the ninth. */
    public static KeyCombination goTo(Page page) {
        return page.ordinal() < DIGITS.length ? shortcut(DIGITS[page.ordinal()]) : null;
    }

    /** Every shortcut of the window, in menu order. */
    public static List<Shortcut> all() {
        List<Shortcut> all = new ArrayList<>(List.of(
                new Shortcut(OPEN, tr("Open another project…")),
                new Shortcut(NEW, tr("New project…")),
                new Shortcut(IMPORT, tr("Import files…")),
                new Shortcut(RUN_CHECKS, tr("Run the cross-checks")),
                new Shortcut(EXPORT_REPORT, tr("Export the report…")),
                new Shortcut(LOCK, tr("Lock now")),
                new Shortcut(CLOSE, tr("Close project")),
                new Shortcut(QUIT, tr("Quit")),
                new Shortcut(DARK_THEME, tr("Dark theme")),
                new Shortcut(HELP, tr("Keyboard shortcuts"))));
        for (Page page : Page.values()) {
            KeyCombination keys = goTo(page);
            if (keys != null) {
                all.add(new Shortcut(keys, tr("Go to {0}", page.label())));
            }
        }
        return List.copyOf(all);
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }
}
