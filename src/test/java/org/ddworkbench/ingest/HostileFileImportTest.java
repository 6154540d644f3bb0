package org.ddworkbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ddworkbench.ingest.ImportTestSupport.counts;
import static org.ddworkbench.ingest.ImportTestSupport.options;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zip bombs, truncated zips, XML bombs and huge cells are refused with the reader's message, at preview and at
 * commit, and the project is left exactly as it was.
 */
class HostileFileImportTest {
    private static final String SHEET = "xl/worksheets/sheet1.xml";

    private final ImportTestSupport support = new ImportTestSupport();
    @TempDir
    Path dir;
    private Project project;
    private Map<String, Long> before;

    @BeforeEach
    void createProject() throws Exception {
        project = support.create(dir.resolve("project"));
        support.importFile(project, good("base.xlsx"), supplierOptions());
        before = counts(project);
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        byte[] padding = new byte[60 << 20];
        Arrays.fill(padding, (byte) ' ');
        Path bomb = replaceEntry(good("bomb-base.xlsx"), "bomb.xlsx", SHEET, sheetXml(new String(padding,
                StandardCharsets.US_ASCII)));
        assertRefused(bomb, "bomb.xlsx");
    }

    @Test
    void aTruncatedZipIsRefused() throws Exception {
        byte[] whole = Files.readAllBytes(good("whole.xlsx"));
        Path cut = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        assertRefused(cut, "truncated.xlsx");
    }

    @Test
    void anXmlBombIsRefused() throws Exception {
        StringBuilder entities = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            entities.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        entities.append("]>");
        String xml = entities + sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&a10;</t></is></c></row>")
                .substring("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>".length());
        Path bomb = replaceEntry(good("xml-base.xlsx"), "xml-bomb.xlsx", SHEET, xml);
        assertRefused(bomb, "xml-bomb.xlsx");
    }

    @Test
    void aHugeCellIsRefused() throws Exception {
        Path csv = dir.resolve("huge.csv");
        Files.writeString(csv, "Supplier Name,Country\n\"" + "x".repeat(40_000) + "\",TH\n");
        assertRefused(csv, "huge.csv");
        String cell = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + "y".repeat(40_000) + "</t></is></c></row>";
        Path xlsx = replaceEntry(good("cell-base.xlsx"), "huge-cell.xlsx", SHEET, sheetXml(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Supplier Name</t></is></c></row>" + cell));
        assertRefused(xlsx, "huge-cell.xlsx");
    }

    /** Refused at preview, and at commit when the same bytes are offered with a preview made from a good file. */
    private void assertRefused(Path file, String name) throws Exception {
        assertThatThrownBy(() -> support.preview(project, file, supplierOptions()))
                .isInstanceOf(FileRejectedException.class).hasMessageContaining(name)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\n"));
        Path good = good("swap.xlsx");
        ImportPreview preview = support.preview(project, good, supplierOptions());
        Files.copy(file, good, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ImportPreview swapped = new ImportPreview(good, ImportTestSupport.sha256(good), preview.format(), preview.kind(),
                preview.mapping(), preview.rowsRead(), preview.validRows(), preview.problems(), preview.problemCount(),
                preview.hiddenSheetsSkipped(), preview.deidentification(), 0, preview.uncertainMatches());
        assertThatThrownBy(() -> support.service.commit(project, swapped, supplierOptions(), ProgressListener.NONE,
                new CancellationToken())).isInstanceOf(FileRejectedException.class)
                .hasMessageContaining("swap.xlsx").satisfies(e -> assertThat(e.getMessage())
                        .doesNotContain("was not imported").doesNotContain("has changed"));
        assertThat(counts(project)).isEqualTo(before);
    }

    private static ImportOptions supplierOptions() {
        return options(DataSourceKind.SUPPLIER_LIST, ImportTestSupport.supplierList("Suppliers"));
    }

    private Path good(String name) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Suppliers");
            String[][] rows = {{"Supplier Name", "Country"}, {"Siam Canvas " + name, "TH"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static String sheetXml(String sheetData) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + sheetData + "</sheetData></worksheet>";
    }

    private Path replaceEntry(Path source, String name, String entryName, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(source)));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    out.write(content.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }
}
