package org.ddworkbench.ingest.read;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.task.CancellationToken;

/**
 * Streams an Excel 97-2003 (.xls) workbook through POI's HSSF event API: the file is opened read-only and
 * its records flow past one by one, so memory holds only the shared strings and the current row. Encrypted
 * workbooks are read with the given password; Excel 95 and older are refused.
 */
public final class XlsReader implements TableReader {

    @Override
    public FileFormat format() {
        return FileFormat.XLS;
    }

    @Override
    public void read(Path file, ReadOptions options, RowHandler handler, CancellationToken cancellation)
            throws FileRejectedException {
        String name = Locations.fileName(file);
        GuardedRowHandler guard = new GuardedRowHandler(handler, cancellation);
        char[] password = options.workbookPassword();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            requireWorkbookEntry(fs.getRoot(), name);
            XlsRecordListener listener = new XlsRecordListener(name, options.maxRowsPerSheet(), guard);
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(listener.entryPoint());
            // POI takes the password of an encrypted .xls from a thread-local, cleared again right after.
            Biff8EncryptionKey.setCurrentUserPassword(password == null ? null : new String(password));
            new HSSFEventFactory().processWorkbookEvents(request, fs);
        } catch (GuardedRowHandler.Failure failure) {
            throw failure.original();
        } catch (RejectedRead rejected) {
            throw rejected.rejection();
        } catch (OldExcelFormatException e) {
            throw Locations.reject(name, PoiFailures.EXCEL_95, e);
        } catch (EncryptedDocumentException e) {
            throw password == null
                    ? new FileRejectedException(name + " is password-protected: give the workbook password", e)
                    : new FileRejectedException("wrong workbook password for " + name, e);
        } catch (IOException | RuntimeException e) {
            throw Locations.reject(name, "the file is damaged or not a valid Excel 97-2003 workbook", e);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    private static void requireWorkbookEntry(DirectoryNode root, String name) throws IOException, FileRejectedException {
        String entry = CompoundFiles.workbookEntry(root);
        if (entry != null) {
            if (!CompoundFiles.isBiff8(root, entry)) {
                throw Locations.reject(name, PoiFailures.EXCEL_95);
            }
            return;
        }
        if (CompoundFiles.isOldBook(root)) {
            throw Locations.reject(name, PoiFailures.EXCEL_95);
        }
        if (CompoundFiles.isEncryptedPackage(root)) {
            throw Locations.reject(name, "this is an encrypted .xlsx workbook, not an Excel 97-2003 workbook");
        }
        throw Locations.reject(name, "this file holds no Excel workbook");
    }
}
