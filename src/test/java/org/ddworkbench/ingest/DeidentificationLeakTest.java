package org.ddworkbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ddworkbench.ingest.ImportTestSupport.field;
import static org.ddworkbench.ingest.ImportTestSupport.identifier;
import static org.ddworkbench.ingest.ImportTestSupport.metric;
import static org.ddworkbench.ingest.ImportTestSupport.options;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddworkbench.check.CheckService;
import org.ddworkbench.check.DefaultCheckService;
import org.ddworkbench.ingest.map.Field;
import org.ddworkbench.ingest.map.Layout;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.ingest.map.SheetMapping;
import org.ddworkbench.ingest.map.SheetRole;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.WorkerRecordStore;
import org.ddworkbench.store.WorkerRow;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names, phone numbers, passport numbers and e-mail addresses in a worker survey and a grievance log reach no
 * file of the project, no file made in the temp folder and no log record; the stored rows hold only
 * pseudonyms, bands and scrubbed text.
 */
class DeidentificationLeakTest {
    private static final String[] NAMES = {"Zyxwarine Quokkaberg", "Thantrelle Moonwhistle", "Oskarbel Fjordquist"};
    private static final String[] PHONES = {"+66 81 555 0199", "081-555-7342", "09 5557 3311"};
    private static final String[] PASSPORTS = {"ZQ9876543", "MT4455667", "PX1029384"};
    private static final String[] EMAILS = {"zyx.quokka@example.net", "thantrelle.mw@example.net", "oskar.fq@example.net"};
    private static final String HEADER = "Respondent no.,Interview date,Respondent name,Phone,Passport no.,E-mail,"
            + "Workplace,Age,Total hours last week,Comments\n";

    private final ImportTestSupport support = new ImportTestSupport();
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringWriter text = new StringWriter();
            text.append(record.getLoggerName()).append(' ').append(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                text.append(' ').append(Arrays.deepToString(record.getParameters()));
            }
            if (record.getThrown() != null) {
                record.getThrown().printStackTrace(new PrintWriter(text));
            }
            synchronized (logged) {
                logged.add(text.toString());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger root = Logger.getLogger("");
    private final Logger ours = Logger.getLogger("org.ddworkbench");
    private Level rootLevel;
    private Level ourLevel;

    @TempDir
    Path dir;

    @BeforeEach
    void captureEveryLogRecord() {
        rootLevel = root.getLevel();
        ourLevel = ours.getLevel();
        root.setLevel(Level.ALL);
        ours.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
    }

    @AfterEach
    void restoreLogging() {
        root.removeHandler(capture);
        root.setLevel(rootLevel);
        ours.setLevel(ourLevel);
    }

    @Test
    void noIdentifierReachesTheProjectTheTempFolderOrTheLogs() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Path csv = surveyCsv(inputs.resolve("survey.csv"));
        Path xlsx = surveyXlsx(inputs.resolve("survey.xlsx"));
        Path grievances = grievances(inputs.resolve("cases.csv"));
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Map<Path, Long> tmpBefore = listing(tmp);
        long started = System.currentTimeMillis() - 2_000;
        Path projectDir = dir.resolve("project");
        List<WorkerRow> rows = new ArrayList<>();

        try (Project project = support.create(projectDir)) {
            ImportOptions csvOptions = options(DataSourceKind.WORKER_SURVEY, survey("survey"));
            ImportPreview preview = support.preview(project, csv, csvOptions);
            assertThat(preview.problemCount()).isEqualTo(1);
            assertThat(preview.problems().get(0).value()).isEmpty();
            assertThat(preview.problems().get(0).row()).isEqualTo(5);
            assertThatThrownBy(() -> support.service.commit(project, preview, csvOptions, ProgressListener.NONE,
                    new CancellationToken())).satisfies(e -> assertNoIdentifier(e.getMessage()));
            ImportResult fromCsv = support.importFile(project, csv, csvOptions.withSkipInvalidRows(true));
            assertThat(fromCsv.rowsImported()).isEqualTo(3);
            assertThat(fromCsv.deidentification().droppedColumns())
                    .containsExactly("Respondent name", "Phone", "Passport no.", "E-mail");
            assertThat(fromCsv.deidentification().scrubbed().get("Comments")).isEqualTo(6);
            support.importFile(project, xlsx, options(DataSourceKind.WORKER_SURVEY, survey("Survey"))
                    .withSkipInvalidRows(true));
            ImportResult cases = support.importFile(project, grievances,
                    options(DataSourceKind.GRIEVANCE, ImportTestSupport.grievances("cases")));
            assertThat(cases.deidentification().scrubbed().get("Description")).isEqualTo(9);
            project.inTransaction(c -> {
                new WorkerRecordStore().stream(c, 0, rows::add);
                return null;
            });
            support.service.supplierEvidence(project, support.service.suppliers(project).get(0).id())
                    .forEach(e -> assertNoIdentifier(e.value()));
            // Cross-checks copy values into findings and their evidence: none may carry an identifier either.
            CheckService checks = new DefaultCheckService();
            checks.run(project, new CheckService.CheckOptions(LocalDate.of(2025, 6, 30), false), ProgressListener.NONE,
                    new CancellationToken());
            assertThat(checks.findings(project, CheckService.FindingQuery.ALL)).isNotEmpty().allSatisfy(finding -> {
                assertNoIdentifier(finding.title() + finding.explanation() + finding.values());
                finding.evidence().forEach(cell -> assertNoIdentifier(cell.value() + cell.sheet()));
            });
            project.activityLog().entries().forEach(e -> assertNoIdentifier(e.summary() + e.detailJson()));
        }

        assertThat(rows).hasSize(3 + 3 + 3);
        for (WorkerRow row : rows) {
            assertThat(row.respondent()).matches("[0-9a-f]{64}");
            for (Object value : row.values()) {
                assertNoIdentifier(String.valueOf(value));
            }
        }
        assertThat(rows).extracting(r -> r.value("age_years")).filteredOn(v -> v != null)
                .allSatisfy(v -> assertThat(v).isInstanceOf(String.class));
        assertThat(rows).extracting(r -> (String) r.value("_free_text")).filteredOn(t -> t != null)
                .anySatisfy(t -> assertThat(t).contains("[phone]"));
        for (String secret : secrets()) {
            assertThat(ImportScan.filesContaining(projectDir, secret)).as("project folder: " + secret).isEmpty();
            assertThat(ImportScan.filesContaining(newFiles(tmp, tmpBefore, started, dir), secret))
                    .as("temp folder: " + secret).isEmpty();
            synchronized (logged) {
                assertThat(logged).as("log records").noneMatch(line -> line.contains(secret));
            }
        }
        assertThat(logged).as("the capture works").isNotEmpty();
    }

    private static void assertNoIdentifier(String text) {
        for (String secret : secrets()) {
            assertThat(text).doesNotContain(secret);
        }
    }

    private static List<String> secrets() {
        List<String> all = new ArrayList<>();
        for (String[] kind : new String[][] {NAMES, PHONES, PASSPORTS, EMAILS}) {
            all.addAll(List.of(kind));
        }
        all.add("Quokkaberg");
        all.add("5550199");
        return all;
    }

    private static MappingProfile survey(String sheet) {
        return ImportTestSupport.profile(DataSourceKind.WORKER_SURVEY, new SheetMapping(sheet, SheetRole.RESPONDENTS,
                Layout.TABLE, 1, List.of(field(0, "Respondent no.", Field.RESPONDENT_KEY),
                        field(1, "Interview date", Field.OBSERVED_ON), identifier(2, "Respondent name"),
                        identifier(3, "Phone"), identifier(4, "Passport no."), identifier(5, "E-mail"),
                        field(6, "Workplace", Field.SUPPLIER_NAME), metric(7, "Age", "age_years"),
                        metric(8, "Total hours last week", "total_weekly_hours"),
                        field(9, "Comments", Field.FREE_TEXT)), List.of()));
    }

    private static String[][] surveyRows() {
        String[][] rows = new String[4][];
        for (int i = 0; i < 3; i++) {
            rows[i] = new String[] {PASSPORTS[i], "2025-04-0" + (i + 1), NAMES[i], PHONES[i], PASSPORTS[i], EMAILS[i],
                "Siam Canvas Works", Integer.toString(19 + i * 11), Integer.toString(60 + i),
                "Call me on " + PHONES[i] + " or write to " + EMAILS[i]};
        }
        // An invalid hours cell holding a phone number: its problem must not show the value.
        rows[3] = new String[] {"R-4", "2025-04-04", NAMES[0], PHONES[0], PASSPORTS[0], EMAILS[0],
            "Siam Canvas Works", "33", PHONES[0], ""};
        return rows;
    }

    private static Path surveyCsv(Path file) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String[] row : surveyRows()) {
            csv.append(String.join(",", Arrays.stream(row).map(v -> "\"" + v + "\"").toList())).append('\n');
        }
        return Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private static Path surveyXlsx(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Survey");
            String[] headers = HEADER.strip().split(",");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            String[][] rows = surveyRows();
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.getProperties().getCoreProperties().setCreator(NAMES[1]);
            workbook.write(out);
        }
        return file;
    }

    private static Path grievances(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("Case ID,Date received,Supplier,Channel,Category,Description,Resolved,"
                + "Days open\n");
        for (int i = 0; i < 3; i++) {
            csv.append(PASSPORTS[i]).append(",0").append(i + 1).append("/05/2025,Siam Canvas Works,Hotline,Wages,\"")
                    .append("HR keeps passport ").append(PASSPORTS[i]).append("; call ").append(PHONES[i])
                    .append(" or mail ").append(EMAILS[i]).append("\",No,").append(10 + i).append('\n');
        }
        return Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private static Map<Path, Long> listing(Path root) throws IOException {
        Map<Path, Long> files = new HashMap<>();
        try (Stream<Path> paths = Files.walk(root, 3)) {
            paths.filter(Files::isRegularFile).forEach(p -> files.put(p, p.toFile().lastModified()));
        } catch (IOException | java.io.UncheckedIOException e) {
            // Other processes' temporary files come and go while we walk.
        }
        return files;
    }

    /** Files in the temp folder that are new or changed since the test began, outside this test's own folder. */
    private static List<Path> newFiles(Path tmp, Map<Path, Long> before, long since, Path ownDir) throws IOException {
        List<Path> changed = new ArrayList<>();
        for (Map.Entry<Path, Long> now : listing(tmp).entrySet()) {
            Long then = before.get(now.getKey());
            boolean fresh = then == null || now.getValue() > then || now.getValue() >= since;
            if (fresh && !now.getKey().startsWith(ownDir)) {
                changed.add(now.getKey());
            }
        }
        return changed;
    }
}
