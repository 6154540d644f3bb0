package org.ddworkbench.report.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a ZIP container (an XLSX) with every entry dated the release day, because the entry times POI writes
 * record the moment and so the clock of the machine that exported.
 */
final class ZipTimestamps {

    private ZipTimestamps() {
    }

    /** Writes {@code zip} to {@code out} with each entry's time set to midnight of {@code day}; out stays open. */
    static void restamp(byte[] zip, LocalDate day, OutputStream out) throws IOException {
        ZipOutputStream copy = new ZipOutputStream(out);
        try (ZipInputStream original = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = original.getNextEntry(); entry != null; entry = original.getNextEntry()) {
                ZipEntry dated = new ZipEntry(entry.getName());
                dated.setTimeLocal(day.atStartOfDay());
                copy.putNextEntry(dated);
                original.transferTo(copy);
                copy.closeEntry();
            }
        }
        copy.finish();
    }
}
