package org.ddworkbench.proof.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.ingest.read.CsvReader;
import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.ingest.read.ReadOptions;
import org.ddworkbench.ingest.read.RowHandler;
import org.ddworkbench.ingest.read.SheetInfo;
import org.ddworkbench.task.CancellationToken;

/**
 * Coverage-guided fuzzing of the import's CSV reader: whatever the bytes, the read ends in rows or a
 * {@link FileRejectedException}, never another exception, a hang or running out of memory.
 */
class CsvReaderFuzzer {
    private final CsvReader reader = new CsvReader();
    private final Path file;

    CsvReaderFuzzer() throws IOException {
        file = Files.createTempDirectory("ddw-fuzz-csv").resolve("fuzzed.csv");
    }

    @FuzzTest(maxDuration = "15s")
    void readsRowsOrRefusesTheFile(byte[] bytes) throws IOException {
        Files.write(file, bytes);
        try {
            reader.read(file, ReadOptions.ALL_ROWS, new CountingHandler(), new CancellationToken());
        } catch (FileRejectedException expected) {
            // The documented answer to a bad file.
        }
    }

    /** Counts rows so the read is complete without holding what it read. */
    private static final class CountingHandler implements RowHandler {
        long rows;

        @Override
        public boolean startSheet(SheetInfo sheet) {
            return true;
        }

        @Override
        public void row(int rowNumber, List<RawCell> cells) {
            rows++;
        }
    }
}
