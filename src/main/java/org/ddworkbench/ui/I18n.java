package org.ddworkbench.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Translates the English sentences the views use as keys, through the bundle {@code org.ddworkbench.ui.messages}
 * when one exists for the current locale, falling back to the English key itself.
 */
public final class I18n {
    private static final String BUNDLE = "org.ddworkbench.ui.messages";

    private I18n() {
    }

    /**
     * The translation of {@code english}, with {@code {0}}, {@code {1}}... replaced by {@code args} through
     * {@link MessageFormat} (so a key with arguments must not hold a plain apostrophe).
     */
    public static String tr(String english, Object... args) {
        String pattern = lookUp(english);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }

    private static String lookUp(String english) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE);
            return bundle.containsKey(english) ? bundle.getString(english) : english;
        } catch (MissingResourceException noBundle) {
            return english;
        }
    }
}
