package org.ddworkbench.ingest.read;

import java.nio.file.Path;
import org.ddworkbench.ingest.FileRejectedException;

/**
 * Builds refusals whose message starts with where the problem is: the file's name (never its folder), then
 * the sheet, row and column when known, e.g. {@code survey.xlsx, sheet "Data", row 12, column F: ...}.
 */
final class Locations {
    static final String CELL_TOO_LONG = "cell holds more than 32,767 characters (Excel's limit for one cell)";

    private Locations() {
    }

    static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** The location text; a null sheet, a row below 1 or a negative column is left out. */
    static String of(String fileName, String sheet, int row, int column) {
        StringBuilder where = new StringBuilder(fileName);
        if (sheet != null) {
            where.append(", sheet \"").append(sheet).append('"');
        }
        if (row > 0) {
            where.append(", row ").append(row);
        }
        if (column >= 0) {
            where.append(", column ").append(RawCell.columnLetters(column));
        }
        return where.toString();
    }

    static FileRejectedException reject(String fileName, String reason) {
        return new FileRejectedException(fileName + ": " + reason);
    }

    static FileRejectedException reject(String fileName, String reason, Throwable cause) {
        return new FileRejectedException(fileName + ": " + reason, cause);
    }

    static FileRejectedException reject(String fileName, String sheet, int row, int column, String reason) {
        return new FileRejectedException(of(fileName, sheet, row, column) + ": " + reason);
    }

    static FileRejectedException reject(String fileName, String sheet, int row, int column, String reason,
            Throwable cause) {
        return new FileRejectedException(of(fileName, sheet, row, column) + ": " + reason, cause);
    }

}
