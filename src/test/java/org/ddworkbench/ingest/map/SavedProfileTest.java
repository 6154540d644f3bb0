package org.ddworkbench.ingest.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ingest.map.TestWorkbooks.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ddworkbench.model.DataSourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved profile is applied to later files whose header signature matches, and only to those. */
class SavedProfileTest {
    @TempDir
    Path dir;

    private final DefaultMappingSuggester suggester = PreviewFiles.suggester();

    private Path survey(String name, String totalHoursHeader, int rows) throws Exception {
        Object[][] data = new Object[rows + 1][];
        data[0] = row("Worker ID", "Interview date", "Age", totalHoursHeader, "Can you refuse overtime?");
        for (int r = 1; r <= rows; r++) {
            data[r] = row("W" + r, "2025-03-0" + (r % 9 + 1), 20 + r, 40 + r, r % 2 == 0 ? "Yes" : "No");
        }
        return new TestWorkbooks().sheet("Responses", data).write(dir.resolve(name));
    }

    /** The profile a user confirmed for a first file, edited (age left out) and saved under a name. */
    private MappingProfile saved(Path first) throws Exception {
        MappingSuggestion suggestion = suggester.suggest(PreviewFiles.preview(first), PreviewFiles.pack(), null, List.of());
        SheetMapping sheet = suggestion.profile().sheets().get(0);
        List<ColumnMapping> edited = sheet.columns().stream()
                .map(c -> "Age".equals(c.header()) ? ColumnMapping.ignore(c.column(), c.header()) : c)
                .toList();
        MappingProfile profile = new MappingProfile("Partner survey", DataSourceKind.WORKER_SURVEY, "", false,
                List.of(new SheetMapping(sheet.sheet(), sheet.role(), sheet.layout(), sheet.headerRow(), edited,
                        sheet.rows())));
        return new MappingProfile(profile.name(), profile.kind(),
                suggester.headerSignature(PreviewFiles.preview(first), profile), false, profile.sheets());
    }

    @Test
    void aLaterFileWithTheSameHeadersUsesTheSavedProfile() throws Exception {
        MappingProfile saved = saved(survey("march.xlsx", "Total weekly hours", 3));
        FilePreview april = PreviewFiles.preview(survey("april.xlsx", "Total weekly hours", 7));

        MappingSuggestion suggestion = suggester.suggest(april, PreviewFiles.pack(), null, List.of(saved));

        assertThat(suggestion.source()).isEqualTo("saved profile Partner survey");
        assertThat(suggestion.profile().name()).isEqualTo("Partner survey");
        assertThat(suggestion.profile().sheets().get(0).columns()).isEqualTo(saved.sheets().get(0).columns());
        assertThat(suggestion.unmapped()).containsExactly("Responses!C 'Age'");
        assertThat(suggestion.confidence()).containsEntry("Responses!D", 1.0);
    }

    @Test
    void aChangedHeaderIsNotMatchedToTheSavedProfile() throws Exception {
        MappingProfile saved = saved(survey("march.xlsx", "Total weekly hours", 3));
        FilePreview changed = PreviewFiles.preview(survey("may.xlsx", "Total hours in the week", 3));

        MappingSuggestion suggestion = suggester.suggest(changed, PreviewFiles.pack(), null, List.of(saved));

        assertThat(suggester.headerSignature(changed, saved)).isNotEqualTo(saved.headerSignature());
        assertThat(suggestion.source()).isEqualTo("suggested");
        assertThat(suggestion.profile().sheets().get(0).columns().get(2).target()).isEqualTo("age_years");
    }

    @Test
    void aProfileForAnotherKindIsNotUsedWhenTheUserChoseTheKind() throws Exception {
        MappingProfile saved = saved(survey("march.xlsx", "Total weekly hours", 3));
        FilePreview april = PreviewFiles.preview(survey("april.xlsx", "Total weekly hours", 3));

        MappingSuggestion suggestion = suggester.suggest(april, PreviewFiles.pack(), DataSourceKind.GRIEVANCE,
                List.of(saved));

        assertThat(suggestion.source()).isEqualTo("suggested");
        assertThat(suggestion.profile().kind()).isEqualTo(DataSourceKind.GRIEVANCE);
    }

    @Test
    void aSavedCsvProfileFollowsTheNextFilesName() throws Exception {
        Path first = dir.resolve("hotline-2024.csv");
        Files.copy(PreviewFiles.SAMPLE_INPUTS.resolve("grievances.csv"), first);
        Path second = dir.resolve("hotline-2025.csv");
        Files.writeString(second, "\"Case ID\",\"Date received\",Supplier,Channel,Category,Description,Resolved,"
                + "\"Days open\"\nGRV-1,01/02/2025,Acme,Hotline,Wages,\"Late pay.\",No,3\n");
        MappingSuggestion firstSuggestion = suggester.suggest(PreviewFiles.preview(first), PreviewFiles.pack(), null,
                List.of());
        MappingProfile saved = new MappingProfile("Hotline export", firstSuggestion.profile().kind(),
                firstSuggestion.profile().headerSignature(), false, firstSuggestion.profile().sheets());

        FilePreview next = PreviewFiles.preview(second);
        MappingSuggestion suggestion = suggester.suggest(next, PreviewFiles.pack(), null, List.of(saved));

        assertThat(suggestion.source()).isEqualTo("saved profile Hotline export");
        assertThat(suggestion.profile().sheets().get(0).sheet()).isEqualTo(next.sheets().get(0).sheet().name())
                .isNotEqualTo(saved.sheets().get(0).sheet());
    }
}
