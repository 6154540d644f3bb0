package org.ddworkbench.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.ddworkbench.ingest.FileRejectedException;

/**
 * Picks the reader for a file by what it holds, never by its name's ending: a zip package must be a
 * Transitional Open XML workbook, an OLE2 compound file an Excel 97-2003 workbook or an encrypted .xlsx,
 * anything else readable text (CSV). Every other kind of file is refused with a message saying what it is.
 */
public final class TableReaders {
    private static final int HEAD_BYTES = 8 * 1024;

    private final XlsxStreamReader xlsx;
    private final XlsReader xls;
    private final CsvReader csv;

    public TableReaders() {
        this(new XlsxStreamReader(), new XlsReader(), new CsvReader());
    }

    public TableReaders(XlsxStreamReader xlsx, XlsReader xls, CsvReader csv) {
        this.xlsx = xlsx;
        this.xls = xls;
        this.csv = csv;
    }

    /** The reader for {@code file}'s format, or a refusal naming what the file is instead. */
    public TableReader forFile(Path file) throws FileRejectedException {
        return switch (detect(file)) {
            case XLSX -> xlsx;
            case XLS -> xls;
            case CSV -> csv;
        };
    }

    /** The format {@code file} holds, judged by its content. */
    public FileFormat detect(Path file) throws FileRejectedException {
        String name = Locations.fileName(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw Locations.reject(name, "the file could not be read", e);
        }
        if (head.length == 0) {
            throw Locations.reject(name, "the file is empty");
        }
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
            ZipPackageInspector.requireWorkbook(file, name);
            return FileFormat.XLSX;
        }
        FileMagic magic = FileMagic.valueOf(head);
        return switch (magic) {
            case OLE2 -> compoundFileFormat(file, name);
            case BIFF2, BIFF3, BIFF4 -> throw Locations.reject(name, PoiFailures.EXCEL_95);
            case PDF -> throw Locations.reject(name, "this is a PDF document, not a spreadsheet or CSV file");
            case HTML -> throw Locations.reject(name, "this is a web page (HTML), not a spreadsheet: "
                    + "open it in Excel and save it as an Excel workbook (.xlsx)");
            case XML -> throw Locations.reject(name, "this is an XML file (perhaps an \"XML Spreadsheet 2003\"), "
                    + "not a workbook: open it in Excel and save it as an Excel workbook (.xlsx)");
            case UNKNOWN -> {
                if (!CsvDialect.looksLikeText(head)) {
                    throw CsvDialect.notText(name);
                }
                yield FileFormat.CSV;
            }
            default -> throw Locations.reject(name, "not a spreadsheet or CSV file");
        };
    }

    private static FileFormat compoundFileFormat(Path file, String name) throws FileRejectedException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (CompoundFiles.isEncryptedPackage(root)) {
                return FileFormat.XLSX;
            }
            String workbook = CompoundFiles.workbookEntry(root);
            if (workbook != null && CompoundFiles.isBiff8(root, workbook)) {
                return FileFormat.XLS;
            }
            if (workbook != null || CompoundFiles.isOldBook(root)) {
                throw Locations.reject(name, PoiFailures.EXCEL_95);
            }
            if (root.hasEntry("WordDocument")) {
                throw Locations.reject(name, "this is a Word document (.doc), not a spreadsheet");
            }
            if (root.hasEntry("PowerPoint Document")) {
                throw Locations.reject(name, "this is a PowerPoint presentation (.ppt), not a spreadsheet");
            }
            throw Locations.reject(name, "this Office file holds no Excel workbook");
        } catch (IOException | RuntimeException e) {
            throw Locations.reject(name, "the file is damaged (an unreadable Office compound file)", e);
        }
    }
}
