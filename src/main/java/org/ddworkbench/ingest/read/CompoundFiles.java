package org.ddworkbench.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.poifs.filesystem.DirectoryNode;

/**
 * Tells what an OLE2 compound file (the container of .xls, .doc and encrypted .xlsx files) holds, from its
 * entry names and the version in the first record of its workbook stream.
 */
final class CompoundFiles {
    /** The names Excel 97 and later (and some other writers) give the workbook stream. */
    private static final List<String> WORKBOOK_ENTRIES = List.of("Workbook", "WORKBOOK", "WorkBook", "BOOK");
    private static final int BOF_SID = 0x0809;
    private static final int BIFF8 = 0x0600;

    private CompoundFiles() {
    }

    static boolean isEncryptedPackage(DirectoryNode root) {
        return root.hasEntry("EncryptionInfo");
    }

    /** The workbook stream's name, or null when the file holds none of Excel 97 or later. */
    static String workbookEntry(DirectoryNode root) {
        return WORKBOOK_ENTRIES.stream().filter(root::hasEntry).findFirst().orElse(null);
    }

    /** Whether the file holds only an Excel 5/95 "Book" stream. */
    static boolean isOldBook(DirectoryNode root) {
        return workbookEntry(root) == null && root.hasEntry("Book");
    }

    /**
     * Whether the workbook stream starts with a BIFF8 (Excel 97 and later) BOF record; writers of Excel 95
     * files sometimes name their BIFF5 stream "Workbook" too.
     */
    static boolean isBiff8(DirectoryNode root, String entry) throws IOException {
        try (InputStream in = root.createDocumentInputStream(entry)) {
            byte[] head = in.readNBytes(6);
            if (head.length < 6) {
                return false;
            }
            int sid = (head[0] & 0xFF) | (head[1] & 0xFF) << 8;
            int version = (head[4] & 0xFF) | (head[5] & 0xFF) << 8;
            return sid == BOF_SID && version == BIFF8;
        }
    }
}
