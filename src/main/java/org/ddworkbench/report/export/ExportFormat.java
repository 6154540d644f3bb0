package org.ddworkbench.report.export;

import java.util.Locale;

/** The file formats a report is released in; each is written from the aggregate packet alone. */
public enum ExportFormat {
    /** A workbook with a sheet per table and a Method sheet. */
    XLSX("xlsx"),
    /** One comma-separated file of every table's cells, formula-injection safe. */
    CSV("csv"),
    /** A readable report with tables and charts. */
    PDF("pdf"),
    /** The aggregate packet other organisations merge. */
    JSON("json");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file-name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format named by {@code word} ("xlsx", "CSV", ...), or an exception naming the choices. */
    public static ExportFormat parse(String word) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(word.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + word + "': use xlsx, csv, pdf or json.");
    }
}
