package org.ddworkbench.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ddworkbench.ingest.ImportProblem;
import org.ddworkbench.report.export.SpreadsheetText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemListExportTest {
    @TempDir
    Path folder;
    private final ProblemListExport export = new ProblemListExport();

    @Test
    void writesUtf8WithAByteOrderMarkAndAHeader() throws Exception {
        Path target = folder.resolve("problems.csv");

        export.write(target, List.of(new ImportProblem("survey.xlsx", "Ngày", 12, "F \"Giờ làm\"", "80",
                "Above the maximum.")));

        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFFile,Sheet,Row,Column,Value,Reason");
        assertThat(lines.get(1)).isEqualTo("survey.xlsx,Ngày,12,\"F \"\"Giờ làm\"\"\",80,\"Above the maximum.\"");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() throws Exception {
        Path target = folder.resolve("problems.csv");

        export.write(target, List.of(
                new ImportProblem("a.csv", "Sheet1", 2, "B", "=HYPERLINK(\"http://x\")", "+1 is not a date"),
                new ImportProblem("a.csv", "Sheet1", 3, "@C", "-5", "\tTab"),
                new ImportProblem("a.csv", "Sheet1", 0, "", "", "\rreturn")));

        String text = Files.readString(target);
        assertThat(text).contains("'=HYPERLINK", "'+1 is not a date", "'@C", "'-5", "'\tTab", "'\rreturn")
                .doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
        assertThat(SpreadsheetText.neutralise("Plain text")).isEqualTo("Plain text");
        assertThat(SpreadsheetText.neutralise(null)).isEmpty();
    }

    @Test
    void replacesAnOlderListWithoutLeavingATemporaryFile() throws Exception {
        Path target = Files.writeString(folder.resolve("problems.csv"), "old list");

        export.write(target, List.of());

        assertThat(Files.readString(target)).doesNotContain("old list").contains("File,Sheet");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void aFolderThatDoesNotExistIsNamedInTheMessage() throws IOException {
        Path target = folder.resolve("gone").resolve("problems.csv");

        assertThatThrownBy(() -> export.write(target, List.of()))
                .isInstanceOf(ExportFailedException.class)
                .hasMessageStartingWith("Could not write the problem list to " + target.toAbsolutePath());
        assertThat(Files.exists(target)).isFalse();
    }
}
