package org.ddworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddworkbench.cli.CliHarness.Result;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.store.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import}, {@code imports} and {@code undo-import} in-process against the real store and import pipeline. */
class ImportCommandTest {
    static final String PASSPHRASE = "correct horse battery";
    static final Path INPUTS = Path.of("sample-projects", "thai-seafood-apparel", "inputs");
    static final Path MAPPINGS = Path.of("sample-projects", "thai-seafood-apparel", "mappings");

    @TempDir
    Path temp;

    private CliHarness cli;
    private Path project;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(temp.resolve("home"));
        project = temp.resolve("project");
        Result init = cli.run(PASSPHRASE, "init", project.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
    }

    @Test
    void importsTheSampleSupplierListAndSurveySayingWhatDeidentificationRemoved() throws Exception {
        Result suppliers = cli.run(PASSPHRASE, "import", project.toString(), INPUTS.resolve("suppliers.csv").toString());
        assertThat(suppliers.exitCode()).as(suppliers.err()).isZero();
        assertThat(suppliers.out()).contains("supplier list, mapping: suggested; 12 rows read, 12 valid, 0 problems",
                "De-identification: not needed (supplier-level file)", "Imported suppliers.csv as import #1: 12 rows",
                "suppliers: 12 new");

        Result survey = cli.run(PASSPHRASE, "import", project.toString(), INPUTS.resolve("worker-survey.xlsx").toString(),
                "--mapping", MAPPINGS.resolve("worker-survey.json").toString());
        assertThat(survey.exitCode()).as(survey.err()).isZero();
        assertThat(survey.out()).contains("worker survey, mapping: chosen (\"Worker voice survey export (sample)\");"
                + " 302 rows read, 302 valid, 0 problems",
                "De-identification: dropped 3 columns (\"Respondent name\", \"Phone\", \"Passport / ID no.\");"
                        + " pseudonymised 1 column (\"Respondent no.\"); stored as bands 1 column (\"Age\")",
                "Imported worker-survey.xlsx as import #2: 302 rows", "12 matched");
        String printed = survey.out() + survey.err();
        for (String name : surveyNames(5)) {
            assertThat(printed).doesNotContain(name);
        }
    }

    @Test
    void theSampleSurveyWithoutItsProfileIsRefusedForItsUntranslatedAnswersOnly() {
        Result result = cli.run(PASSPHRASE, "import", project.toString(), INPUTS.resolve("worker-survey.xlsx").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).hasSize(2).first().asString()
                .startsWith("worker-survey.xlsx, sheet \"Responses\", row 181, column H \"Gender\": ");
    }

    @Test
    void refusesAFileWithProblemsListingOneLinePerProblemWithoutWorkerValues() throws Exception {
        Path survey = badSurvey();
        Result result = cli.run(PASSPHRASE, "import", project.toString(), survey.toString(), "--kind", "workers");

        assertThat(result.exitCode()).isEqualTo(1);
        List<String> lines = result.errLines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("bad-survey.csv, sheet ").contains("row 3, column E");
        assertThat(lines.get(1)).startsWith("bad-survey.csv, sheet ").contains("row 4, column F");
        assertThat(lines.get(2)).startsWith("ddw: bad-survey.csv refused: 2 problems;").contains("--skip-invalid");
        String printed = (result.err() + result.out()).replace(temp.toString(), "<temp>");
        assertThat(printed).doesNotContain("banana-42", "999", "555", "\tat ", "Exception");
        assertThat(result.out()).contains("De-identification: dropped 1 column (\"Phone\")");
        assertThat(cli.run(PASSPHRASE, "imports", project.toString()).out()).contains("No imports yet.");
    }

    @Test
    void skipInvalidImportsTheValidRowsAndRecordsTheSkippedOnes() throws Exception {
        Result result = cli.run(PASSPHRASE, "import", project.toString(), badSurvey().toString(), "--kind", "workers",
                "--skip-invalid");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("4 rows read, 2 valid, 2 problems", "2 rows", "2 invalid rows skipped (recorded)");
    }

    @Test
    void supplierLevelProblemsShowTheOffendingValue() throws Exception {
        Path list = Files.writeString(temp.resolve("list.csv"),
                "Supplier Name,Country\nHarbour Star Foods,Thailand\nOcean Pearl Ltd.,Atlantis\n", StandardCharsets.UTF_8);
        Result result = cli.run(PASSPHRASE, "import", project.toString(), list.toString(), "--kind", "suppliers");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines().get(0)).startsWith("list.csv, sheet ").contains("row 3", "(value \"Atlantis\")");
    }

    @Test
    void aFileImportedBeforeIsRefusedUnlessReplaceIsGiven() throws Exception {
        String suppliers = INPUTS.resolve("suppliers.csv").toString();
        assertThat(cli.run(PASSPHRASE, "import", project.toString(), suppliers).exitCode()).isZero();

        Result again = cli.run(PASSPHRASE, "import", project.toString(), suppliers);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.errLines()).singleElement().asString()
                .isEqualTo("ddw: suppliers.csv was imported before (import #1); use --replace to import it again.");

        Result replaced = cli.run(PASSPHRASE, "import", project.toString(), suppliers, "--replace");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        Result list = cli.run(PASSPHRASE, "imports", project.toString());
        assertThat(list.out().lines().filter(line -> line.contains("suppliers.csv"))).hasSize(1);
    }

    @Test
    void severalFilesStopAtTheFirstRefusedAndSayWhichWereImported() throws Exception {
        Result result = cli.run(PASSPHRASE, "import", project.toString(), INPUTS.resolve("suppliers.csv").toString(),
                badSurvey().toString(), INPUTS.resolve("grievances.csv").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines().get(result.errLines().size() - 1))
                .contains("bad-survey.csv refused", "Imported before stopping: suppliers.csv.");
        assertThat(result.out()).doesNotContain("grievances.csv");
        assertThat(cli.run(PASSPHRASE, "imports", project.toString()).out())
                .contains("suppliers.csv").doesNotContain("grievances.csv");
    }

    @Test
    void importsListsPastImportsAndUndoImportRemovesOneAndLogsIt() throws Exception {
        assertThat(cli.run(PASSPHRASE, "import", project.toString(), INPUTS.resolve("suppliers.csv").toString())
                .exitCode()).isZero();
        Result list = cli.run(PASSPHRASE, "imports", project.toString());
        assertThat(list.out()).contains("ID", "Kind", "suppliers", "suppliers.csv", "12");

        Result undo = cli.run(PASSPHRASE, "undo-import", project.toString(), "1");
        assertThat(undo.exitCode()).as(undo.err()).isZero();
        assertThat(undo.out()).contains("Undid import #1 (suppliers.csv)");
        assertThat(cli.run(PASSPHRASE, "imports", project.toString()).out()).contains("No imports yet.");
        try (Project opened = cli.app.projects().open(project, PASSPHRASE.toCharArray())) {
            assertThat(opened.activityLog().entries()).extracting(ActivityEntry::action)
                    .anySatisfy(action -> assertThat(action).containsIgnoringCase("undo"));
        }

        Result missing = cli.run(PASSPHRASE, "undo-import", project.toString(), "99");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("ddw: There is no import #99");
    }

    @Test
    void aMissingFileIsRefusedBeforeAnythingIsImported() {
        Result result = cli.run(PASSPHRASE, "import", project.toString(), INPUTS.resolve("suppliers.csv").toString(),
                temp.resolve("nope.xlsx").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("nope.xlsx does not exist");
        assertThat(cli.run(PASSPHRASE, "imports", project.toString()).out()).contains("No imports yet.");
    }

    /**
     * A worker survey with phone numbers (direct identifiers), one invalid yes/no answer (row 3, column E) and
     * one impossible number of hours (row 4, column F).
     */
    private Path badSurvey() throws Exception {
        return Files.writeString(temp.resolve("bad-survey.csv"), String.join("\n",
                "Respondent ID,Supplier,Interview date,Phone,Worker paid a recruitment fee,Total weekly hours",
                "R-1,Gulf Lantern Seafoods Co. Ltd.,2025-04-01,+66 81 555 0101,Yes,50",
                "R-2,Gulf Lantern Seafoods Co. Ltd.,2025-04-01,+66 81 555 0102,banana-42,50",
                "R-3,Gulf Lantern Seafoods Co. Ltd.,2025-04-01,+66 81 555 0103,No,999",
                "R-4,Gulf Lantern Seafoods Co. Ltd.,2025-04-02,+66 81 555 0104,No,48", ""), StandardCharsets.UTF_8);
    }

    /** The first respondents' names in the sample survey, which must never be printed. */
    private static List<String> surveyNames(int count) throws Exception {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(INPUTS.resolve("worker-survey.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Responses");
            DataFormatter formatter = new DataFormatter();
            int column = -1;
            for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
                if (formatter.formatCellValue(cell).equals("Respondent name")) {
                    column = cell.getColumnIndex();
                }
            }
            for (int r = 1; r <= count; r++) {
                Row row = sheet.getRow(r);
                names.add(formatter.formatCellValue(row.getCell(column)));
            }
        }
        assertThat(names).allSatisfy(name -> assertThat(name).isNotBlank());
        return names;
    }
}
