package org.ddworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.ddworkbench.cli.CliHarness.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench all --quick}: every benchmark runs end to end, at tiny sizes, and the one table has a row per figure
 * with this build, the reference, the ratio, the target and a verdict. No timing is asserted.
 */
class BenchAllCommandTest {
    /** The Monocle jar of this test run's class path, so the cold start runs headless as the UI tests do. */
    private static final Path MONOCLE = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
            .map(Path::of).filter(p -> p.getFileName().toString().startsWith("openjfx-monocle")).findFirst()
            .orElse(null);
    private static final List<String> VERDICTS = List.of("met", "MISSED");

    @TempDir
    Path temp;

    @Test
    void quickRunMeasuresEveryFigureAgainstItsReferenceInOneTable() throws Exception {
        Path work = Files.createDirectories(temp.resolve("bench"));
        List<String> args = MONOCLE == null ? List.of("bench", "all", "--quick", "--dir", work.toString())
                : List.of("bench", "all", "--quick", "--dir", work.toString(), "--monocle", MONOCLE.toString());

        Result result = new CliHarness(temp.resolve("home")).run(null, args.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Figure").contains("This build", "Reference",
                "Ratio", "Target", "Verdict", "Reference is"));
        measured(lines, "XLSX import, 1,200 rows (s)", "bare POI streaming parse");
        measured(lines, "CSV import, 4,000 rows (s)", "bare Jackson CSV parse");
        measured(lines, "Check, 30 suppliers x 5 workers (s)", "plain SQL scan");
        measured(lines, "Check re-run, nothing changed (s)", "the first check");
        measured(lines, "Report, 150 worker rows (s, warm median)", "plain SQL GROUP BY");
        measured(lines, "Encrypted store, 2,000 rows write+read (s)", "without CIPHER=AES");
        measured(lines, "Cold start to a usable window (s)", "--version");
        for (String size : List.of("XLSX, 300 rows", "XLSX, 1,200 rows", "CSV, 1,000 rows", "CSV, 4,000 rows")) {
            assertThat(row(lines, size)).as(size).contains("succeeds in -Xmx256m")
                    .containsPattern("met +[0-9,]+ MB live \\(full collections\\)$");
        }
        measured(lines, "XLSX growth, 300 -> 1,200 rows (4x the rows)", "live heap (full collections)");
        measured(lines, "CSV growth, 1,000 -> 4,000 rows (4x the rows)", "live heap (full collections)");
        assertThat(result.out()).contains("Report figures equal to the GROUP BY: yes").doesNotContain("FAILED");
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left).as("the working folder is deleted").isEmpty();
        }
    }

    /** The figure's row has a number for this build and for the reference, a ratio, and a verdict. */
    private static void measured(List<String> lines, String figure, String reference) {
        String row = row(lines, figure);
        String[] columns = row.substring(row.indexOf(figure) + figure.length()).strip().split("\\s{2,}");
        assertThat(columns).as(row).hasSizeGreaterThanOrEqualTo(5);
        assertThat(columns[0]).as("this build in: " + row).matches("[0-9,]+(\\.[0-9]+)?");
        assertThat(columns[1]).as("reference in: " + row).matches("[0-9,]+(\\.[0-9]+)?");
        assertThat(columns[2]).as("ratio in: " + row).matches("[0-9.]+x");
        assertThat(columns[4]).as("verdict in: " + row).isIn(VERDICTS);
        assertThat(row).contains(reference);
    }

    private static String row(List<String> lines, String figure) {
        return lines.stream().map(String::strip).filter(line -> line.startsWith(figure)).findFirst()
                .orElseThrow(() -> new AssertionError("no row \"" + figure + "\" in:\n" + String.join("\n", lines)));
    }
}
