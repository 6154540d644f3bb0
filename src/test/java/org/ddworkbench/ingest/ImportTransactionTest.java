package org.ddworkbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ddworkbench.ingest.ImportTestSupport.counts;
import static org.ddworkbench.ingest.ImportTestSupport.options;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.model.SupplierSummary;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import lands whole or not at all; duplicates, skipped rows and undo leave exactly what they say. */
class ImportTransactionTest {
    private static final String HEADER = "Supplier Name,Country,Address,Sector,Activity,Tier,OS ID\n";

    private final ImportTestSupport support = new ImportTestSupport();
    @TempDir
    Path dir;
    private Project project;

    @BeforeEach
    void createProject() throws ProblemException {
        project = support.create(dir.resolve("project"));
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    @Test
    void aFileWhoseLastRowIsInvalidIsRefusedAndChangesNothing() throws Exception {
        Path file = supplierList("suppliers.csv", 50, "Atlantis");
        Map<String, Long> before = counts(project);

        ImportPreview preview = support.preview(project, file, listOptions());

        assertThat(preview.rowsRead()).isEqualTo(50);
        assertThat(preview.validRows()).isEqualTo(49);
        assertThat(preview.problemCount()).isEqualTo(1);
        ImportProblem problem = preview.problems().get(0);
        assertThat(problem.file()).isEqualTo("suppliers.csv");
        assertThat(problem.sheet()).isEqualTo("suppliers");
        assertThat(problem.row()).isEqualTo(51);
        assertThat(problem.column()).isEqualTo("B \"Country\"");
        assertThat(problem.value()).isEqualTo("Atlantis");
        assertThat(problem.reason()).contains("country");
        assertThatThrownBy(() -> support.service.commit(project, preview, listOptions(), ProgressListener.NONE,
                new CancellationToken())).isInstanceOf(FileRejectedException.class)
                .hasMessageContaining("1 problem").hasMessageContaining("row 51").hasMessageContaining("B \"Country\"");
        assertThat(counts(project)).isEqualTo(before);
    }

    @Test
    void countriesAreNormalisedThroughTheSupplierList() throws Exception {
        Path file = dir.resolve("countries.csv");
        Files.writeString(file, HEADER + "Mekong Delta Feed Mill JSC,Viet Nam,,,,Tier 2,\n"
                + "Songkhla Tidewater,THA,,,,Tier 1,\nAndaman Kestrel, thailand ,,,,2,\nOhio Cotton,United States,,,,,\n");
        support.importFile(project, file, listOptions("countries"));
        assertThat(support.service.suppliers(project)).extracting(SupplierSummary::name, SupplierSummary::country,
                SupplierSummary::tier).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Andaman Kestrel", "TH", 2),
                        org.assertj.core.groups.Tuple.tuple("Mekong Delta Feed Mill JSC", "VN", 2),
                        org.assertj.core.groups.Tuple.tuple("Ohio Cotton", "US", null),
                        org.assertj.core.groups.Tuple.tuple("Songkhla Tidewater", "TH", 1));
    }

    @Test
    void skippingInvalidRowsImportsTheRestAndRecordsWhichWereSkipped() throws Exception {
        Path file = supplierList("suppliers.csv", 50, "Atlantis");
        ImportOptions skip = listOptions().withSkipInvalidRows(true);

        ImportResult result = support.importFile(project, file, skip);

        assertThat(result.rowsImported()).isEqualTo(49);
        assertThat(result.rowsSkipped()).isEqualTo(1);
        assertThat(support.service.suppliers(project)).hasSize(49);
        assertThat(support.service.pendingMatches(project)).isEmpty();
        assertThat(support.service.imports(project).get(0).rowsSkipped()).isEqualTo(1);
        String summary = project.inTransaction(c -> new org.ddworkbench.store.ImportRepository()
                .summaryJson(c, result.importId()));
        assertThat(summary).contains("\"skippedRows\":{\"suppliers\":[51]}").doesNotContain("Atlantis");
        ActivityEntry logged = last();
        assertThat(logged.action()).isEqualTo("import.completed");
        assertThat(logged.detailJson()).contains("\"rowsSkipped\":1").doesNotContain("Atlantis");
    }

    @Test
    void aCancellationAtTheLastRowLeavesNothingOfTheImport() throws Exception {
        Path file = workerCsv(4_500);
        ImportOptions options = options(DataSourceKind.WORKER_SURVEY, workerMapping("workers-4500"));
        ImportPreview preview = support.preview(project, file, options);
        assertThat(preview.problems()).isEmpty();
        Map<String, Long> before = counts(project);
        CancellationToken token = new CancellationToken();
        double[] reached = {0};
        ProgressListener cancelAtTheEnd = (fraction, message) -> {
            reached[0] = fraction;
            if (fraction >= 1.0) {
                token.cancel();
            }
        };

        assertThatThrownBy(() -> support.service.commit(project, preview, options, cancelAtTheEnd, token))
                .isInstanceOf(CancellationException.class);

        assertThat(reached[0]).isEqualTo(1.0);
        assertThat(counts(project)).isEqualTo(before);
        assertThat(support.service.commit(project, preview, options, ProgressListener.NONE, new CancellationToken())
                .rowsImported()).isEqualTo(4_500);
        assertThat(ImportTestSupport.count(project, "SELECT COUNT(*) FROM worker_chunk")).isEqualTo(3);
    }

    @Test
    void theSameFileIsImportedOnceUnlessTheUserReplacesIt() throws Exception {
        Path file = supplierList("suppliers.csv", 5, null);
        ImportResult first = support.importFile(project, file, listOptions());

        ImportPreview again = support.preview(project, file, listOptions());
        assertThat(again.duplicateOfImportId()).isEqualTo(first.importId());
        Map<String, Long> before = counts(project);
        assertThatThrownBy(() -> support.service.commit(project, again, listOptions(), ProgressListener.NONE,
                new CancellationToken())).isInstanceOf(FileRejectedException.class)
                .hasMessageContaining("already imported on").hasMessageContaining("as import #" + first.importId())
                .hasMessageContaining("choose replace");
        assertThat(counts(project)).isEqualTo(before);

        ImportResult replaced = support.service.commit(project, again, listOptions().withReplaceDuplicate(true),
                ProgressListener.NONE, new CancellationToken());

        assertThat(support.service.imports(project)).singleElement()
                .satisfies(r -> assertThat(r.id()).isEqualTo(replaced.importId()));
        assertThat(support.service.suppliers(project)).hasSize(5);
        assertThat(project.activityLog().entries()).extracting(ActivityEntry::action)
                .endsWith("import.completed", "import.undone", "import.completed");
    }

    @Test
    void undoRemovesExactlyOneImportsDataAndIsLogged() throws Exception {
        Map<String, Long> empty = counts(project);
        ImportResult list = support.importFile(project, supplierList("suppliers.csv", 5, null), listOptions());
        Map<String, Long> afterList = counts(project);
        ImportResult workers = support.importFile(project, workerCsv(10), options(DataSourceKind.WORKER_SURVEY,
                workerMapping("workers-10")));
        assertThat(workers.suppliersCreated()).isEqualTo(1);

        support.service.undo(project, workers.importId());

        Map<String, Long> afterUndo = counts(project);
        afterUndo.put("activity_log", afterUndo.get("activity_log") - 2);
        assertThat(afterUndo).isEqualTo(afterList);
        assertThat(last().action()).isEqualTo("import.undone");
        assertThat(last().detailJson()).contains("\"importId\":" + workers.importId());

        support.service.undo(project, list.importId());

        Map<String, Long> none = counts(project);
        none.put("activity_log", none.get("activity_log") - 4);
        assertThat(none).isEqualTo(empty);
        assertThat(project.activityLog().verify().intact()).isTrue();
        assertThatThrownBy(() -> support.service.undo(project, 999)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("no import #999");
    }

    @Test
    void aLookAlikeSupplierIsListedForReviewAndNotMerged() throws Exception {
        Path first = dir.resolve("first.csv");
        Files.writeString(first, HEADER + "\"Gulf Lantern Seafoods Co., Ltd.\",TH,,,,,\n");
        Path second = dir.resolve("second.csv");
        Files.writeString(second, HEADER + "Gulf Lanturn Seafoods,Thailand,,,,,\n");
        support.importFile(project, first, listOptions("first"));

        ImportPreview preview = support.preview(project, second, listOptions("second"));

        assertThat(preview.uncertainMatches()).singleElement().satisfies(m -> {
            assertThat(m.nameAsWritten()).isEqualTo("Gulf Lanturn Seafoods");
            assertThat(m.candidateName()).isEqualTo("Gulf Lantern Seafoods Co., Ltd.");
            assertThat(m.row()).isEqualTo(2);
        });
        ImportResult result = support.service.commit(project, preview, listOptions("second"), ProgressListener.NONE,
                new CancellationToken());
        assertThat(result.suppliersCreated()).isEqualTo(1);
        assertThat(support.service.suppliers(project)).hasSize(2);
        assertThat(support.service.pendingMatches(project)).singleElement()
                .satisfies(m -> assertThat(m.country()).isEqualTo("TH"));
        support.service.undo(project, result.importId());
        assertThat(support.service.pendingMatches(project)).isEmpty();
        assertThat(support.service.suppliers(project)).hasSize(1);
    }

    private ActivityEntry last() throws java.sql.SQLException {
        List<ActivityEntry> entries = project.activityLog().entries();
        return entries.get(entries.size() - 1);
    }

    private static ImportOptions listOptions() {
        return listOptions("suppliers");
    }

    private static ImportOptions listOptions(String sheet) {
        return options(DataSourceKind.SUPPLIER_LIST, ImportTestSupport.supplierList(sheet));
    }

    /** A supplier list of {@code rows} suppliers; the last row's country is {@code lastCountry} when given. */
    private Path supplierList(String name, int rows, String lastCountry) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            String country = i == rows && lastCountry != null ? lastCountry : i % 2 == 0 ? "Thailand" : "KH";
            csv.append("\"Supplier ").append(i).append(" Co., Ltd.\",").append(country).append(",\"").append(i)
                    .append(" Moo 2, Tambon\",Apparel,Sewing,Tier ").append(1 + i % 2).append(",ID").append(i).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private Path workerCsv(int rows) throws IOException {
        StringBuilder csv = new StringBuilder("Respondent,Workplace,Hours,Overtime voluntary\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("R-").append(i).append(",Siam Canvas Works,").append(40 + i % 30).append(',')
                    .append(i % 3 == 0 ? "No" : "Yes").append('\n');
        }
        Path file = dir.resolve("workers-" + rows + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static org.ddworkbench.ingest.map.MappingProfile workerMapping(String sheet) {
        return ImportTestSupport.profile(DataSourceKind.WORKER_SURVEY, new org.ddworkbench.ingest.map.SheetMapping(
                sheet, org.ddworkbench.ingest.map.SheetRole.RESPONDENTS, org.ddworkbench.ingest.map.Layout.TABLE, 1,
                List.of(ImportTestSupport.field(0, "Respondent", org.ddworkbench.ingest.map.Field.RESPONDENT_KEY),
                        ImportTestSupport.field(1, "Workplace", org.ddworkbench.ingest.map.Field.SUPPLIER_NAME),
                        ImportTestSupport.metric(2, "Hours", "total_weekly_hours"),
                        ImportTestSupport.metric(3, "Overtime voluntary", "overtime_voluntary")), List.of()));
    }
}
