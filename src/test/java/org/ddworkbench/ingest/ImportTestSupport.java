package org.ddworkbench.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ddworkbench.ingest.map.ColumnMapping;
import org.ddworkbench.ingest.map.Field;
import org.ddworkbench.ingest.map.Layout;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.ingest.map.MappingSuggester;
import org.ddworkbench.ingest.map.RowMapping;
import org.ddworkbench.ingest.map.SheetMapping;
import org.ddworkbench.ingest.map.SheetRole;
import org.ddworkbench.ingest.map.TargetKind;
import org.ddworkbench.ingest.read.TableReaders;
import org.ddworkbench.ingest.value.DefaultValueParser;
import org.ddworkbench.ingest.value.HmacDeidentifier;
import org.ddworkbench.ingest.value.IsoCountryNormalizer;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * Shared set-up for import tests: a real encrypted project, the real readers and parsers, and mappings for the
 * sample project's layouts written out by hand, so these tests exercise the pipeline whatever the suggester
 * proposes.
 */
final class ImportTestSupport {
    static final String PASSPHRASE = "correct horse battery staple";
    static final Path SAMPLE_INPUTS = Path.of("sample-projects/thai-seafood-apparel/inputs");
    static final List<String> TABLES = List.of("import_batch", "supplier", "supplier_fill", "supplier_mention",
            "audit", "audit_finding", "observation", "worker_chunk", "worker_tally", "mapping_profile");

    final JsonPackReader packReader = new JsonPackReader();
    final H2ProjectService projects = new H2ProjectService(packReader, 1_000);
    final DefaultImportService service;

    ImportTestSupport() {
        this(new TableReaders()::forFile);
    }

    ImportTestSupport(TableReaderFactory readers) {
        this(new ImportComponents(readers, unusedSuggester(), new DefaultValueParser(), new IsoCountryNormalizer(),
                HmacDeidentifier::new, unusedCodec()));
    }

    ImportTestSupport(ImportComponents components) {
        service = new DefaultImportService(components);
    }

    Project create(Path dir) throws ProblemException {
        return projects.create(dir, "Import test", PASSPHRASE.toCharArray(), packReader.bundled());
    }

    ImportPreview preview(Project project, Path file, ImportOptions options) throws ProblemException {
        return service.preview(project, file, options, ProgressListener.NONE, new CancellationToken());
    }

    ImportResult importFile(Project project, Path file, ImportOptions options) throws ProblemException {
        ImportPreview preview = preview(project, file, options);
        return service.commit(project, preview, options, ProgressListener.NONE, new CancellationToken());
    }

    static ImportOptions options(DataSourceKind kind, MappingProfile mapping) {
        return ImportOptions.DEFAULTS.withKind(kind).withMapping(mapping);
    }

    /** Rows per import table, to compare the store before and after. */
    static Map<String, Long> counts(Project project) throws SQLException {
        return project.inTransaction(c -> {
            Map<String, Long> counts = new TreeMap<>();
            for (String table : TABLES) {
                counts.put(table, count(c, "SELECT COUNT(*) FROM " + table));
            }
            counts.put("activity_log", count(c, "SELECT COUNT(*) FROM activity_log"));
            return counts;
        });
    }

    static long count(Project project, String sql) throws SQLException {
        return project.inTransaction(c -> count(c, sql));
    }

    private static long count(java.sql.Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String sha256(Path file) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> files(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- Mappings of the sample layouts -------------------------------------------------------------------

    static MappingProfile supplierList(String sheet) {
        return profile(DataSourceKind.SUPPLIER_LIST, new SheetMapping(sheet, SheetRole.SUPPLIERS, Layout.TABLE, 1,
                List.of(field(0, "Supplier Name", Field.SUPPLIER_NAME), field(1, "Country", Field.SUPPLIER_COUNTRY),
                        field(2, "Address", Field.SUPPLIER_ADDRESS), field(3, "Sector", Field.SUPPLIER_SECTOR),
                        ColumnMapping.ignore(4, "Activity"), field(5, "Tier", Field.SUPPLIER_TIER),
                        field(6, "OS ID", Field.SUPPLIER_EXTERNAL_ID)), List.of()));
    }

    static MappingProfile saq() {
        List<RowMapping> rows = new ArrayList<>();
        rows.add(rowField("A1 Company name", Field.SUPPLIER_NAME));
        rows.add(rowField("A2 Site address", Field.SUPPLIER_ADDRESS));
        rows.add(rowField("A3 Date completed", Field.OBSERVED_ON));
        rows.add(new RowMapping("A4 Completed by (job title)", TargetKind.IGNORE, null, Map.of(), 1));
        rows.add(rowMetric("A5 Total number of workers on site", "workers_total"));
        rows.add(rowMetric("A6 Number of workers hired through labour agencies or sub-contractors", "agency_workers"));
        rows.add(rowMetric("A7 Percentage of migrant workers", "migrant_worker_share"));
        rows.add(rowMetric("B1 Are workers charged any recruitment fees or related costs (agency fees, visa,"
                + " medical check, travel)?", "recruitment_fees_charged"));
        rows.add(rowMetric("B2 Does the company have a written policy that the employer pays all recruitment"
                + " fees and costs (Employer Pays Principle)?", "employer_pays_policy"));
        rows.add(rowMetric("B3 Are workers required to pay deposits (for example for uniforms, tools or"
                + " accommodation)?", "deposits_required"));
        rows.add(rowMetric("C1 Does the company or its agent keep workers' passports, work permits or other"
                + " identity documents?", "documents_held_by_employer"));
        rows.add(rowMetric("C2 Are wages always paid in full and on time?", "wages_paid_on_time"));
        rows.add(rowMetric("D1 Regular working hours per week (excluding overtime)", "regular_weekly_hours"));
        rows.add(rowMetric("D2 Typical total working hours per week including overtime", "total_weekly_hours"));
        rows.add(rowMetric("D3 Maximum weekly hours worked by any worker in the last 12 months",
                "max_weekly_hours_declared"));
        rows.add(rowMetric("D4 Is all overtime voluntary?", "overtime_voluntary"));
        rows.add(rowMetric("D5 Do all workers get at least one day off in every seven days?", "weekly_rest_day"));
        rows.add(rowMetric("E1 Notice period a worker must give to resign (days)", "resignation_notice_days"));
        rows.add(rowMetric("E2 Longest fishing trip in the last 12 months (days at sea)", "max_days_at_sea"));
        rows.add(rowMetric("F1 Is there a grievance mechanism workers can use without fear of retaliation?",
                "grievance_mechanism_exists"));
        rows.add(rowMetric("F2 Are workers represented by a trade union or an elected worker committee?",
                "worker_representation"));
        return profile(DataSourceKind.SAQ, new SheetMapping("SAQ", SheetRole.ANSWERS, Layout.LONG, 1,
                List.of(field(0, "Question", Field.QUESTION), field(1, "Answer", Field.ANSWER),
                        field(2, "Comment", Field.COMMENT)), rows));
    }

    static MappingProfile audit() {
        List<RowMapping> facts = List.of(rowField("Site", Field.SITE_NAME), rowField("Site address", Field.SUPPLIER_ADDRESS),
                rowField("Audit date", Field.OBSERVED_ON), rowField("Scheme", Field.AUDIT_SCHEME),
                rowField("Auditor firm", Field.AUDITOR_FIRM), rowMetric("Audit type", "audit_type"),
                rowMetric("Workers total", "workers_total"), rowMetric("Workers interviewed", "workers_interviewed"),
                new RowMapping("Report reference", TargetKind.IGNORE, null, Map.of(), 1));
        String[][] observed = {
            {"Recruitment fees charged to workers", "recruitment_fees_charged"},
            {"Employer Pays policy in place", "employer_pays_policy"},
            {"Average recruitment fee paid by interviewed workers (months of wages)", "recruitment_fee_months_wages"},
            {"Contracts in a language workers understand", "contract_in_own_language"},
            {"Agency workers", "agency_workers"},
            {"Migrant workers (%)", "migrant_worker_share"},
            {"Identity documents held by employer", "documents_held_by_employer"},
            {"Documents returned on demand", "documents_returned_on_demand"},
            {"Wages paid on time", "wages_paid_on_time"},
            {"Longest wage delay found (days)", "wage_delay_days"},
            {"Highest loan repayment as share of monthly wage (%)", "loan_repayment_share_of_wage"},
            {"Deposits required", "deposits_required"},
            {"Payslips provided", "payslip_provided"},
            {"Average regular weekly hours", "regular_weekly_hours"},
            {"Highest total weekly hours in time records", "total_weekly_hours"},
            {"Overtime voluntary", "overtime_voluntary"},
            {"Weekly rest day", "weekly_rest_day"},
            {"Workers free to leave premises", "free_to_leave_premises"},
            {"Dormitory locked at night", "housing_locked_at_night"},
            {"Resignation notice required (days)", "resignation_notice_days"},
            {"Penalty for resigning", "penalty_for_resigning"},
            {"Longest trip at sea (days)", "max_days_at_sea"},
            {"Housing adequate", "housing_adequate"},
            {"Grievance mechanism exists", "grievance_mechanism_exists"},
            {"Worker representation", "worker_representation"}};
        List<RowMapping> observations = new ArrayList<>();
        for (String[] o : observed) {
            observations.add(rowMetric(o[0], o[1]));
        }
        return new MappingProfile("sample audit", DataSourceKind.AUDIT, null, false, List.of(
                new SheetMapping("README", SheetRole.IGNORED, Layout.TABLE, 0, List.of(), List.of()),
                new SheetMapping("Audit", SheetRole.AUDIT, Layout.LONG, 1,
                        List.of(field(0, "Field", Field.QUESTION), field(1, "Value", Field.ANSWER)), facts),
                new SheetMapping("Findings", SheetRole.FINDINGS, Layout.TABLE, 1,
                        List.of(field(0, "Clause", Field.FINDING_CLAUSE), field(1, "Description", Field.FINDING_DESCRIPTION),
                                field(2, "Severity", Field.FINDING_SEVERITY), field(3, "Status", Field.FINDING_STATUS)),
                        List.of()),
                new SheetMapping("Observations", SheetRole.AUDIT, Layout.LONG, 1,
                        List.of(field(0, "Metric", Field.QUESTION), field(1, "Value", Field.ANSWER)), observations)));
    }

    static MappingProfile survey(String sheet) {
        List<ColumnMapping> columns = new ArrayList<>(List.of(field(0, "Respondent no.", Field.RESPONDENT_KEY),
                field(1, "Interview date", Field.OBSERVED_ON), identifier(2, "Respondent name"),
                identifier(3, "Phone"), identifier(4, "Passport / ID no."), field(5, "Workplace", Field.SUPPLIER_NAME),
                metric(6, "Age", "age_years"),
                new ColumnMapping(7, "Gender", TargetKind.METRIC, "gender", Map.of("female", "woman", "male", "man",
                        "other", "another", "prefer not to say", "prefer-not-to-say"), 1),
                ColumnMapping.ignore(8, "Nationality")));
        String[] metrics = {"migrant_worker", "paid_recruitment_fee", "recruitment_fee_months_wages",
            "contract_in_own_language", "contract_before_departure", "employer_holds_my_documents", "wage_delay_days",
            "loan_repayment_share_of_wage", "has_debt_to_employer_or_agent", "payslip_provided", "regular_weekly_hours",
            "total_weekly_hours", "overtime_voluntary", "free_to_leave_premises", "penalty_for_resigning",
            "can_contact_family", "physical_violence", "threatened", "threatened_with_denunciation",
            "grievance_mechanism_known"};
        for (int i = 0; i < metrics.length; i++) {
            columns.add(metric(9 + i, metrics[i], metrics[i]));
        }
        return profile(DataSourceKind.WORKER_SURVEY, new SheetMapping(sheet, SheetRole.RESPONDENTS, Layout.TABLE, 1,
                columns, List.of()));
    }

    static MappingProfile grievances(String sheet) {
        return profile(DataSourceKind.GRIEVANCE, new SheetMapping(sheet, SheetRole.CASES, Layout.TABLE, 1, List.of(
                field(0, "Case ID", Field.RESPONDENT_KEY), field(1, "Date received", Field.OBSERVED_ON),
                field(2, "Supplier", Field.SUPPLIER_NAME), field(3, "Channel", Field.GRIEVANCE_CHANNEL),
                new ColumnMapping(4, "Category", TargetKind.METRIC, "grievance_category", Map.of(
                        "id documents", "documents", "working hours", "hours", "recruitment fees", "recruitment-fees",
                        "accommodation", "housing", "health & safety", "health-and-safety"), 1),
                field(5, "Description", Field.FREE_TEXT), metric(6, "Resolved", "grievance_resolved"),
                metric(7, "Days open", "grievance_days_open")), List.of()));
    }

    static MappingProfile profile(DataSourceKind kind, SheetMapping sheet) {
        return new MappingProfile("test " + kind.name().toLowerCase(), kind, null, false, List.of(sheet));
    }

    static ColumnMapping field(int column, String header, Field field) {
        return new ColumnMapping(column, header, TargetKind.FIELD, field.name(), Map.of(), 1);
    }

    static ColumnMapping metric(int column, String header, String metric) {
        return new ColumnMapping(column, header, TargetKind.METRIC, metric, Map.of(), 1);
    }

    static ColumnMapping identifier(int column, String header) {
        return new ColumnMapping(column, header, TargetKind.IDENTIFIER, null, Map.of(), 1);
    }

    private static RowMapping rowField(String question, Field field) {
        return new RowMapping(question, TargetKind.FIELD, field.name(), Map.of(), 1);
    }

    private static RowMapping rowMetric(String question, String metric) {
        return new RowMapping(question, TargetKind.METRIC, metric, Map.of(), 1);
    }

    /** Until a test needs the suggester or profile JSON, they must not be called. */
    private static MappingSuggester unusedSuggester() {
        return new MappingSuggester() {
            @Override
            public org.ddworkbench.ingest.map.MappingSuggestion suggest(org.ddworkbench.ingest.map.FilePreview preview,
                    org.ddworkbench.model.MetricPack pack, DataSourceKind kind, List<MappingProfile> saved) {
                throw new AssertionError("the suggester is not used in this test");
            }

            @Override
            public String headerSignature(org.ddworkbench.ingest.map.FilePreview preview, MappingProfile profile) {
                return "test-signature";
            }
        };
    }

    private static MappingProfileCodec unusedCodec() {
        return new MappingProfileCodec() {
            @Override
            public String toJson(MappingProfile profile) {
                return "{\"name\":\"" + profile.name() + "\"}";
            }

            @Override
            public MappingProfile fromJson(String json) {
                throw new AssertionError("profile JSON is not read in this test");
            }
        };
    }
}
