package org.ddworkbench.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.ddworkbench.ingest.FileRejectedException;

/**
 * Opens an .xlsx package read-only and checks it really is a Transitional workbook: a plain package straight
 * from the file (parts are inflated only as they are streamed), an encrypted one decrypted in memory
 * within the caps of {@link Limits}, so no decrypted copy ever touches the disk.
 */
final class XlsxPackages {
    private static final Set<String> WORKBOOK_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    private XlsxPackages() {
    }

    /**
     * Applies the zip bomb guards; POI keeps them in static settings, so they are set before every open
     * to the values documented in {@link Limits}.
     */
    static void applyZipLimits() {
        ZipSecureFile.setMinInflateRatio(Limits.MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(Limits.MAX_PART_BYTES);
        ZipSecureFile.setMaxFileCount(Limits.MAX_ZIP_ENTRIES);
    }

    static OPCPackage open(Path file, String name, char[] password) throws FileRejectedException {
        applyZipLimits();
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(file.toFile());
        } catch (IOException e) {
            throw Locations.reject(name, "the file could not be read", e);
        }
        if (magic == FileMagic.OLE2) {
            return openEncrypted(file, name, password);
        }
        if (magic != FileMagic.OOXML) {
            throw Locations.reject(name, "this is not an Excel workbook (.xlsx)");
        }
        ZipPackageInspector.requireWorkbook(file, name);
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw PoiFailures.reject(name, null, e);
        }
    }

    /** The package's main part, refusing Strict Open XML and documents that are not workbooks. */
    static PackagePart workbookPart(OPCPackage pkg, String name) throws FileRejectedException {
        if (pkg.isStrictOoxmlFormat()) {
            throw ZipPackageInspector.strictRefusal(name);
        }
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart part = main.size() == 0 ? null : pkg.getPart(main.getRelationship(0));
        if (part == null) {
            throw Locations.reject(name, "the package has no main document; it is damaged or not a workbook");
        }
        String type = part.getContentType();
        if (WORKBOOK_TYPES.contains(type)) {
            return part;
        }
        if (type.contains("wordprocessingml")) {
            throw Locations.reject(name, "this is a Word document (.docx), not a spreadsheet");
        }
        if (type.contains("presentationml")) {
            throw Locations.reject(name, "this is a PowerPoint presentation (.pptx), not a spreadsheet");
        }
        if (type.equals(XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType())) {
            throw Locations.reject(name, "Excel binary workbooks (.xlsb) are not supported: "
                    + "save it as an Excel workbook (.xlsx)");
        }
        throw Locations.reject(name, "the package is not an Excel workbook");
    }

    private static OPCPackage openEncrypted(Path file, String name, char[] password) throws FileRejectedException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (!CompoundFiles.isEncryptedPackage(root)) {
                throw Locations.reject(name, CompoundFiles.workbookEntry(root) != null
                        ? "this is an Excel 97-2003 workbook (.xls), not .xlsx"
                        : "this is not an Excel workbook (.xlsx)");
            }
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
            unlock(decryptor, password, name);
            try (InputStream decrypted = decryptor.getDataStream(fs)) {
                if (decryptor.getLength() > Limits.MAX_ENCRYPTED_PACKAGE_BYTES) {
                    throw tooLargeEncrypted(name, "is larger than 64 MB");
                }
                checkUnpackedSize(decrypted, name);
            }
            try (InputStream decrypted = decryptor.getDataStream(fs)) {
                return OPCPackage.open(decrypted);
            }
        } catch (GeneralSecurityException e) {
            throw Locations.reject(name, "the workbook's encryption could not be opened (unsupported kind)", e);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw PoiFailures.reject(name, null, e);
        }
    }

    private static void unlock(Decryptor decryptor, char[] password, String name)
            throws GeneralSecurityException, FileRejectedException {
        if (password == null) {
            // Excel encrypts "read-only recommended" workbooks with its well-known default password.
            if (!decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD)) {
                throw new FileRejectedException(name + " is password-protected: give the workbook password");
            }
        } else if (!decryptor.verifyPassword(new String(password))) {
            throw new FileRejectedException("wrong workbook password for " + name);
        }
    }

    /** One streaming pass over the decrypted package, so that holding it in memory stays bounded. */
    private static void checkUnpackedSize(InputStream decrypted, String name) throws IOException, FileRejectedException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(decrypted)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > Limits.MAX_ZIP_ENTRIES) {
                    throw Locations.reject(name, "the file holds more than " + Limits.MAX_ZIP_ENTRIES
                            + " internal parts, far more than any workbook; refused as possibly malicious");
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > Limits.MAX_ENCRYPTED_UNPACKED_BYTES) {
                        throw tooLargeEncrypted(name, "unpacks to more than 256 MB");
                    }
                }
            }
        }
    }

    private static FileRejectedException tooLargeEncrypted(String name, String what) {
        return new FileRejectedException(name + " is encrypted and " + what + ", too much to decrypt in memory: "
                + "remove the password in Excel (File > Info > Protect Workbook) and import it again");
    }
}
