package org.ddworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ddworkbench.ingest.ImportProblem;
import org.junit.jupiter.api.Test;

/** How refused files' problems are printed: one line each, values only where they are not about workers. */
class ProblemLinesTest {

    @Test
    void eachProblemIsOneLineNamingFileSheetRowColumnAndReason() {
        ImportProblem problem = new ImportProblem("saq.xlsx", "SAQ", 12, "B \"Answer\"", "lots", "not a number");
        assertThat(ProblemLines.line(problem, true))
                .isEqualTo("saq.xlsx, sheet \"SAQ\", row 12, column B \"Answer\": not a number (value \"lots\")");
    }

    @Test
    void workerLevelValuesAreNeverShownEvenWhenGiven() {
        ImportProblem problem = new ImportProblem("survey.csv", "survey", 3, "C \"Phone\"", "+66 81 555 0101",
                "not a yes/no answer");
        assertThat(ProblemLines.line(problem, false))
                .isEqualTo("survey.csv, sheet \"survey\", row 3, column C \"Phone\": not a yes/no answer")
                .doesNotContain("555");
    }

    @Test
    void sheetLevelProblemsLeaveOutRowAndColumnAndLineBreaksAreFlattened() {
        ImportProblem problem = new ImportProblem("a.xlsx", "Data\nsheet", 0, "", "", "no header row\nfound");
        assertThat(ProblemLines.line(problem, true)).isEqualTo("a.xlsx, sheet \"Data sheet\": no header row found");
    }

    @Test
    void longListsAreCappedWithTheNumberLeftOut() {
        List<ImportProblem> problems = new ArrayList<>();
        for (int row = 2; row < 2 + ProblemLines.MAX_LINES + 10; row++) {
            problems.add(new ImportProblem("f.csv", "f", row, "A \"x\"", "", "empty"));
        }
        List<String> lines = ProblemLines.format(problems, 1_000, false);
        assertThat(lines).hasSize(ProblemLines.MAX_LINES + 1);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("... and " + (1_000 - ProblemLines.MAX_LINES) + " more");
    }

    @Test
    void aShortCompleteListHasNoSummaryLine() {
        List<ImportProblem> problems = List.of(new ImportProblem("f.csv", "f", 2, "A \"x\"", "", "empty"));
        assertThat(ProblemLines.format(problems, 1, true)).containsExactly("f.csv, sheet \"f\", row 2, column A \"x\": empty");
    }
}
