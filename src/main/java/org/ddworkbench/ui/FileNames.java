package org.ddworkbench.ui;

import java.util.Locale;

/** Names the window suggests for files it saves. */
public final class FileNames {
    private FileNames() {
    }

    /** A project name as the start of a file name: lower-case letters, digits and dashes. */
    public static String forProject(String name) {
        String cleaned = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return cleaned.isEmpty() ? "project" : cleaned;
    }
}
