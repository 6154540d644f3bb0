package org.ddworkbench.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import javafx.scene.text.Font;

/**
 * Loads the bundled Noto Sans Thai (regular and bold, OFL, see org/ddworkbench/fonts/OFL.txt) when the window speaks Thai, so
 * Thai renders on laptops that have no Thai font installed; the {@code -th} stylesheets make it the root family.
 */
final class ThaiFont {
    private static final String[] FILES = {"/org/ddworkbench/fonts/NotoSansThai-Regular.ttf",
        "/org/ddworkbench/fonts/NotoSansThai-Bold.ttf"};

    private static boolean loaded;

    private ThaiFont() {
    }

    /** Whether the window's language is Thai, read from the default locale that start-up set. */
    static boolean wanted() {
        return "th".equals(Locale.getDefault().getLanguage());
    }

    /** Registers both faces with JavaFX once; must run after the toolkit has started. */
    static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = ThaiFont.class.getResourceAsStream(file)) {
                if (in == null || Font.loadFont(in, Font.getDefault().getSize()) == null) {
                    throw new IllegalStateException("The bundled font " + file + " could not be loaded.");
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        loaded = true;
    }
}
