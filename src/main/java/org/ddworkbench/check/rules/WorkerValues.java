package org.ddworkbench.check.rules;

import java.util.Arrays;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.EvidenceCell;

/**
 * All answers of one supplier's workers to one metric from one kind of source, in primitive arrays so that
 * hundreds of thousands of answers stay small. Numbers and booleans (1 and 0) are in {@link #number}; choices
 * in {@link #text}. Each answer keeps its cell.
 */
public final class WorkerValues {
    private final DataSourceKind kind;
    private final String metricId;
    private double[] numbers = new double[8];
    private String[] texts;
    private long[] importIds = new long[8];
    private String[] sheets = new String[8];
    private int[] rows = new int[8];
    private int[] columns = new int[8];
    private int size;

    public WorkerValues(DataSourceKind kind, String metricId) {
        this.kind = kind;
        this.metricId = metricId;
    }

    /** Adds a number or boolean answer (true as 1, false as 0). */
    public void addNumber(double value, long importId, String sheet, int row, int column) {
        grow();
        numbers[size] = value;
        place(importId, sheet, row, column);
    }

    /** Adds a choice or text answer. */
    public void addText(String value, long importId, String sheet, int row, int column) {
        grow();
        if (texts == null) {
            texts = new String[numbers.length];
        }
        texts[size] = value;
        numbers[size] = Double.NaN;
        place(importId, sheet, row, column);
    }

    private void place(long importId, String sheet, int row, int column) {
        importIds[size] = importId;
        sheets[size] = sheet;
        rows[size] = row;
        columns[size] = column;
        size++;
    }

    private void grow() {
        if (size == numbers.length) {
            int capacity = size * 2;
            numbers = Arrays.copyOf(numbers, capacity);
            importIds = Arrays.copyOf(importIds, capacity);
            sheets = Arrays.copyOf(sheets, capacity);
            rows = Arrays.copyOf(rows, capacity);
            columns = Arrays.copyOf(columns, capacity);
            if (texts != null) {
                texts = Arrays.copyOf(texts, capacity);
            }
        } else if (texts != null && texts.length < numbers.length) {
            texts = Arrays.copyOf(texts, numbers.length);
        }
    }

    public DataSourceKind kind() {
        return kind;
    }

    public String metricId() {
        return metricId;
    }

    public int size() {
        return size;
    }

    /** The i-th answer as a number (NaN for a choice or text answer). */
    public double number(int i) {
        return numbers[i];
    }

    /** The i-th answer as text, or null when it is a number. */
    public String text(int i) {
        return texts == null ? null : texts[i];
    }

    public long importId(int i) {
        return importIds[i];
    }

    public String sheet(int i) {
        return sheets[i];
    }

    public int row(int i) {
        return rows[i];
    }

    public int column(int i) {
        return columns[i];
    }

    /** The i-th answer's cell; {@code imports} resolves the file of its import. */
    public EvidenceCell cell(int i, ImportCatalog imports, String value) {
        ImportCatalog.Entry file = imports.entry(importIds[i]);
        return new EvidenceCell(importIds[i], kind, file.fileName(), file.sha256(), sheets[i], rows[i], columns[i],
                metricId, value);
    }
}
