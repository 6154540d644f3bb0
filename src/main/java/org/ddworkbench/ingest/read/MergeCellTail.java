package org.ddworkbench.ingest.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records the last bytes a sheet's XML parser consumed so that, when a preview stops the parse early, the
 * merged regions (which the format stores after all rows) can still be found by a plain byte scan of the
 * rest of the sheet: far cheaper than parsing rows that are no longer wanted.
 */
final class MergeCellTail extends FilterInputStream {
    /** Larger than any XML parser's read-ahead, so nothing the parser swallowed unread is lost. */
    private static final int KEEP = 64 * 1024;
    private static final int CHUNK = 256 * 1024;
    private static final int CARRY = 512;
    private static final Pattern REF = Pattern.compile("\\sref\\s*=\\s*[\"']([A-Za-z0-9:$]{2,32})[\"']");

    private final byte[] ring = new byte[KEEP];
    private long written;

    MergeCellTail(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            ring[(int) (written++ % KEEP)] = (byte) b;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            ring[(int) (written++ % KEEP)] = buffer[offset + i];
        }
        return n;
    }

    /** Leaves the sheet's stream open: XML parsers close their input when they stop, even early. */
    @Override
    public void close() {
        // the reader closes the underlying stream itself once the rest has been scanned
    }

    /** Scans what the parser read last plus the unread rest of the sheet for merged regions. */
    List<CellRange> scanRest(String fileName, String sheetName, Runnable checkpoint) throws IOException {
        List<CellRange> regions = new ArrayList<>();
        int kept = (int) Math.min(written, KEEP);
        byte[] recent = new byte[kept];
        for (int i = 0; i < kept; i++) {
            recent[i] = ring[(int) ((written - kept + i) % KEEP)];
        }
        String carry = scan(new String(recent, StandardCharsets.ISO_8859_1), regions, fileName, sheetName);
        byte[] chunk = new byte[CHUNK];
        int n;
        while ((n = in.read(chunk)) > 0) {
            checkpoint.run();
            carry = scan(carry + new String(chunk, 0, n, StandardCharsets.ISO_8859_1), regions, fileName, sheetName);
        }
        return regions;
    }

    /** Adds the regions of every complete mergeCell element in {@code text}; returns the text to carry on. */
    private static String scan(String text, List<CellRange> regions, String fileName, String sheetName) {
        int from = 0;
        int carryFrom = Math.max(0, text.length() - CARRY);
        int at;
        while ((at = text.indexOf("mergeCell", from)) >= 0) {
            int end = text.indexOf('>', at);
            if (end < 0) {
                if (text.length() - at <= CARRY) {
                    return text.substring(Math.max(0, at - 1));
                }
                from = at + 9;
                continue;
            }
            char before = at > 0 ? text.charAt(at - 1) : ' ';
            char after = at + 9 < text.length() ? text.charAt(at + 9) : '>';
            if ((before == '<' || before == ':') && Character.isWhitespace(after)) {
                Matcher ref = REF.matcher(text.substring(at + 9, end));
                CellRange range = ref.find() ? CellReferences.range(ref.group(1)) : null;
                if (range != null) {
                    if (regions.size() >= Limits.MAX_MERGED_REGIONS) {
                        throw new RejectedRead(Locations.reject(fileName, sheetName, 0, -1,
                                "the sheet has more than 100,000 merged cell regions; refused as damaged or malicious"));
                    }
                    regions.add(range);
                }
            }
            from = end + 1;
        }
        return text.substring(Math.max(from, carryFrom));
    }
}
