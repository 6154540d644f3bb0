package org.ddworkbench.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.task.CancellationToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    @TempDir
    Path dir;

    private final CsvReader reader = new CsvReader();

    private RecordingHandler read(Path file, ReadOptions options) throws FileRejectedException {
        RecordingHandler handler = new RecordingHandler();
        reader.read(file, options, handler, new CancellationToken());
        return handler;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static RawCell text(int column, String text) {
        return new RawCell(column, text, CellKind.TEXT);
    }

    @Test
    void readsCommaSeparatedFileAsOneSheetNamedAfterTheFile() throws Exception {
        Path file = write("suppliers.csv", "name,country,workers\r\n Acme Ltd , TH ,120\r\n,,\r\nBeta,US,\r\n"
                .getBytes(StandardCharsets.UTF_8));

        RecordingHandler result = read(file, ReadOptions.ALL_ROWS);

        assertThat(result.offered).containsExactly(new SheetInfo(0, "suppliers", false));
        assertThat(result.rowsOf("suppliers")).containsOnlyKeys(1, 2, 4);
        assertThat(result.rowsOf("suppliers").get(2)).containsExactly(text(0, "Acme Ltd"), text(1, "TH"), text(2, "120"));
        assertThat(result.rowsOf("suppliers").get(4)).containsExactly(text(0, "Beta"), text(1, "US"));
        assertThat(result.ended).hasSize(1);
    }

    @Test
    void detectsSemicolonAndTabDelimitersAndSkipsUtf8ByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path semicolon = write("semi.csv", concat(bom, "Name;Address\nSmith;\"1, Main St\"\nLee;Hanoi, VN\n"
                .getBytes(StandardCharsets.UTF_8)));
        Path tab = write("tab.txt", "Name\tHours\nAna\t48,5\n".getBytes(StandardCharsets.UTF_8));

        RecordingHandler semi = read(semicolon, ReadOptions.ALL_ROWS);
        assertThat(semi.rowsOf("semi").get(1)).containsExactly(text(0, "Name"), text(1, "Address"));
        assertThat(semi.rowsOf("semi").get(2)).containsExactly(text(0, "Smith"), text(1, "1, Main St"));
        assertThat(semi.rowsOf("semi").get(3)).containsExactly(text(0, "Lee"), text(1, "Hanoi, VN"));
        assertThat(read(tab, ReadOptions.ALL_ROWS).rowsOf("tab").get(2)).containsExactly(text(0, "Ana"), text(1, "48,5"));
    }

    @Test
    void keepsQuotedLineBreaksAndQuotesInsideOneRecord() throws Exception {
        Path file = write("grievances.csv", ("case,description,status\n"
                + "G-1,\"Worker said \"\"no pay\"\"\nfor two months\",open\n"
                + "G-2,short,closed\n").getBytes(StandardCharsets.UTF_8));

        RecordingHandler result = read(file, ReadOptions.ALL_ROWS);

        assertThat(result.rowsOf("grievances").get(2))
                .containsExactly(text(0, "G-1"), text(1, "Worker said \"no pay\"\nfor two months"), text(2, "open"));
        assertThat(result.rowsOf("grievances").get(3)).containsExactly(text(0, "G-2"), text(1, "short"), text(2, "closed"));
    }

    @Test
    void readsWindows1252AndUtf16() throws Exception {
        Path cp1252 = write("cafe.csv", "name,city\nCaf\u00e9 \u2013 Sa\u00efgon,Hu\u00e9\n"
                .getBytes(Charset.forName("windows-1252")));
        byte[] utf16Bom = {(byte) 0xFF, (byte) 0xFE};
        Path utf16 = write("thai.csv", concat(utf16Bom, "name;province\n\u0e2a\u0e21\u0e0a\u0e32\u0e22;Samut Sakhon\n"
                .getBytes(StandardCharsets.UTF_16LE)));
        Path utf8 = write("utf8.csv", "name,province\n\u0e2a\u0e21\u0e0a\u0e32\u0e22,Chon Buri\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(read(cp1252, ReadOptions.ALL_ROWS).rowsOf("cafe").get(2))
                .containsExactly(text(0, "Caf\u00e9 \u2013 Sa\u00efgon"), text(1, "Hu\u00e9"));
        assertThat(read(utf16, ReadOptions.ALL_ROWS).rowsOf("thai").get(2))
                .containsExactly(text(0, "\u0e2a\u0e21\u0e0a\u0e32\u0e22"), text(1, "Samut Sakhon"));
        assertThat(read(utf8, ReadOptions.ALL_ROWS).rowsOf("utf8").get(2))
                .containsExactly(text(0, "\u0e2a\u0e21\u0e0a\u0e32\u0e22"), text(1, "Chon Buri"));
    }

    @Test
    void findsWindows1252EvenWhenTheFirstAccentComesLate() throws Exception {
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append(i).append(",plain ascii name\n");
        }
        csv.append("5000,Jos\u00e9\n");
        Path file = write("late.csv", csv.toString().getBytes(Charset.forName("windows-1252")));

        assertThat(read(file, ReadOptions.ALL_ROWS).cell("late", 5_002, 1)).isEqualTo(text(1, "Jos\u00e9"));
    }

    @Test
    void stopsAtTheRowLimitAndOnCancellation() throws Exception {
        StringBuilder csv = new StringBuilder();
        for (int i = 1; i <= 1_000; i++) {
            csv.append("row").append(i).append(",x\n");
        }
        Path file = write("many.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(read(file, ReadOptions.preview(5)).rowsOf("many")).containsOnlyKeys(1, 2, 3, 4, 5);

        CancellationToken token = new CancellationToken();
        RecordingHandler cancelling = new RecordingHandler() {
            @Override
            public void row(int rowNumber, List<RawCell> cells) {
                super.row(rowNumber, cells);
                token.cancel();
            }
        };
        assertThatThrownBy(() -> reader.read(file, ReadOptions.ALL_ROWS, cancelling, token))
                .isInstanceOf(CancellationException.class);
        assertThat(cancelling.rowsOf("many")).hasSize(1);
    }

    @Test
    void refusesFieldOverExcelsLengthLimitNamingItsPlace() throws Exception {
        Path file = write("notes.csv", ("id,note\n1,short\n2," + "y".repeat(40_000) + "\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read(file, ReadOptions.ALL_ROWS))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageStartingWith("notes.csv, sheet \"notes\", row 3, column B: cell holds more than 32,767 characters");
    }

    @Test
    void refusesEndlessLinesWithoutHoldingThemInMemory() throws Exception {
        Path oneField = dir.resolve("endless.csv");
        Path manyFields = dir.resolve("commas.csv");
        try (Writer a = Files.newBufferedWriter(oneField); Writer b = Files.newBufferedWriter(manyFields)) {
            a.write("header\n\"");
            char[] block = new char[1 << 16];
            java.util.Arrays.fill(block, 'z');
            char[] commas = new char[1 << 16];
            java.util.Arrays.fill(commas, ',');
            b.write("a,");
            for (int i = 0; i < 200; i++) {
                a.write(block);
                b.write(commas);
            }
        }

        assertThatThrownBy(() -> read(oneField, ReadOptions.ALL_ROWS))
                .hasMessageStartingWith("endless.csv, sheet \"endless\", row 2, column A: cell holds more than 32,767 characters");
        assertThatThrownBy(() -> read(manyFields, ReadOptions.ALL_ROWS))
                .hasMessage("commas.csv, sheet \"commas\", row 1: the line holds more than 16,384 fields "
                        + "(Excel's column limit)");
    }

    @Test
    void refusesBinaryAndEmptyFiles() throws Exception {
        byte[] junk = new byte[10_000];
        new Random(7).nextBytes(junk);
        Path binary = write("junk.csv", junk);
        Path empty = write("empty.csv", new byte[0]);

        assertThatThrownBy(() -> read(binary, ReadOptions.ALL_ROWS))
                .hasMessage("junk.csv: not a spreadsheet or CSV file (it holds binary data)");
        assertThatThrownBy(() -> new TableReaders().forFile(binary))
                .hasMessage("junk.csv: not a spreadsheet or CSV file (it holds binary data)");
        assertThatThrownBy(() -> read(empty, ReadOptions.ALL_ROWS)).hasMessage("empty.csv: the file is empty");
    }
}
