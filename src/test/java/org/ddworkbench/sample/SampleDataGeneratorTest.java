package org.ddworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated sample files: deterministic, identical to the committed copy, fictional, and telling the intended story. */
class SampleDataGeneratorTest {
    /** The committed copy; relative to the module folder, where Maven runs the tests. */
    private static final Path COMMITTED = Path.of("sample-projects", "thai-seafood-apparel", "inputs");

    @TempDir
    static Path generated;

    @BeforeAll
    static void generate() throws IOException {
        new SampleDataGenerator().generate(generated, ProgressListener.NONE, new CancellationToken());
    }

    @Test
    void committedSampleFilesMatchWhatTheGeneratorWrites() throws IOException {
        assertThat(COMMITTED).as("run: java -jar target/ddworkbench.jar sample --inputs-only"
                + " --dir sample-projects/thai-seafood-apparel").isDirectory();
        Map<String, String> expected = SampleFiles.contents(generated);
        Map<String, String> committed = SampleFiles.contents(COMMITTED);
        assertThat(committed.keySet()).containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertThat(committed.get(file.getKey())).as(file.getKey()
                    + " differs from the generator; regenerate the committed sample (see its README)")
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void workbooksAreByteIdenticalToTheCommittedOnesSoRegeneratingChangesNothing() throws IOException {
        try (Stream<Path> files = Files.walk(generated)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                Path committed = COMMITTED.resolve(generated.relativize(file).toString());
                assertThat(Files.readAllBytes(committed)).as(committed.toString()).isEqualTo(Files.readAllBytes(file));
            }
        }
    }

    @Test
    void writesTheExpectedFilesAndStaysSmall() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.walk(generated)) {
            names = files.filter(Files::isRegularFile)
                    .map(f -> generated.relativize(f).toString().replace('\\', '/')).toList();
        }
        assertThat(names).contains("README.md", "suppliers.csv", "worker-survey.xlsx", "grievances.csv",
                "saq/gulf-lantern-seafoods.xlsx", "audits/moei-river-knitting-2024-09.xlsx");
        assertThat(names).filteredOn(n -> n.startsWith("saq/")).hasSize(12);
        assertThat(names).filteredOn(n -> n.startsWith("audits/")).hasSize(15);
        long total;
        try (Stream<Path> files = Files.walk(generated)) {
            total = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(total).isLessThan(600_000);
    }

    @Test
    void workbooksHaveNoAuthorAndAFixedCreationDate() throws IOException {
        try (InputStream in = Files.newInputStream(generated.resolve("worker-survey.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isNullOrEmpty();
            assertThat(core.getCreated().toInstant().toString()).isEqualTo("2025-06-30T09:00:00Z");
        }
    }

    @Test
    void everyWorkbookSaysOnItsFirstSheetThatItIsFictional() throws IOException {
        try (Stream<Path> files = Files.walk(generated)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                    assertThat(workbook.getSheetAt(0).getSheetName()).isIn("README", "Instructions");
                    assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                            .as(file.getFileName().toString()).contains("FICTIONAL SAMPLE DATA");
                }
            }
        }
        assertThat(Files.readString(generated.resolve("README.md"))).contains("**invented**");
    }

    @Test
    void supplierListSpellsCountriesInconsistently() throws IOException {
        List<String> lines = Files.readAllLines(generated.resolve("suppliers.csv"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(13);
        assertThat(lines.get(0)).isEqualTo("\"Supplier Name\",Country,Address,Sector,Activity,Tier,\"OS ID\"");
        String all = String.join("\n", lines);
        assertThat(all).contains(",TH,", ",Thailand,", ",THA,", "\" thailand \"", "Viet Nam");
    }

    @Test
    void workerSurveyConcentratesFeesDocumentsAndLongHoursInTwoSuppliers() throws IOException {
        List<List<String>> rows = SampleFiles.rows(generated.resolve("worker-survey.xlsx"), "Responses");
        List<String> header = rows.get(0);
        List<List<String>> answers = rows.subList(1, rows.size());
        assertThat(answers).hasSizeBetween(280, 320);
        int workplace = header.indexOf("Workplace");
        int fee = header.indexOf("Did you pay any fee or cost to get this job?");
        int documents = header.indexOf("Does your employer or agent keep your passport or ID card?");
        int hours = header.indexOf("Total hours last week, with overtime");

        assertThat(share(answers, workplace, "Gulf Lantern Seafoods", r -> "Yes".equals(r.get(fee)))).isGreaterThan(0.4);
        assertThat(share(answers, workplace, "Gulf Lantern Seafoods", r -> "Yes".equals(r.get(documents))))
                .isGreaterThan(0.3);
        assertThat(share(answers, workplace, "Moei River Knitting", r -> Double.parseDouble(r.get(hours)) >= 66))
                .isGreaterThan(0.4);
        assertThat(share(answers, workplace, "Lotus Loom Garments", r -> "Yes".equals(r.get(fee)))).isLessThan(0.1);
        assertThat(share(answers, workplace, "Blue Mangrove Tuna", r -> Double.parseDouble(r.get(hours)) >= 66))
                .isLessThan(0.1);
    }

    @Test
    void selfAssessmentDeniesFeesThatWorkersAndTheUnannouncedAuditReport() throws IOException {
        List<List<String>> saq = SampleFiles.rows(generated.resolve("saq/gulf-lantern-seafoods.xlsx"), "SAQ");
        assertThat(saq).anySatisfy(row -> {
            assertThat(row.get(0)).startsWith("B1 Are workers charged any recruitment fees");
            assertThat(row.get(1)).isEqualTo("No");
        });
        List<List<String>> observations = SampleFiles.rows(
                generated.resolve("audits/gulf-lantern-seafoods-2025-02.xlsx"), "Observations");
        assertThat(observations).contains(List.of("Recruitment fees charged to workers", "Yes"));
        List<List<String>> findings = SampleFiles.rows(
                generated.resolve("audits/gulf-lantern-seafoods-2025-02.xlsx"), "Findings");
        assertThat(findings).anySatisfy(row -> assertThat(row.get(2)).isEqualTo("Priority"));
    }

    @Test
    void oneSupplierHasOnlyAStaleAuditAndOneHasNone() throws IOException {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        List<List<String>> audit = SampleFiles.rows(
                generated.resolve("audits/songkhla-tidewater-marine-2022-10.xlsx"), "Audit");
        LocalDate date = audit.stream().filter(r -> r.get(0).equals("Audit date"))
                .map(r -> LocalDate.parse(r.get(1), format)).findFirst().orElseThrow();
        assertThat(date).isBefore(SampleDataGenerator.SCENARIO_DATE.minusMonths(24));
        try (Stream<Path> audits = Files.list(generated.resolve("audits"))) {
            assertThat(audits.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("padma-thread-dye"))
                    .filteredOn(n -> n.startsWith("songkhla-tidewater-marine")).hasSize(1);
        }
    }

    @Test
    void someGrievancesCarryAPhoneNumberOrEmailToScrub() throws IOException {
        List<String> lines = Files.readAllLines(generated.resolve("grievances.csv"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(61);
        long withContact = lines.stream().filter(l -> l.contains("@example.org") || l.matches(".*\\d+[- ]555[- ]?\\d.*"))
                .count();
        assertThat(withContact).isBetween(3L, 20L);
        assertThat(lines.get(0)).isEqualTo(
                "\"Case ID\",\"Date received\",Supplier,Channel,Category,Description,Resolved,\"Days open\"");
    }

    @Test
    void cancellationStopsTheGenerator(@TempDir Path dir) {
        CancellationToken token = new CancellationToken();
        List<String> messages = new ArrayList<>();
        ProgressListener cancelOnSecondStep = (fraction, message) -> {
            messages.add(message);
            if (messages.size() == 2) {
                token.cancel();
            }
        };
        assertThatThrownBy(() -> new SampleDataGenerator().generate(dir, cancelOnSecondStep, token))
                .isInstanceOf(CancellationException.class);
        assertThat(dir.resolve("worker-survey.xlsx")).doesNotExist();
        assertThat(Arrays.asList(messages.get(0), messages.get(1))).allMatch(m -> m.startsWith("Writing"));
    }

    private static double share(List<List<String>> rows, int column, String value,
            java.util.function.Predicate<List<String>> condition) {
        List<List<String>> matching = rows.stream().filter(r -> r.get(column).equals(value)).toList();
        assertThat(matching).as("rows for " + value).isNotEmpty();
        return (double) matching.stream().filter(condition).count() / matching.size();
    }
}
