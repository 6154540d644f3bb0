package org.ddworkbench.proof.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.ddworkbench.model.PrivacyRelease;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.proof.SurveyCopies;
import org.ddworkbench.report.BudgetStatement;
import org.ddworkbench.report.StoredPrivacyLedger;
import org.ddworkbench.report.disclosure.Position;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.PacketCell;
import org.ddworkbench.report.packet.PacketCodec;
import org.ddworkbench.report.packet.PacketTable;
import org.ddworkbench.sample.SampleDataGenerator;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole user session on the sample, run through the CLI in child JVMs with their own home, temp folder, working
 * folder and logs: import every input file, check, export four reports in every format with and without noise, try
 * to overspend the privacy budget, and kill an import with SIGKILL halfway through storing. Afterwards no
 * distinctive input value may be anywhere outside the encrypted store (nor in plain bytes inside it), and the
 * exports must respect disclosure control, the budget, and carry no machine metadata or formula.
 * {@code -Dddw.proof.leak.rounds=N} adds N random report definitions to the session.
 */
class FullSessionLeakTest {
    private static final List<String> FORMATS = List.of("xlsx", "csv", "pdf", "json");
    private static final List<String> DIMENSIONS = List.of("country", "sector", "tier", "period");
    private static final List<String> MEASURES = List.of("suppliers", "workers", "with-saq", "audited",
            "metric:total_weekly_hours:median", "metric:recruitment_fee_months_wages:mean");
    /** Report definitions: --by, then --measures. The name of the first starts a formula, to be neutralised. */
    private static final List<List<String>> REPORTS = List.of(
            List.of("country,indicator", "flagged,workers-reporting,findings"),
            List.of("country,period", "workers,metric:total_weekly_hours:median"),
            List.of("sector,tier", "suppliers,audited"),
            List.of("tier", "suppliers,with-saq,surveyed"));
    private static final double EPSILON = 1.0;
    private static final double OVERSPEND = 1.5;
    private static final int COPIES_OF_THE_SURVEY = 600;

    @TempDir
    static Path base;
    private static LeakSession session;
    private static List<Integer> exits;
    private static int overspendStep;
    private static int killedAtPercent;
    private static DistinctiveValues values;
    private static Project project;
    private static IndependentCounts counts;

    @BeforeAll
    static void runTheSession() throws Exception {
        session = new LeakSession(base.resolve("session"));
        new SampleDataGenerator().generate(session.inputs(), ProgressListener.NONE, new CancellationToken());
        values = DistinctiveValues.of(session.inputs());
        List<List<String>> commands = sessionCommands();
        overspendStep = commands.size() - 2;
        long start = System.nanoTime();
        exits = session.run("session", commands);
        long crash = System.nanoTime();
        killedAtPercent = session.killWhileStoring("crash", List.of("import", project(), bigSurvey().toString(),
                "--kind", "workers", "--mapping", mapping().toString(), "--skip-invalid"));
        assertThat(session.run("after-crash", List.of(List.of("verify", project()), List.of("imports", project()))))
                .as("the project opens and verifies after the crash").containsOnly(0);
        System.out.printf("leak session: %d commands in %.1f s, crash import %.1f s%n", commands.size(),
                (crash - start) / 1e9, (System.nanoTime() - crash) / 1e9);
        H2ProjectService projects = new H2ProjectService(new JsonPackReader(), 1_000);
        project = projects.open(session.project(), LeakSession.PASSPHRASE.toCharArray());
        counts = IndependentCounts.of(project);
    }

    @AfterAll
    static void close() {
        if (project != null) {
            project.close();
        }
    }

    private static List<List<String>> sessionCommands() throws IOException {
        Path inputs = session.inputs();
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("init", project(), "--name", "Leak session"));
        commands.add(List.of("import", project(), inputs.resolve("suppliers.csv").toString(), "--kind", "suppliers"));
        commands.add(importAll(inputs.resolve("saq"), "saq"));
        commands.add(importAll(inputs.resolve("audits"), "audit"));
        commands.add(List.of("import", project(), inputs.resolve("worker-survey.xlsx").toString(), "--kind", "workers",
                "--mapping", mapping().toString()));
        commands.add(List.of("import", project(), inputs.resolve("grievances.csv").toString(), "--kind", "grievances"));
        commands.add(List.of("check", project(), "--as-of", "2025-06-30"));
        for (String format : FORMATS) {
            for (int r = 0; r < REPORTS.size(); r++) {
                if (format.equals("json") || r % 2 == 0) {
                    commands.add(report("plain-" + r, REPORTS.get(r), format, null));
                }
            }
            commands.add(report("noisy", REPORTS.get(2 * (FORMATS.indexOf(format) % 2)), format, EPSILON));
        }
        commands.add(List.of("report", project(), "--summary", "--out", export("summary", "pdf")));
        Random random = new Random(20261122L);
        for (int round = 0; round < Integer.getInteger("ddw.proof.leak.rounds", 2); round++) {
            commands.add(report("random-" + round, randomDefinition(random), "json", null));
        }
        commands.add(report("overspend", REPORTS.get(2), "json", OVERSPEND));
        commands.add(List.of("budget", project()));
        return commands;
    }

    private static List<String> report(String name, List<String> definition, String format, Double epsilon) {
        List<String> command = new ArrayList<>(List.of("report", project(), "--by", definition.get(0), "--measures",
                definition.get(1), "--totals", "--name", "=Leak check " + name, "--organisation", "@Buyer",
                "--out", export(name, format)));
        if (epsilon != null) {
            command.addAll(List.of("--epsilon", Double.toString(epsilon)));
        }
        return command;
    }

    private static List<String> randomDefinition(Random random) {
        List<String> dimensions = new ArrayList<>(DIMENSIONS);
        String measure = MEASURES.get(random.nextInt(MEASURES.size()));
        if (!measure.equals("workers") && !measure.startsWith("metric:")) {
            dimensions.remove("period");
        }
        java.util.Collections.shuffle(dimensions, random);
        return List.of(String.join(",", dimensions.subList(0, 1 + random.nextInt(2))), measure);
    }

    private static List<String> importAll(Path folder, String kind) throws IOException {
        List<String> command = new ArrayList<>(List.of("import", project()));
        try (Stream<Path> files = Files.list(folder)) {
            files.sorted().forEach(f -> command.add(f.toString()));
        }
        command.addAll(List.of("--kind", kind));
        return command;
    }

    private static String project() {
        return session.project().toString();
    }

    private static String export(String name, String format) {
        return session.exports().resolve(name + "." + format).toString();
    }

    private static Path mapping() throws IOException {
        Path file = session.source().resolve("worker-survey-mapping.json");
        return Files.exists(file) ? file : SurveyCopies.mapping(session.source());
    }

    /** The sample survey's responses repeated, so storing takes long enough to be killed in the middle. */
    private static Path bigSurvey() throws IOException {
        return SurveyCopies.write(session.inputs(), session.source().resolve("crash"), COPIES_OF_THE_SURVEY);
    }

    @Test
    void theSessionRanEveryStepAndTheCrashHitAnImportWhileItStored() {
        assertThat(exits.subList(0, overspendStep)).as("every command before the overspend succeeds").containsOnly(0);
        assertThat(killedAtPercent).isBetween(10, 90);
        assertThat(values.count("supplier identity")).isGreaterThanOrEqualTo(12);
        assertThat(values.count("worker identifier")).isGreaterThan(1000);
        assertThat(values.count("e-mail address")).isPositive();
        assertThat(values.count("phone number")).isPositive();
        assertThat(values.count("one-row value")).isGreaterThan(150);
    }

    @Test
    void noDistinctiveValueIsAnywhereOutsideTheEncryptedStoreNorInPlainBytesInsideIt() throws IOException {
        LeakScanner scanner = new LeakScanner(values.byValue());
        // The scanner finds every kind of value where it is: in the input files, also inside their XLSX parts.
        List<LeakScanner.Hit> inInputs = scanner.scan(List.of(session.inputs()), session.root());
        assertThat(inInputs).extracting(LeakScanner.Hit::kind).containsAll(values.tally().keySet());
        assertThat(inInputs).anyMatch(hit -> hit.where().contains(".xlsx!xl/sharedStrings.xml"));
        assertThat(LeakScanner.fileCount(List.of(session.project()))).isPositive();
        assertThat(LeakScanner.fileCount(List.of(session.exports()))).isGreaterThan(20);

        List<LeakScanner.Hit> hits = scanner.scan(session.scanned(), session.root());

        assertThat(hits).as("distinctive input values (%s) found in the project, temp, working, home or log folders",
                values.tally()).isEmpty();
    }

    @Test
    void noHalfWrittenOrTraceFileIsLeftBehind() throws IOException {
        List<String> leftovers = new ArrayList<>();
        for (Path folder : session.scanned()) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.map(p -> session.root().relativize(p).toString())
                        .filter(n -> n.endsWith(".part") || n.endsWith(".tmp") || n.endsWith(".trace.db")
                                || n.contains(".temp.") || n.endsWith(".log"))
                        .forEach(leftovers::add);
            }
        }
        assertThat(leftovers).isEmpty();
    }

    @Test
    void everyPublishedCellComesFromAtLeastTheMinimumNumberOfContributors() throws Exception {
        int minimum = project.pack().pack().disclosure().minCellSize();
        int checked = 0;
        for (AggregatePacket packet : packets()) {
            assertThat(packet.disclosure().minCellSize()).isGreaterThanOrEqualTo(minimum);
            for (PacketTable table : packet.tables()) {
                for (PacketCell cell : table.cells()) {
                    Optional<Set<String>> contributors = counts.contributors(table, cell.row(), cell.column());
                    if (cell.suppressed() || contributors.isEmpty()) {
                        continue;
                    }
                    int n = contributors.get().size();
                    String where = packet.reportName() + ": " + table.title() + " " + new Position(cell.row(), cell.column());
                    assertThat(n == 0 && (packet.noisy() || cell.value() == 0) || n >= packet.disclosure().minCellSize())
                            .as("%s is published with %d contributors", where, n).isTrue();
                    if (!packet.noisy() && !table.measure().startsWith("metric:")) {
                        assertThat(cell.value()).as("%s against the store's own count", where).isEqualTo(n);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).as("published cells checked against the store").isGreaterThan(10);
    }

    @Test
    void noSuppressedCellCanBeWorkedOutFromThePublishedMargins() throws Exception {
        int tablesWithSuppression = 0;
        for (AggregatePacket packet : packets()) {
            for (PacketTable table : packet.tables()) {
                PublishedTable published = new PublishedTable(table);
                if (!table.additive() || !published.anySuppressed() || !published.countedIndependently(counts)) {
                    continue;
                }
                tablesWithSuppression++;
                assertThat(published.recoverable(counts)).as("%s: %s", packet.reportName(), table.title()).isEmpty();
            }
        }
        assertThat(tablesWithSuppression).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theBudgetRefusesAnOverspendAndTheLedgerNeverExceedsIt() throws Exception {
        BudgetStatement statement = new StoredPrivacyLedger().statement(project);
        double spent = statement.releases().stream().mapToDouble(PrivacyRelease::epsilon).sum();

        assertThat(exits.get(overspendStep)).as("the overspending export is refused").isEqualTo(1);
        assertThat(Files.readString(session.logs().resolve("session.err"))).contains("budget");
        assertThat(Path.of(export("overspend", "json"))).doesNotExist();
        assertThat(statement.releases()).hasSize(FORMATS.size());
        assertThat(spent).isEqualTo(FORMATS.size() * EPSILON).isLessThanOrEqualTo(statement.budget().total());
        assertThat(statement.budget().remaining()).isLessThan(OVERSPEND).isGreaterThanOrEqualTo(0);
    }

    @Test
    void spreadsheetExportsCarryNoMachineMetadataAndNoExportNamesTheUserOrTheMachine() throws Exception {
        for (Path xlsx : exports("xlsx")) {
            assertThat(SpreadsheetExports.properties(xlsx)).as("document properties of %s", xlsx.getFileName())
                    .allMatch(p -> p.equals("docProps/core.xml title") || p.equals("docProps/core.xml created")
                            || p.equals("docProps/core.xml modified"));
            assertThat(SpreadsheetExports.parts(xlsx)).doesNotContainKey("docProps/custom.xml");
        }
        String host = InetAddress.getLocalHost().getHostName();
        Map<String, String> machine = new java.util.TreeMap<>(Map.of(System.getProperty("user.name"), "user name",
                host, "host name", session.root().toString(), "session folder"));
        Optional.ofNullable(System.getenv("HOSTNAME")).ifPresent(h -> machine.put(h, "host name"));
        assertThat(new LeakScanner(machine).scan(List.of(session.exports()), session.root())).isEmpty();
    }

    @Test
    void noSpreadsheetCellCanStartAFormula() throws Exception {
        long neutralised = 0;
        for (Path file : Stream.concat(exports("xlsx").stream(), exports("csv").stream()).toList()) {
            assertThat(SpreadsheetExports.formulaCells(file)).as("cells read as a formula").isEmpty();
            neutralised += SpreadsheetExports.neutralisedCells(file);
        }
        assertThat(neutralised).as("report names starting with = were written neutralised").isPositive();
    }

    private static List<Path> exports(String extension) throws IOException {
        try (Stream<Path> files = Files.list(session.exports())) {
            List<Path> found = files.filter(f -> f.toString().endsWith("." + extension)).sorted().toList();
            assertThat(found).as("%s exports", extension).isNotEmpty();
            return found;
        }
    }

    private static List<AggregatePacket> packets() throws Exception {
        List<AggregatePacket> packets = new ArrayList<>();
        for (Path json : exports("json")) {
            packets.add(PacketCodec.read(json));
        }
        return packets;
    }
}
