package org.ddworkbench.proof.hostile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ddworkbench.proof.hostile.CorpusEntry.FileMaker;
import org.ddworkbench.proof.hostile.CorpusEntry.Route;

/** The corpus's bad text and junk files: enormous cells and lines, empty rows, wrong encodings, binary data. */
final class TextCorpus {
    private static final String HEADER = "Supplier Name,Country\n";
    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final List<CorpusEntry> entries = new ArrayList<>();

    private TextCorpus() {
    }

    static List<CorpusEntry> entries() {
        TextCorpus corpus = new TextCorpus();
        corpus.oversized();
        corpus.encodings();
        corpus.junk();
        return corpus.entries;
    }

    private void oversized() {
        add("enormous cell", "enormous-cell.csv", "32,767 characters", file -> Files.writeString(file,
                HEADER + "\"" + "x".repeat(40_000) + "\",TH\n"));
        // 64 MB inside one quote that never closes: a reader that buffers the cell runs out of the 128 MB heap.
        add("enormous cell", "enormous-unclosed-quote.csv", "32,767 characters", file -> write(file, out -> {
            out.write(HEADER + "\"Siam ");
            char[] block = "lorem ipsum ".repeat(87_382).toCharArray();
            for (int i = 0; i < 64; i++) {
                out.write(block);
            }
        }));
        add("enormous line", "twenty-thousand-fields.csv", "16,384 fields", file -> Files.writeString(file,
                HEADER + "a,".repeat(20_000) + "TH\n"));
        entries.add(new CorpusEntry("empty rows", "million-empty-rows.csv", Route.IMPORT_NO_DATA, "nothing to import",
                file -> write(file, out -> {
                    out.write(HEADER);
                    for (int i = 0; i < 1_000_000; i++) {
                        out.write(",\n");
                    }
                })));
        add("malformed CSV", "quote-never-closed.csv", "quote is never closed", file -> Files.writeString(file,
                HEADER + "\"Andaman Nets,TH\nSiam Canvas,TH\n"));
    }

    private void encodings() {
        add("wrong encoding", "utf-16-without-bom.csv", "binary data", file -> Files.write(file,
                (HEADER + "Café Siam,TH\n").getBytes(StandardCharsets.UTF_16LE)));
        add("wrong encoding", "latin-1-claimed-as-utf-8.csv", "not valid UTF-8", file -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(UTF8_BOM);
                out.write((HEADER + "Café Siam,TH\nSão Paulo Têxtil,BR\n").getBytes(LATIN_1));
            }
        });
        // One misencoded letter after 100,000 good lines: it must not turn silently into a replacement character.
        add("wrong encoding", "latin-1-late-in-a-utf-8-file.csv", "not valid UTF-8", file -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(UTF8_BOM);
                out.write((HEADER + "Andaman Nets,TH\n".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
                out.write("Café Siam,TH\n".getBytes(LATIN_1));
            }
        });
    }

    private void junk() {
        add("binary junk", "binary-junk.csv", "binary data", file -> Files.write(file, junk(20_000, 1)));
        add("binary junk", "binary-junk.xlsx", "binary data", file -> Files.write(file, junk(20_000, 2)));
        add("binary junk", "binary-junk.xls", "binary data", file -> Files.write(file, junk(20_000, 3)));
        add("binary junk", "nul-bytes.csv", "binary data", file -> Files.writeString(file,
                HEADER + "Siam\0\0\0\0Canvas,TH\n".repeat(50)));
        add("binary junk", "empty-file.csv", "empty", file -> Files.write(file, new byte[0]));
        add("wrong type", "pdf-named.csv", "PDF", file -> Files.writeString(file, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"));
        add("wrong type", "web-page-named.xls", "web page", file -> Files.writeString(file,
                "<html><body><table><tr><td>Supplier Name</td></tr></table></body></html>"));
    }

    private void add(String category, String name, String expected, FileMaker maker) {
        entries.add(new CorpusEntry(category, name, Route.IMPORT, expected, maker));
    }

    /** Random bytes that start with no known signature. */
    private static byte[] junk(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        bytes[0] = 7;
        return bytes;
    }

    private interface TextWriter {
        void write(Writer out) throws IOException;
    }

    private static void write(Path file, TextWriter content) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            content.write(out);
        }
    }
}
