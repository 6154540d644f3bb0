package org.ddworkbench.ingest.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ddworkbench.ingest.map.TestWorkbooks.row;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.ddworkbench.ingest.read.CellKind;
import org.ddworkbench.ingest.read.CellRange;
import org.ddworkbench.ingest.read.FileFormat;
import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.ingest.read.SheetInfo;
import org.ddworkbench.ingest.template.TemplateWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview holds the first rows of visible sheets, names hidden ones, and reads only the template marker among them. */
class PreviewCollectorTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheFirstRowsOfEverySheetAndTheirMergedRegions() throws Exception {
        Object[][] rows = new Object[100][];
        rows[0] = row("Supplier", "Country");
        for (int r = 1; r < rows.length; r++) {
            rows[r] = row("Supplier " + r, "TH");
        }
        Path file = new TestWorkbooks().sheet("List", rows).sheet("Notes", row("Title"), row("Line"))
                .merge("Notes", "A1:C1").write(dir.resolve("long.xlsx"));

        FilePreview preview = PreviewFiles.preview(file);

        assertThat(preview.fileName()).isEqualTo("long.xlsx");
        assertThat(preview.format()).isEqualTo(FileFormat.XLSX);
        assertThat(preview.sheets()).extracting(s -> s.sheet().name()).containsExactly("List", "Notes");
        assertThat(preview.sheets().get(0).rows()).hasSize(PreviewCollector.DEFAULT_ROWS);
        assertThat(preview.sheets().get(0).rows().get(1)).containsExactly(new RawCell(0, "Supplier", CellKind.TEXT),
                new RawCell(1, "Country", CellKind.TEXT));
        assertThat(preview.sheets().get(1).merged()).containsExactly(new CellRange(1, 1, 0, 2));
        assertThat(preview.templateMarker()).isEmpty();
    }

    @Test
    void namesHiddenSheetsWithoutReadingThemButReadsTheTemplateMarker() throws Exception {
        Path file = new TestWorkbooks()
                .sheet("Data", row("Supplier", "Country"), row("Acme", "TH"))
                .sheet("Secret", row("Salary", "Name"), row(1000, "Somchai"))
                .sheet(TemplateWriter.MARKER_SHEET, row("format", "ddw-template/1"), row("kind", "saq"))
                .hidden("Secret", SheetVisibility.HIDDEN)
                .hidden(TemplateWriter.MARKER_SHEET, SheetVisibility.VERY_HIDDEN)
                .write(dir.resolve("hidden.xlsx"));

        PreviewCollector collector = PreviewFiles.collector(file);
        FilePreview preview = collector.preview();

        assertThat(collector.hiddenSheets()).containsExactly("Secret");
        assertThat(preview.sheets()).extracting(s -> s.sheet().name()).containsExactly("Data");
        assertThat(preview.templateMarker()).containsEntry("format", "ddw-template/1").containsEntry("kind", "saq")
                .hasSize(2);
    }

    @Test
    void mergedRegionsReportedAfterTheSheetEndStillReachItsPreview() {
        PreviewCollector collector = new PreviewCollector("f.xlsx", FileFormat.XLSX, 5);
        SheetInfo sheet = new SheetInfo(0, "S", false);
        collector.startSheet(sheet);
        collector.row(1, List.of(new RawCell(0, "Title", CellKind.TEXT)));
        collector.endSheet(sheet);
        collector.mergedRegions(sheet, List.of(new CellRange(1, 1, 0, 3)));

        assertThat(collector.preview().sheets().get(0).merged()).containsExactly(new CellRange(1, 1, 0, 3));
    }

    @Test
    void capsHugeCellsInThePreview() {
        PreviewCollector collector = new PreviewCollector("f.csv", FileFormat.CSV, 5);
        SheetInfo sheet = new SheetInfo(0, "f", false);
        collector.startSheet(sheet);
        collector.row(1, List.of(new RawCell(0, "x".repeat(1_000_000), CellKind.TEXT)));
        collector.endSheet(sheet);

        assertThat(collector.preview().sheets().get(0).rows().get(1).get(0).text().length()).isLessThan(10_000);
    }

    @Test
    void refusesAPreviewOfNoRows() {
        assertThatThrownBy(() -> new PreviewCollector("f.csv", FileFormat.CSV, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
