package org.ddworkbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ingest.ImportTestSupport.SAMPLE_INPUTS;
import static org.ddworkbench.ingest.ImportTestSupport.count;
import static org.ddworkbench.ingest.ImportTestSupport.options;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ImportRecord;
import org.ddworkbench.model.SupplierEvidence;
import org.ddworkbench.model.SupplierSummary;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.WorkerRecordStore;
import org.ddworkbench.store.WorkerRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file of the sample project imports, and the files' different spellings of suppliers meet in twelve suppliers. */
class SampleImportTest {
    private final ImportTestSupport support = new ImportTestSupport();

    @Test
    void everySampleFileImportsIntoTwelveLinkedSuppliers(@TempDir Path dir) throws Exception {
        try (Project project = support.create(dir.resolve("project"))) {
            ImportResult list = support.importFile(project, SAMPLE_INPUTS.resolve("suppliers.csv"),
                    options(DataSourceKind.SUPPLIER_LIST, ImportTestSupport.supplierList("suppliers")));
            assertThat(list.rowsImported()).isEqualTo(12);
            assertThat(list.suppliersCreated()).isEqualTo(12);

            for (Path saq : ImportTestSupport.files(SAMPLE_INPUTS.resolve("saq"))) {
                ImportPreview preview = support.preview(project, saq, options(DataSourceKind.SAQ, ImportTestSupport.saq()));
                assertThat(preview.problems()).as(saq.toString()).isEmpty();
                assertThat(preview.uncertainMatches()).isEmpty();
                support.importFile(project, saq, options(DataSourceKind.SAQ, ImportTestSupport.saq()));
            }
            for (Path audit : ImportTestSupport.files(SAMPLE_INPUTS.resolve("audits"))) {
                ImportPreview preview = support.preview(project, audit,
                        options(DataSourceKind.AUDIT, ImportTestSupport.audit()));
                assertThat(preview.problems()).as(audit.toString()).isEmpty();
                ImportResult result = support.importFile(project, audit,
                        options(DataSourceKind.AUDIT, ImportTestSupport.audit()));
                assertThat(result.suppliersCreated()).as(audit.toString()).isZero();
            }
            ImportPreview survey = support.preview(project, SAMPLE_INPUTS.resolve("worker-survey.xlsx"),
                    options(DataSourceKind.WORKER_SURVEY, ImportTestSupport.survey("Responses")));
            assertThat(survey.problems()).isEmpty();
            assertThat(survey.hiddenSheetsSkipped()).isEmpty();
            assertThat(survey.deidentification().droppedColumns())
                    .containsExactly("Respondent name", "Phone", "Passport / ID no.");
            assertThat(survey.deidentification().pseudonymisedColumns()).containsExactly("Respondent no.");
            assertThat(survey.deidentification().bandedColumns()).containsExactly("Age");
            ImportResult surveyResult = support.importFile(project, SAMPLE_INPUTS.resolve("worker-survey.xlsx"),
                    options(DataSourceKind.WORKER_SURVEY, ImportTestSupport.survey("Responses")));
            assertThat(surveyResult.rowsImported()).isEqualTo(302);
            assertThat(surveyResult.suppliersCreated()).isZero();
            ImportResult grievances = support.importFile(project, SAMPLE_INPUTS.resolve("grievances.csv"),
                    options(DataSourceKind.GRIEVANCE, ImportTestSupport.grievances("grievances")));
            assertThat(grievances.rowsImported()).isEqualTo(60);
            assertThat(grievances.deidentification().scrubbed()).containsKey("Description");
            assertThat(grievances.suppliersCreated()).isZero();

            List<SupplierSummary> suppliers = support.service.suppliers(project);
            assertThat(suppliers).hasSize(12);
            assertThat(support.service.pendingMatches(project)).isEmpty();
            Map<String, String> countries = suppliers.stream()
                    .collect(Collectors.toMap(SupplierSummary::name, SupplierSummary::country));
            assertThat(countries).containsEntry("Mekong Delta Feed Mill JSC", "VN")
                    .containsEntry("Andaman Kestrel Fishing Co.", "TH").containsEntry("Irrawaddy Cotton Spinners Ltd.", "MM");
            SupplierSummary moei = suppliers.stream().filter(s -> s.name().startsWith("Moei")).findFirst().orElseThrow();
            assertThat(moei.files()).isEqualTo(6);
            assertThat(moei.tier()).isEqualTo(1);
            assertThat(moei.externalId()).isEqualTo("TH2022015MRK5W8C");

            assertThat(count(project, "SELECT COUNT(*) FROM audit")).isEqualTo(15);
            assertThat(count(project, "SELECT COUNT(*) FROM audit_finding")).isPositive();
            assertThat(count(project, "SELECT COUNT(*) FROM audit_finding WHERE severity IS NULL")).isZero();
            assertThat(count(project, "SELECT COUNT(*) FROM audit_finding WHERE scheme_severity = 'Zero tolerance'"
                    + " AND severity <> 'CRITICAL'")).isZero();
            assertThat(count(project, "SELECT COUNT(*) FROM observation WHERE source_kind = 'SAQ'")).isGreaterThan(12 * 15);
            assertThat(count(project, "SELECT COUNT(*) FROM observation WHERE source_kind = 'AUDIT'"
                    + " AND audit_id IS NULL")).isZero();

            List<WorkerRow> rows = new ArrayList<>();
            project.inTransaction(c -> {
                new WorkerRecordStore().stream(c, 0, rows::add);
                return null;
            });
            assertThat(rows).hasSize(302 + 60);
            assertThat(rows).allSatisfy(r -> assertThat(r.supplierId()).isPositive());

            List<ImportRecord> imports = support.service.imports(project);
            assertThat(imports).hasSize(1 + 12 + 15 + 2);
            assertThat(imports.get(0).kind()).isEqualTo(DataSourceKind.GRIEVANCE);
            assertThat(project.activityLog().verify().intact()).isTrue();
            assertThat(project.activityLog().entries()).extracting(e -> e.action())
                    .filteredOn("import.completed"::equals).hasSize(30);

            List<SupplierEvidence> evidence = support.service.supplierEvidence(project, moei.id());
            assertThat(evidence).extracting(SupplierEvidence::kind).contains(DataSourceKind.SAQ, DataSourceKind.AUDIT,
                    DataSourceKind.WORKER_SURVEY, DataSourceKind.GRIEVANCE);
            assertThat(evidence).filteredOn(e -> e.kind() == DataSourceKind.WORKER_SURVEY)
                    .allSatisfy(e -> assertThat(e.value()).contains("answer"));
        }
    }
}
