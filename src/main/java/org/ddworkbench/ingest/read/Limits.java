package org.ddworkbench.ingest.read;

/**
 * The bounds every reader enforces: Excel's own grid and cell limits, plus caps that keep a hostile file
 * from exhausting memory, disk or time while legitimate workbooks pass untouched.
 */
final class Limits {
    /** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    /** Excel refuses to store more characters than this in one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    /** Merged regions are held until a sheet ends; real sheets have hundreds, not hundreds of thousands. */
    static final int MAX_MERGED_REGIONS = 100_000;
    static final int MAX_SHEETS = 10_000;

    /** POI's own default; an .xlsx written by Excel holds a few dozen parts. */
    static final int MAX_ZIP_ENTRIES = 1_000;
    /**
     * A part may expand to at most 1 GiB: a sheet filled to Excel's row limit with about twenty typical
     * cells a row stays below it, and streaming keeps memory flat whatever the size.
     */
    static final long MAX_PART_BYTES = 1L << 30;
    /** A part that compresses better than 1:100 is a zip bomb, not spreadsheet XML (POI's default). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** The shared strings are held in memory for the whole read, so their XML is capped. */
    static final long MAX_SHARED_STRINGS_BYTES = 100L << 20;
    /** Styles are parsed into an object tree; even bloated real style sheets stay far below this. */
    static final long MAX_STYLES_BYTES = 16L << 20;
    /** Cap on the package's small XML parts that POI parses into memory (content types, relationships). */
    static final long MAX_METADATA_PART_BYTES = 32L << 20;
    /** An encrypted workbook is decrypted in memory, so both its package and its unpacked parts are capped. */
    static final long MAX_ENCRYPTED_PACKAGE_BYTES = 64L << 20;
    static final long MAX_ENCRYPTED_UNPACKED_BYTES = 256L << 20;

    private Limits() {
    }
}
