package org.ddworkbench.report.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/** Hands out sheet names Excel accepts: at most 31 characters, none of []:*?/\ and unique ignoring case. */
final class SheetNames {
    private static final int LONGEST = 31;

    // Excel compares sheet names without case and keeps "History" for itself.
    private final Set<String> taken = new HashSet<>(Set.of("history"));

    /** A name close to {@code wanted} that no earlier call returned. */
    String claim(String wanted) {
        String base = wanted == null || wanted.isBlank() ? "Table"
                : WorkbookUtil.createSafeSheetName(wanted, ' ').strip();
        String name = base;
        for (int copy = 2; taken.contains(name.toLowerCase(Locale.ROOT)); copy++) {
            String suffix = " (" + copy + ")";
            name = base.substring(0, Math.min(base.length(), LONGEST - suffix.length())).strip() + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
