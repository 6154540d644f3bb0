package org.ddworkbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ingest.ImportTestSupport.SAMPLE_INPUTS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.store.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With the standard parts, the suggester's mappings import the sample files, and a saved mapping is reused. */
class SuggestedMappingImportTest {
    private final ImportTestSupport support = new ImportTestSupport(ImportComponents.standard());

    @Test
    void theSuggestedMappingsImportTheSampleIntoTwelveSuppliers(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        files.add(SAMPLE_INPUTS.resolve("suppliers.csv"));
        files.addAll(ImportTestSupport.files(SAMPLE_INPUTS.resolve("saq")));
        files.addAll(ImportTestSupport.files(SAMPLE_INPUTS.resolve("audits")));
        files.add(SAMPLE_INPUTS.resolve("worker-survey.xlsx"));
        files.add(SAMPLE_INPUTS.resolve("grievances.csv"));
        try (Project project = support.create(dir.resolve("project"))) {
            for (Path file : files) {
                ImportPreview preview = support.preview(project, file, ImportOptions.DEFAULTS);
                // The only values the sample's foreign layouts carry that the pack cannot take are a few genders.
                assertThat(preview.problems()).as(file.toString())
                        .allSatisfy(p -> assertThat(p.column()).contains("Gender"));
                assertThat(preview.uncertainMatches()).isEmpty();
                support.service.commit(project, preview, ImportOptions.DEFAULTS.withSkipInvalidRows(true),
                        org.ddworkbench.task.ProgressListener.NONE, new org.ddworkbench.task.CancellationToken());
            }
            assertThat(support.service.suppliers(project)).hasSize(12);
            assertThat(support.service.imports(project)).extracting(r -> r.kind()).containsOnlyOnce(
                    DataSourceKind.SUPPLIER_LIST, DataSourceKind.WORKER_SURVEY, DataSourceKind.GRIEVANCE);
            assertThat(ImportTestSupport.count(project, "SELECT COUNT(*) FROM audit")).isEqualTo(15);
        }
    }

    @Test
    void aSavedMappingIsAppliedToTheNextFileWithTheSameHeaders(@TempDir Path dir) throws Exception {
        Path first = Files.copy(SAMPLE_INPUTS.resolve("suppliers.csv"), dir.resolve("partner-list.csv"));
        Path second = dir.resolve("partner-list-2.csv");
        Files.writeString(second, Files.readString(first).replace("Gulf Lantern Seafoods Co., Ltd.", "Siam Canvas Works"));
        try (Project project = support.create(dir.resolve("project"))) {
            ImportPreview preview = support.preview(project, first, ImportOptions.DEFAULTS);
            support.service.commit(project, preview, ImportOptions.DEFAULTS.withSaveMappingAs("Partner list"),
                    org.ddworkbench.task.ProgressListener.NONE, new org.ddworkbench.task.CancellationToken());

            List<MappingProfile> saved = support.service.savedMappings(project);
            assertThat(saved).singleElement().satisfies(p -> {
                assertThat(p.name()).isEqualTo("Partner list");
                assertThat(p.kind()).isEqualTo(DataSourceKind.SUPPLIER_LIST);
                assertThat(p.headerSignature()).isNotBlank();
            });
            assertThat(support.service.imports(project).get(0).mappingName()).isEqualTo("Partner list");
            ImportPreview next = support.preview(project, second, ImportOptions.DEFAULTS);
            assertThat(next.mapping().source()).contains("Partner list");
            assertThat(next.problems()).isEmpty();
        }
    }
}
