package org.ddworkbench.ingest.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.ingest.map.FilePreview;
import org.ddworkbench.ingest.map.Layout;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.ingest.map.MappingSuggestion;
import org.ddworkbench.ingest.map.PreviewFiles;
import org.ddworkbench.ingest.map.SheetRole;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.pack.LoadedPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A filled-in template is recognised by its marker and mapped exactly as its layout, with no guessing. */
class TemplateRoundTripTest {
    @TempDir
    Path dir;

    private final TemplateLayouts layouts = new TemplateLayouts();
    private final PoiTemplateWriter writer = new PoiTemplateWriter(layouts);

    private Path template(LoadedPack pack, DataSourceKind kind) throws Exception {
        Path file = dir.resolve("template-" + kind.name().toLowerCase(Locale.ROOT) + ".xlsx");
        writer.write(pack, kind, Locale.ENGLISH, file);
        return file;
    }

    /** Fills every input cell of the template's first data sheet as a user would in Excel. */
    private Path filled(Path template, DataSourceKind kind) throws Exception {
        Path file = dir.resolve("filled-" + template.getFileName());
        TemplateLayout layout = layouts.layout(PreviewFiles.pack(), kind);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
            for (TemplateLayout.Sheet sheet : layout.sheets()) {
                XSSFSheet data = workbook.getSheet(sheet.name());
                if (sheet.layout() == Layout.LONG) {
                    for (int r = 0; r < sheet.rows().size(); r++) {
                        fill(data.getRow(r + 1), 1, sheet.rows().get(r).rule());
                    }
                } else {
                    for (int r = 1; r <= 3; r++) {
                        Row row = data.createRow(r);
                        for (int c = 0; c < sheet.columns().size(); c++) {
                            fill(row, c, sheet.columns().get(c).rule());
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static void fill(Row row, int column, TemplateLayout.InputRule rule) {
        var cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        switch (rule.type()) {
            case LIST -> cell.setCellValue(rule.choices().get(0));
            case DECIMAL, WHOLE -> cell.setCellValue(rule.min() == null ? 3 : rule.min() + 1);
            case DATE -> cell.setCellValue(LocalDate.of(2025, 3, 14));
            case ANY -> cell.setCellValue("text " + column);
        }
    }

    private MappingSuggestion suggest(Path file, MetricPack pack, DataSourceKind kind) throws Exception {
        return PreviewFiles.suggester().suggest(PreviewFiles.preview(file), pack, kind, List.of());
    }

    @ParameterizedTest
    @EnumSource(DataSourceKind.class)
    void aFilledTemplateMapsExactlyAsItsLayout(DataSourceKind kind) throws Exception {
        Path file = filled(template(PreviewFiles.loadedPack(), kind), kind);

        MappingSuggestion suggestion = suggest(file, PreviewFiles.pack(), null);

        MappingProfile expected = layouts.profile(PreviewFiles.pack(), kind);
        assertThat(suggestion.source()).isEqualTo("template");
        assertThat(suggestion.profile().kind()).isEqualTo(kind);
        assertThat(suggestion.profile().fromTemplate()).isTrue();
        assertThat(suggestion.profile().sheets()).isEqualTo(expected.sheets());
        assertThat(suggestion.profile().headerSignature()).matches("[0-9a-f]{64}");
        assertThat(suggestion.unmapped()).isEmpty();
        assertThat(suggestion.confidence()).isNotEmpty().allSatisfy((key, value) -> assertThat(value).isEqualTo(1.0));
        long mappedSheets = expected.sheets().stream().filter(s -> s.role() != SheetRole.IGNORED).count();
        assertThat(mappedSheets).isPositive();
    }

    @Test
    void aBlankTemplateIsRecognisedToo() throws Exception {
        MappingSuggestion suggestion = suggest(template(PreviewFiles.loadedPack(), DataSourceKind.WORKER_SURVEY),
                PreviewFiles.pack(), DataSourceKind.WORKER_SURVEY);

        assertThat(suggestion.source()).isEqualTo("template");
        assertThat(suggestion.profile().sheets().get(1).columns().get(0).target()).isEqualTo("RESPONDENT_KEY");
    }

    @Test
    void aTemplateMadeFromAnotherPackIsRefused() throws Exception {
        MetricPack bundled = PreviewFiles.pack();
        MetricPack other = new MetricPack(bundled.format(), "partner-pack", "2.1.0", bundled.title(),
                bundled.description(), bundled.publisher(), bundled.sources(), bundled.dimensions(),
                bundled.indicators(), bundled.metrics(), bundled.findingScales(), bundled.crossChecks(),
                bundled.combinationRule(), bundled.checkPolicy(), bundled.auditPolicy(), bundled.riskModel(), bundled.disclosure());
        Path file = template(new LoadedPack(other, "{}", "0".repeat(64)), DataSourceKind.SAQ);

        assertThatThrownBy(() -> suggest(file, bundled, null))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageContaining("template-saq.xlsx")
                .hasMessageContaining("this template was made for pack partner-pack version 2.1.0; the project uses "
                        + "forced-labour-core version " + bundled.version());
    }

    @Test
    void aTemplateWhoseHeadersWereChangedIsRefused() throws Exception {
        Path file = template(PreviewFiles.loadedPack(), DataSourceKind.GRIEVANCE);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            workbook.getSheet("Cases").getRow(0).getCell(4).setCellValue("Topic");
            Files.delete(file);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        assertThatThrownBy(() -> suggest(file, PreviewFiles.pack(), null))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageContaining("sheet 'Cases' was changed (column E should be headed 'Grievance category')");
    }

    @Test
    void aTemplateOfAnotherKindThanChosenIsRefused() throws Exception {
        Path file = template(PreviewFiles.loadedPack(), DataSourceKind.AUDIT);

        assertThatThrownBy(() -> suggest(file, PreviewFiles.pack(), DataSourceKind.SAQ))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageContaining("is a template for an audit workbook, not for a self-assessment questionnaire");
    }

    @Test
    void theMarkerOfATemplateIsReadFromItsVeryHiddenSheet() throws Exception {
        FilePreview preview = PreviewFiles.preview(template(PreviewFiles.loadedPack(), DataSourceKind.SAQ));

        assertThat(preview.templateMarker()).containsEntry("format", "ddw-template/1").containsEntry("kind", "saq")
                .containsEntry("pack id", "forced-labour-core")
                .containsEntry("pack fingerprint", PreviewFiles.loadedPack().fingerprint());
        assertThat(preview.sheets()).extracting(s -> s.sheet().name()).containsExactly("Instructions", "SAQ");
    }
}
