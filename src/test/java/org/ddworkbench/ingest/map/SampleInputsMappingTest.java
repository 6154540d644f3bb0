package org.ddworkbench.ingest.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.model.DataSourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample project's real input files are all recognised and mapped without help, with high confidence. */
class SampleInputsMappingTest {

    private static MappingSuggestion suggest(Path file) throws Exception {
        return PreviewFiles.suggester().suggest(PreviewFiles.preview(file), PreviewFiles.pack(), null, List.of());
    }

    private static SheetMapping sheet(MappingSuggestion suggestion, String name) {
        return suggestion.profile().sheets().stream().filter(s -> s.sheet().equals(name)).findFirst().orElseThrow();
    }

    /** Column letters → target (or kind for identifiers and ignored columns). */
    private static Map<String, String> targets(SheetMapping sheet) {
        Map<String, String> targets = new LinkedHashMap<>();
        for (ColumnMapping column : sheet.columns()) {
            targets.put(RawCell.columnLetters(column.column()),
                    column.target() != null ? column.target() : column.kind().name());
        }
        return targets;
    }

    /** Question → target (or IGNORE). */
    private static Map<String, String> questions(SheetMapping sheet) {
        Map<String, String> targets = new LinkedHashMap<>();
        sheet.rows().forEach(r -> targets.put(r.question(), r.target() != null ? r.target() : r.kind().name()));
        return targets;
    }

    static Stream<Path> saqFiles() throws IOException {
        return listed(PreviewFiles.SAMPLE_INPUTS.resolve("saq"));
    }

    static Stream<Path> auditFiles() throws IOException {
        return listed(PreviewFiles.SAMPLE_INPUTS.resolve("audits"));
    }

    private static Stream<Path> listed(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> xlsx = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
            assertThat(xlsx).isNotEmpty();
            return xlsx.stream();
        }
    }

    @Test
    void workerSurveyDropsIdentifiersAndMapsEveryQuestion() throws Exception {
        MappingSuggestion suggestion = suggest(PreviewFiles.SAMPLE_INPUTS.resolve("worker-survey.xlsx"));

        assertThat(suggestion.source()).isEqualTo("suggested");
        assertThat(suggestion.profile().kind()).isEqualTo(DataSourceKind.WORKER_SURVEY);
        assertThat(sheet(suggestion, "README").role()).isEqualTo(SheetRole.IGNORED);
        SheetMapping responses = sheet(suggestion, "Responses");
        assertThat(responses.role()).isEqualTo(SheetRole.RESPONDENTS);
        assertThat(responses.layout()).isEqualTo(Layout.TABLE);
        assertThat(responses.headerRow()).isEqualTo(1);
        assertThat(targets(responses)).containsExactly(
                entry("A", "RESPONDENT_KEY"), entry("B", "OBSERVED_ON"), entry("C", "IDENTIFIER"),
                entry("D", "IDENTIFIER"), entry("E", "IDENTIFIER"), entry("F", "SUPPLIER_NAME"),
                entry("G", "age_years"), entry("H", "gender"), entry("I", "IGNORE"), entry("J", "migrant_worker"),
                entry("K", "paid_recruitment_fee"), entry("L", "recruitment_fee_months_wages"),
                entry("M", "contract_in_own_language"), entry("N", "contract_before_departure"),
                entry("O", "employer_holds_my_documents"), entry("P", "wage_delay_days"),
                entry("Q", "loan_repayment_share_of_wage"), entry("R", "has_debt_to_employer_or_agent"),
                entry("S", "payslip_provided"), entry("T", "regular_weekly_hours"), entry("U", "total_weekly_hours"),
                entry("V", "overtime_voluntary"), entry("W", "free_to_leave_premises"),
                entry("X", "penalty_for_resigning"), entry("Y", "can_contact_family"), entry("Z", "physical_violence"),
                entry("AA", "threatened"), entry("AB", "threatened_with_denunciation"),
                entry("AC", "grievance_mechanism_known"));
        assertThat(suggestion.unmapped()).contains("Responses!I 'Nationality'");
        assertThat(suggestion.confidence()).allSatisfy((key, confidence) -> assertThat(confidence).isGreaterThanOrEqualTo(0.8));
        ColumnMapping gender = responses.columns().get(7);
        assertThat(gender.translations()).containsEntry("female", "woman").containsEntry("male", "man");
    }

    @Test
    void grievanceLogIsRecognisedWithItsDescriptionAsFreeText() throws Exception {
        MappingSuggestion suggestion = suggest(PreviewFiles.SAMPLE_INPUTS.resolve("grievances.csv"));

        assertThat(suggestion.profile().kind()).isEqualTo(DataSourceKind.GRIEVANCE);
        SheetMapping cases = suggestion.profile().sheets().get(0);
        assertThat(cases.role()).isEqualTo(SheetRole.CASES);
        assertThat(cases.headerRow()).isEqualTo(1);
        assertThat(targets(cases)).containsExactly(entry("A", "RESPONDENT_KEY"), entry("B", "OBSERVED_ON"),
                entry("C", "SUPPLIER_NAME"), entry("D", "GRIEVANCE_CHANNEL"), entry("E", "grievance_category"),
                entry("F", "FREE_TEXT"), entry("G", "grievance_resolved"), entry("H", "grievance_days_open"));
        assertThat(cases.columns().get(4).translations()).containsEntry("working hours", "hours")
                .containsEntry("id documents", "documents").containsEntry("accommodation", "housing")
                .containsEntry("health & safety", "health-and-safety");
        assertThat(suggestion.unmapped()).isEmpty();
        assertThat(suggestion.confidence().values()).allSatisfy(c -> assertThat(c).isGreaterThanOrEqualTo(0.9));
    }

    @Test
    void supplierListMapsMasterDataAndLeavesActivityUnmapped() throws Exception {
        MappingSuggestion suggestion = suggest(PreviewFiles.SAMPLE_INPUTS.resolve("suppliers.csv"));

        assertThat(suggestion.profile().kind()).isEqualTo(DataSourceKind.SUPPLIER_LIST);
        SheetMapping suppliers = suggestion.profile().sheets().get(0);
        assertThat(suppliers.role()).isEqualTo(SheetRole.SUPPLIERS);
        assertThat(targets(suppliers)).containsExactly(entry("A", "SUPPLIER_NAME"), entry("B", "SUPPLIER_COUNTRY"),
                entry("C", "SUPPLIER_ADDRESS"), entry("D", "SUPPLIER_SECTOR"), entry("E", "IGNORE"),
                entry("F", "SUPPLIER_TIER"), entry("G", "SUPPLIER_EXTERNAL_ID"));
        assertThat(suggestion.unmapped()).containsExactly(suppliers.sheet() + "!E 'Activity'");
    }

    @ParameterizedTest
    @MethodSource("saqFiles")
    void everySampleSaqIsALongQuestionnaireWithEveryMetricQuestionMapped(Path file) throws Exception {
        MappingSuggestion suggestion = suggest(file);

        assertThat(suggestion.profile().kind()).isEqualTo(DataSourceKind.SAQ);
        assertThat(sheet(suggestion, "Instructions").role()).isEqualTo(SheetRole.IGNORED);
        SheetMapping saq = sheet(suggestion, "SAQ");
        assertThat(saq.role()).isEqualTo(SheetRole.ANSWERS);
        assertThat(saq.layout()).isEqualTo(Layout.LONG);
        assertThat(saq.headerRow()).isEqualTo(1);
        assertThat(targets(saq)).containsExactly(entry("A", "QUESTION"), entry("B", "ANSWER"), entry("C", "COMMENT"));
        Map<String, String> questions = questions(saq);
        assertThat(questions).hasSize(21)
                .containsEntry("A1 Company name", "SUPPLIER_NAME")
                .containsEntry("A2 Site address", "SUPPLIER_ADDRESS")
                .containsEntry("A3 Date completed", "OBSERVED_ON")
                .containsEntry("A4 Completed by (job title)", "IGNORE")
                .containsEntry("A5 Total number of workers on site", "workers_total")
                .containsEntry("A6 Number of workers hired through labour agencies or sub-contractors", "agency_workers")
                .containsEntry("A7 Percentage of migrant workers", "migrant_worker_share")
                .containsEntry("C2 Are wages always paid in full and on time?", "wages_paid_on_time")
                .containsEntry("D1 Regular working hours per week (excluding overtime)", "regular_weekly_hours")
                .containsEntry("D2 Typical total working hours per week including overtime", "total_weekly_hours")
                .containsEntry("D3 Maximum weekly hours worked by any worker in the last 12 months",
                        "max_weekly_hours_declared")
                .containsEntry("D4 Is all overtime voluntary?", "overtime_voluntary")
                .containsEntry("D5 Do all workers get at least one day off in every seven days?", "weekly_rest_day")
                .containsEntry("E1 Notice period a worker must give to resign (days)", "resignation_notice_days")
                .containsEntry("E2 Longest fishing trip in the last 12 months (days at sea)", "max_days_at_sea")
                .containsEntry("F1 Is there a grievance mechanism workers can use without fear of retaliation?",
                        "grievance_mechanism_exists")
                .containsEntry("F2 Are workers represented by a trade union or an elected worker committee?",
                        "worker_representation");
        assertThat(questions.entrySet()).filteredOn(e -> e.getKey().startsWith("B1")).extracting(Map.Entry::getValue)
                .containsExactly("recruitment_fees_charged");
        assertThat(questions.entrySet()).filteredOn(e -> e.getKey().startsWith("B2")).extracting(Map.Entry::getValue)
                .containsExactly("employer_pays_policy");
        assertThat(questions.entrySet()).filteredOn(e -> e.getKey().startsWith("B3")).extracting(Map.Entry::getValue)
                .containsExactly("deposits_required");
        assertThat(questions.entrySet()).filteredOn(e -> e.getKey().startsWith("C1")).extracting(Map.Entry::getValue)
                .containsExactly("documents_held_by_employer");
        assertThat(suggestion.unmapped()).containsExactly(
                "Instructions (whole sheet: no table or list of questions found)", "SAQ!A5 'A4 Completed by (job title)'");
        assertThat(suggestion.confidence()).hasSize(20)
                .allSatisfy((key, confidence) -> assertThat(confidence).isGreaterThanOrEqualTo(0.8));
    }

    @ParameterizedTest
    @MethodSource("auditFiles")
    void everySampleAuditHasItsFactsFindingsAndObservationsMapped(Path file) throws Exception {
        MappingSuggestion suggestion = suggest(file);

        assertThat(suggestion.profile().kind()).isEqualTo(DataSourceKind.AUDIT);
        SheetMapping audit = sheet(suggestion, "Audit");
        assertThat(audit.role()).isEqualTo(SheetRole.AUDIT);
        assertThat(audit.layout()).isEqualTo(Layout.LONG);
        assertThat(questions(audit)).containsExactly(entry("Site", "SITE_NAME"), entry("Site address", "SUPPLIER_ADDRESS"),
                entry("Audit date", "audit_date"), entry("Scheme", "AUDIT_SCHEME"), entry("Auditor firm", "AUDITOR_FIRM"),
                entry("Audit type", "audit_type"), entry("Workers total", "workers_total"),
                entry("Workers interviewed", "workers_interviewed"), entry("Report reference", "IGNORE"));
        SheetMapping findings = sheet(suggestion, "Findings");
        assertThat(findings.role()).isEqualTo(SheetRole.FINDINGS);
        assertThat(findings.layout()).isEqualTo(Layout.TABLE);
        assertThat(targets(findings)).containsExactly(entry("A", "FINDING_CLAUSE"), entry("B", "FINDING_DESCRIPTION"),
                entry("C", "FINDING_SEVERITY"), entry("D", "FINDING_STATUS"));
        SheetMapping observations = sheet(suggestion, "Observations");
        assertThat(observations.layout()).isEqualTo(Layout.LONG);
        assertThat(questions(observations)).doesNotContainValue("IGNORE")
                .containsEntry("Average recruitment fee paid by interviewed workers (months of wages)",
                        "recruitment_fee_months_wages")
                .containsEntry("Migrant workers (%)", "migrant_worker_share")
                .containsEntry("Identity documents held by employer", "documents_held_by_employer")
                .containsEntry("Longest wage delay found (days)", "wage_delay_days")
                .containsEntry("Highest total weekly hours in time records", "total_weekly_hours")
                .containsEntry("Dormitory locked at night", "housing_locked_at_night")
                .containsEntry("Workers free to leave premises", "free_to_leave_premises");
        assertThat(suggestion.unmapped()).containsExactly(
                "README (whole sheet: no table or list of questions found)", "Audit!A10 'Report reference'");
        assertThat(suggestion.confidence().values()).allSatisfy(c -> assertThat(c).isGreaterThanOrEqualTo(0.8));
    }

    @Test
    void questionnairesOfTheSameLayoutShareTheirHeaderSignature() throws Exception {
        List<String> signatures = saqFiles().map(file -> {
            try {
                return suggest(file).profile().headerSignature();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct().toList();

        assertThat(signatures).hasSize(1);
        assertThat(signatures.get(0)).matches("[0-9a-f]{64}");
    }
}
