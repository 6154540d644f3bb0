package org.ddworkbench.ui.suppliers;

import static org.ddworkbench.ui.I18n.tr;

import java.util.Locale;

/** Shows an ISO 3166-1 alpha-2 code with the country's name in the window's language. */
public final class Countries {
    private Countries() {
    }

    /** "TH · Thailand"; the code alone when the JDK does not know it; "not resolved" for null. */
    public static String describe(String code) {
        if (code == null || code.isBlank()) {
            return tr("not resolved");
        }
        String name = new Locale("", code).getDisplayCountry(Locale.getDefault());
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : code + " · " + name;
    }
}
