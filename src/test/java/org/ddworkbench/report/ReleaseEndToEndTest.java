package org.ddworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.assertj.core.data.Percentage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.ddworkbench.check.DefaultRiskService;
import org.ddworkbench.check.DefaultCheckService;
import org.ddworkbench.ingest.DefaultImportService;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.report.disclosure.DisclosureControl;
import org.ddworkbench.report.export.ExportFormat;
import org.ddworkbench.report.export.PacketExporter;
import org.ddworkbench.report.federation.MergeResult;
import org.ddworkbench.report.federation.NamedPacket;
import org.ddworkbench.report.federation.PacketMerger;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.PackReference;
import org.ddworkbench.report.packet.PacketCell;
import org.ddworkbench.report.packet.PacketCodec;
import org.ddworkbench.report.packet.PacketTable;
import org.ddworkbench.report.privacy.PrivacyBudgetException;
import org.ddworkbench.report.privacy.SeededRandomBits;
import org.ddworkbench.sample.SampleProject;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectService;
import org.ddworkbench.store.WorkerRecordStore;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Releases of the checked sample project in every format: what they record, that no row-level value reaches them,
 * that the budget refuses an overspend, and that the packets of two organisations merge.
 */
class ReleaseEndToEndTest {
    private static final PackReader READER = new JsonPackReader();
    private static final ProjectService PROJECTS = new H2ProjectService(READER, 1_000);
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 15);
    private static final List<Measure> MEASURES = List.of(Measure.of(MeasureKind.FLAGGED_SUPPLIERS),
            Measure.of(MeasureKind.WORKERS_REPORTING), Measure.of(MeasureKind.OPEN_FINDINGS));

    @TempDir
    static Path base;
    private static Path inputs;
    private static Project first;
    private static Project second;

    private final ReportService reports = new StoreReportService(new DisclosureControl(), new DefaultRiskService());
    private final StoreReportReleaser releaser = new StoreReportReleaser(reports, new StoredPrivacyLedger(),
            new PacketExporter()::export);

    @BeforeAll
    static void buildTheSampleTwice() throws Exception {
        Path dir = new SampleProject(PROJECTS, READER, new DefaultImportService(), new DefaultCheckService())
                .ensure(base.resolve("a"), ProgressListener.NONE, new CancellationToken());
        inputs = base.resolve("a").resolve("inputs");
        // A second organisation with the same pack: a copy of the project, which gets its own release id.
        Path copy = base.resolve("b");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(dir.relativize(file).toString()));
            }
        }
        first = PROJECTS.open(dir, SampleProject.PASSPHRASE.toCharArray());
        second = PROJECTS.open(copy, SampleProject.PASSPHRASE.toCharArray());
    }

    @AfterAll
    static void close() {
        Stream.of(first, second).filter(p -> p != null).forEach(Project::close);
    }

    private Release release(Project project, ReportDefinition definition, ExportFormat format, Double epsilon,
            String organisation) throws ProblemException {
        Path out = base.resolve("out").resolve(organisation.replace(' ', '-') + "-" + definition.name() + "."
                + format.extension());
        try {
            Files.createDirectories(out.getParent());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return releaser.release(project, definition, new ReleaseOptions(format, out, epsilon, organisation), TODAY,
                ProgressListener.NONE, new CancellationToken());
    }

    private static ReportDefinition indicators(String name) {
        return new ReportDefinition(name, ReportDimension.COUNTRY, ReportDimension.INDICATOR, MEASURES, null, true);
    }

    @Test
    void everyFormatIsWrittenWithItsHashLoggedAndAReceiptAndNoRowLevelValueReachesAnyOfThem() throws Exception {
        List<Release> releases = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            releases.add(release(first, indicators("leak"), format, null, "Buyer A"));
            releases.add(release(first, new ReportDefinition("leak-metrics", ReportDimension.COUNTRY,
                    ReportDimension.PERIOD, List.of(Measure.metric("total_weekly_hours", Statistic.MEDIAN),
                            Measure.metric("recruitment_fee_months_wages", Statistic.MEAN),
                            Measure.of(MeasureKind.WORKERS)), null, true), format, null, "Buyer A"));
        }
        List<ActivityEntry> log = first.activityLog().entries();
        Set<String> unique = rowLevelValues();
        assertThat(unique).hasSizeGreaterThan(500);
        Set<String> identifiers = identifiers();
        assertThat(identifiers).hasSizeGreaterThan(300);
        for (Release release : releases) {
            assertThat(release.output()).exists();
            assertThat(release.sha256()).isEqualTo(sha256(release.output()));
            assertThat(Files.readString(release.receipt())).contains(release.sha256(),
                    "entry " + release.activitySeq());
            ActivityEntry entry = log.stream().filter(e -> e.seq() == release.activitySeq()).findFirst().orElseThrow();
            assertThat(entry.action()).isEqualTo("report.exported");
            assertThat(entry.detailJson()).contains(release.sha256());
            String text = textOf(release.output());
            List<String> leaked = Stream.concat(unique.stream(), identifiers.stream())
                    .filter(value -> appears(value, text)).toList();
            assertThat(leaked).as("row-level values in " + release.output().getFileName()).isEmpty();
            assertThat(text).as(release.output().toString()).contains(release.packet().tables().get(0).title(), "TH")
                    .doesNotContain("Gulf Lantern");
        }
        try (Stream<Path> left = Files.list(base.resolve("out"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        assertThat(first.activityLog().verify().intact()).isTrue();
    }

    @Test
    void theSummaryReleasesIndicatorPrevalenceRiskDistributionAndActionStatusInOnePdf() throws Exception {
        Path out = base.resolve("out").resolve("summary.pdf");
        Release release = releaser.release(first, ReportPresets.SUMMARY, ReportPresets.summary(null),
                new ReleaseOptions(ExportFormat.PDF, out, null, "Buyer A"), TODAY, ProgressListener.NONE,
                new CancellationToken());

        assertThat(release.packet().tables()).extracting(PacketTable::title).containsExactly(
                "Flagged suppliers by country and indicator", "Suppliers by risk band",
                "Open corrective actions by country", "Overdue corrective actions by country",
                "Closed corrective actions by country");
        String text = textOf(out);
        assertThat(text).contains(ReportPresets.SUMMARY, "Suppliers by risk band", "Severe",
                "Chart: Flagged suppliers by country and indicator");
        ActivityEntry entry = first.activityLog().entries().stream().filter(e -> e.seq() == release.activitySeq())
                .findFirst().orElseThrow();
        assertThat(entry.detailJson()).contains("flagged by country, indicator", "suppliers by risk-band",
                "actions-open, actions-overdue, actions-closed by country");
    }

    @Test
    void aNoisyReleaseSpendsItsEpsilonAndOneThatWouldExceedTheBudgetIsRefusedLeavingNoFile() throws Exception {
        double budget = second.pack().pack().disclosure().epsilonBudget();
        Release noisy = release(second, indicators("noisy"), ExportFormat.JSON, budget - 0.5, "Buyer B");
        AggregatePacket packet = PacketCodec.read(noisy.output());

        assertThat(packet.privacy().epsilon()).isEqualTo(budget - 0.5);
        assertThat(packet.tables()).allSatisfy(t -> assertThat(t.noise()).isNotNull());
        assertThat(new StoredPrivacyLedger().statement(second).budget().remaining()).isEqualTo(0.5);
        Path refusedFile = base.resolve("out").resolve("Buyer-B-over.json");
        assertThatThrownBy(() -> release(second, indicators("over"), ExportFormat.JSON, 1.0, "Buyer B"))
                .isInstanceOf(PrivacyBudgetException.class).hasMessageContaining("only 0.5");
        assertThat(refusedFile).doesNotExist();
        assertThat(new StoredPrivacyLedger().statement(second).releases()).hasSize(1);
    }

    @Test
    void packetsOfTwoOrganisationsMergeIntoSumsAndPacketsOfAnotherPackAreRefused() throws Exception {
        ReportDefinition suppliers = new ReportDefinition("suppliers", ReportDimension.COUNTRY, null,
                List.of(Measure.of(MeasureKind.SUPPLIERS), Measure.of(MeasureKind.WORKERS)), null, true);
        AggregatePacket a = PacketCodec.read(release(first, suppliers, ExportFormat.JSON, null, "Buyer A").output());
        AggregatePacket b = PacketCodec.read(release(second, suppliers, ExportFormat.JSON, null, "Buyer B").output());

        MergeResult merged = new PacketMerger().merge(List.of(new NamedPacket("a.json", a),
                new NamedPacket("b.json", b)), "Combined", TODAY);

        assertThat(merged.packet().sources()).extracting(s -> s.organisation()).containsExactly("Buyer A", "Buyer B");
        PacketTable table = merged.packet().tables().get(0);
        int th = table.rowLabels().indexOf("TH");
        assertThat(value(table, th, 0)).isEqualTo(2 * value(a.tables().get(0), th, 0));
        assertThat(table.cells()).filteredOn(c -> c.row() != th && c.row() < table.rowLabels().size())
                .allMatch(PacketCell::suppressed);
        AggregatePacket otherPack = new AggregatePacket(b.format(), b.reportName(), b.released(),
                new PackReference(b.pack().id(), "9.9.9", "f".repeat(64)), b.disclosure(), b.privacy(), b.sources(),
                b.tables());
        assertThatThrownBy(() -> new PacketMerger().merge(List.of(new NamedPacket("a.json", a),
                new NamedPacket("other.json", otherPack)), "Combined", TODAY))
                .isInstanceOf(ProblemException.class).hasMessageContaining("other.json");
    }

    @Test
    void noisyCountsAreUnbiasedWithTheStatedSpreadAndPublishedTotalsAreSumsOfTheNoisyCells() throws Exception {
        ReportDefinition suppliers = new ReportDefinition("noise", ReportDimension.COUNTRY, null,
                List.of(Measure.of(MeasureKind.SUPPLIERS)), null, true);
        ReportTable exact = reports.preview(first, suppliers, TODAY, ProgressListener.NONE, new CancellationToken())
                .tables().get(0);
        int th = exact.rowLabels().indexOf("TH");
        int total = exact.rowLabels().size();
        double truth = exact.published(th, 0).getAsDouble();
        double others = exact.published(total, 0).getAsDouble() - truth;
        SeededRandomBits random = new SeededRandomBits(20251122);
        int draws = 400;
        double[] errors = new double[draws];
        double[] restErrors = new double[draws];
        double stated = 0;
        for (int i = 0; i < draws; i++) {
            ReportTable noisy = reports.build(first, suppliers, TODAY, 1.0, random, ProgressListener.NONE,
                    new CancellationToken()).tables().get(0);
            errors[i] = noisy.published(th, 0).getAsDouble() - truth;
            restErrors[i] = noisy.published(total, 0).getAsDouble() - noisy.published(th, 0).getAsDouble() - others;
            stated = noisy.noise().standardDeviation();
            assertThat(noisy.noise().sensitivity()).isEqualTo(1);
        }

        assertThat(Math.abs(mean(errors))).as("bias").isLessThan(4 * stated / Math.sqrt(draws));
        assertThat(sd(errors)).as("spread").isCloseTo(stated, Percentage.withPercentage(15));
        // The total minus Thailand is the sum of the four suppressed countries' noisy cells: twice the spread of
        // one cell. A total noised on its own would give the root of two instead.
        assertThat(Math.abs(mean(restErrors))).as("bias of the rest").isLessThan(8 * stated / Math.sqrt(draws));
        assertThat(sd(restErrors)).as("spread of the rest").isCloseTo(2 * stated, Percentage.withPercentage(15));
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElseThrow();
    }

    private static double sd(double[] values) {
        double mean = mean(values);
        return Math.sqrt(java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / values.length);
    }

    private static double value(PacketTable table, int row, int column) {
        return table.cells().stream().filter(c -> c.row() == row && c.column() == column).findFirst().orElseThrow()
                .value();
    }

    /**
     * Values that occur in only one row of the sample's inputs or of the store's supplier, observation and worker
     * rows: names, phone numbers, identifiers, free text and distinctive numbers. Short values (under five
     * characters) are left out: they are codes and answers such as "TH" or "Yes" that say nothing on their own;
     * so are words of the metric pack.
     */
    private static Set<String> rowLevelValues() throws Exception {
        Map<String, Integer> rows = new HashMap<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Stream<Path> files = Files.walk(inputs)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".csv")) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    lines.stream().skip(1).forEach(line -> countRow(rows, List.of(line.split(","))));
                } else if (name.endsWith(".xlsx")) {
                    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                        for (Sheet sheet : workbook) {
                            for (Row row : sheet) {
                                List<String> cells = new ArrayList<>();
                                for (Cell cell : row) {
                                    cells.add(formatter.formatCellValue(cell));
                                }
                                if (row.getRowNum() > 0) {
                                    countRow(rows, cells);
                                }
                            }
                        }
                    }
                }
            }
        }
        first.inTransaction(connection -> {
            try (var st = connection.prepareStatement("SELECT name, address, external_id FROM supplier");
                    var rs = st.executeQuery()) {
                while (rs.next()) {
                    countRow(rows, List.of(String.valueOf(rs.getString(1)), String.valueOf(rs.getString(2)),
                            String.valueOf(rs.getString(3))));
                }
            }
            try (var st = connection.prepareStatement("SELECT text_value, num_value FROM observation");
                    var rs = st.executeQuery()) {
                while (rs.next()) {
                    countRow(rows, List.of(String.valueOf(rs.getString(1)), number(rs.getObject(2))));
                }
            }
            new WorkerRecordStore().stream(connection, 0, row -> {
                List<String> values = new ArrayList<>();
                values.add(String.valueOf(row.respondent()));
                for (Object value : row.values()) {
                    values.add(value instanceof Number n ? number(n) : String.valueOf(value));
                }
                countRow(rows, values);
            });
            return null;
        });
        // The pack is public vocabulary (indicator and metric names), so a word of it says nothing about a row.
        String pack;
        try (InputStream in = ReleaseEndToEndTest.class.getResourceAsStream(
                "/org/ddworkbench/pack/forced-labour-core.json")) {
            pack = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> unique = new TreeSet<>();
        rows.forEach((value, count) -> {
            if (count == 1 && value.length() >= 5 && !value.equals("null") && !appears(value, pack)) {
                unique.add(value);
            }
        });
        return unique;
    }

    /**
     * Supplier names and every worker identifier: the survey's respondent numbers, names, phone numbers and
     * passport numbers, and the pseudonyms the store keeps instead.
     */
    private static Set<String> identifiers() throws Exception {
        Set<String> identifiers = new TreeSet<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(inputs.resolve("worker-survey.xlsx").toFile(), null, true)) {
            Sheet sheet = workbook.getSheet("Responses");
            Row header = sheet.getRow(sheet.getFirstRowNum());
            List<Integer> columns = new ArrayList<>();
            for (Cell cell : header) {
                String name = formatter.formatCellValue(cell);
                if (name.startsWith("Respondent") || name.equals("Phone") || name.startsWith("Passport")) {
                    columns.add(cell.getColumnIndex());
                }
            }
            assertThat(columns).hasSize(4);
            for (Row row : sheet) {
                if (row.getRowNum() > header.getRowNum()) {
                    columns.forEach(c -> identifiers.add(formatter.formatCellValue(row.getCell(c)).strip()));
                }
            }
        }
        first.inTransaction(connection -> {
            try (var st = connection.prepareStatement("SELECT name FROM supplier"); var rs = st.executeQuery()) {
                while (rs.next()) {
                    identifiers.add(rs.getString(1));
                }
            }
            new WorkerRecordStore().stream(connection, 0, row -> identifiers.add(String.valueOf(row.respondent())));
            return null;
        });
        identifiers.removeIf(value -> value.isBlank() || value.equals("null"));
        return identifiers;
    }

    private static void countRow(Map<String, Integer> rows, List<String> cells) {
        cells.stream().map(String::strip).distinct().forEach(cell -> rows.merge(cell, 1, Integer::sum));
    }

    private static String number(Object value) {
        if (!(value instanceof Number n)) {
            return "null";
        }
        double d = n.doubleValue();
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** Whether a value appears as a whole word or number in the text (so "12345" is not found inside "123456"). */
    private static boolean appears(String value, String text) {
        return Pattern.compile("(?<![\\p{Alnum}.])" + Pattern.quote(value) + "(?![\\p{Alnum}]|\\.\\d)")
                .matcher(text).find();
    }

    /** Everything readable in an export: CSV and JSON as text, every part of an XLSX, the text of a PDF. */
    private static String textOf(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        if (name.endsWith(".xlsx")) {
            StringBuilder text = new StringBuilder();
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
            return text.toString();
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String sha256(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }
}
