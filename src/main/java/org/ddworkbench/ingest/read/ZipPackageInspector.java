package org.ddworkbench.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.ddworkbench.ingest.FileRejectedException;

/**
 * Looks inside a zip file's directory, without unpacking it, to tell an Excel workbook from the other zip
 * based formats (Strict Open XML, OpenDocument, Word, PowerPoint, binary .xlsb) and from damaged,
 * truncated or tampered packages.
 */
final class ZipPackageInspector {
    private static final String STRICT_NAMESPACE = "purl.oclc.org/ooxml/";
    private static final int HEAD_BYTES = 4096;

    private ZipPackageInspector() {
    }

    /** Refuses anything but a readable Transitional Open XML workbook package. */
    static void requireWorkbook(Path file, String name) throws FileRejectedException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Set<String> names = checkEntries(zip, name);
            if (names.contains("mimetype")) {
                String mimetype = head(zip, zip.getEntry("mimetype"), 200);
                if (mimetype.contains("opendocument.spreadsheet")) {
                    throw Locations.reject(name, "OpenDocument spreadsheets (.ods) are not supported: "
                            + "open it and save it as an Excel workbook (.xlsx)");
                }
                throw Locations.reject(name, "this is an OpenDocument file, not a spreadsheet or CSV file");
            }
            if (names.contains("word/document.xml")) {
                throw Locations.reject(name, "this is a Word document (.docx), not a spreadsheet");
            }
            if (names.contains("ppt/presentation.xml")) {
                throw Locations.reject(name, "this is a PowerPoint presentation (.pptx), not a spreadsheet");
            }
            if (names.contains("xl/workbook.bin")) {
                throw Locations.reject(name, "Excel binary workbooks (.xlsb) are not supported: "
                        + "save it as an Excel workbook (.xlsx)");
            }
            if (!names.contains("xl/workbook.xml")) {
                throw Locations.reject(name, "this zip file holds no Excel workbook (no xl/workbook.xml)");
            }
            ZipEntry rels = zip.getEntry("_rels/.rels");
            boolean strict = (rels != null && head(zip, rels, HEAD_BYTES).contains(STRICT_NAMESPACE))
                    || head(zip, zip.getEntry("xl/workbook.xml"), HEAD_BYTES).contains(STRICT_NAMESPACE);
            if (strict) {
                throw strictRefusal(name);
            }
        } catch (ZipException e) {
            throw Locations.reject(name, "the file is damaged or truncated (it is not a readable zip package)", e);
        } catch (IOException e) {
            throw Locations.reject(name, "the file could not be read", e);
        }
    }

    static FileRejectedException strictRefusal(String name) {
        return Locations.reject(name, "Strict Open XML workbooks are not supported: "
                + "save it in Excel as \"Excel Workbook (.xlsx)\"");
    }

    private static Set<String> checkEntries(ZipFile zip, String name) throws IOException, FileRejectedException {
        Set<String> names = new HashSet<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        int count = 0;
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (++count > Limits.MAX_ZIP_ENTRIES) {
                throw Locations.reject(name, "the file holds more than " + Limits.MAX_ZIP_ENTRIES
                        + " internal parts, far more than any workbook; refused as possibly malicious");
            }
            // Open XML part names are case-insensitive, so "Sheet1.xml" and "sheet1.xml" are the same part.
            String key = entry.getName().toLowerCase(Locale.ROOT);
            if (!names.add(key)) {
                throw Locations.reject(name, "the package holds the part \"" + entry.getName()
                        + "\" twice; refused as damaged or tampered with");
            }
            if (isMetadata(key) && unpackedSize(zip, entry) > Limits.MAX_METADATA_PART_BYTES) {
                throw Locations.reject(name, "the part \"" + entry.getName()
                        + "\" unpacks to an implausible size; refused as damaged or malicious");
            }
        }
        return names;
    }

    /**
     * Inflates a small part that POI will parse into memory, counting rather than trusting the size the
     * zip directory claims; stops as soon as the cap is passed.
     */
    private static long unpackedSize(ZipFile zip, ZipEntry entry) throws IOException {
        if (entry.getSize() > Limits.MAX_METADATA_PART_BYTES) {
            return entry.getSize();
        }
        long total = 0;
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0 && total <= Limits.MAX_METADATA_PART_BYTES) {
                total += n;
            }
        }
        return total;
    }

    private static boolean isMetadata(String key) {
        return key.equals("[content_types].xml") || key.endsWith(".rels");
    }

    /** The first bytes of an entry as text, inflating no more than asked for. */
    private static String head(ZipFile zip, ZipEntry entry, int bytes) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(bytes), StandardCharsets.ISO_8859_1);
        }
    }
}
