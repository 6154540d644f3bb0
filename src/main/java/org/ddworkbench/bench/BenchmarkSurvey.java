package org.ddworkbench.bench;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * Generates the benchmark's worker survey: supplier, respondent id, interview date and 17 worker-level
 * metrics of the bundled pack, headed by the metrics' labels, with plausible random answers. The workbook
 * is written with POI's streaming writer, so any row count fits in a small heap.
 */
final class BenchmarkSurvey {
    static final String SHEET = "Responses";
    /** Headers of the three non-metric columns. */
    static final List<String> FIELD_HEADERS = List.of("Supplier", "Respondent ID", "Interview date");
    /** The 17 metric columns: metric id and header (the pack's label). */
    static final List<String[]> METRICS = List.of(
            new String[] {"paid_recruitment_fee", "Worker paid a recruitment fee"},
            new String[] {"recruitment_fee_months_wages", "Recruitment fee paid, in months of wages"},
            new String[] {"contract_in_own_language", "Contract in the worker's language"},
            new String[] {"contract_before_departure", "Contract received before departure"},
            new String[] {"employer_holds_my_documents", "Employer holds my documents (worker)"},
            new String[] {"wage_delay_days", "Wage delay in days"},
            new String[] {"loan_repayment_share_of_wage", "Loan repayment as share of wage"},
            new String[] {"has_debt_to_employer_or_agent", "Worker owes money to employer or agent"},
            new String[] {"payslip_provided", "Payslip provided"},
            new String[] {"regular_weekly_hours", "Regular weekly hours"},
            new String[] {"total_weekly_hours", "Total weekly hours"},
            new String[] {"overtime_voluntary", "Overtime is voluntary"},
            new String[] {"free_to_leave_premises", "Free to leave premises"},
            new String[] {"penalty_for_resigning", "Penalty for resigning"},
            new String[] {"can_contact_family", "Can contact family"},
            new String[] {"threatened", "Threatened"},
            new String[] {"grievance_mechanism_known", "Grievance mechanism known to worker"});
    static final int COLUMNS = FIELD_HEADERS.size() + METRICS.size();
    private static final int SUPPLIERS = 40;
    private static final LocalDate FIRST_INTERVIEW = LocalDate.of(2025, 1, 6);
    private static final long SEED = 20_250_630L;
    private static final int PROGRESS_EVERY = 10_000;

    static List<String> headers() {
        List<String> headers = new ArrayList<>(FIELD_HEADERS);
        METRICS.forEach(metric -> headers.add(metric[1]));
        return headers;
    }

    /** Writes {@code rows} respondents as an XLSX workbook (one sheet, header in row 1). */
    void writeXlsx(Path file, int rows, ProgressListener progress, CancellationToken cancellation) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        workbook.setCompressTempFiles(true);
        try (OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            List<String> headers = headers();
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            SplittableRandom random = new SplittableRandom(SEED);
            Object[] values = new Object[COLUMNS];
            for (int r = 1; r <= rows; r++) {
                fill(values, r, random);
                Row row = sheet.createRow(r);
                for (int c = 0; c < values.length; c++) {
                    Object value = values[c];
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
                report(r, rows, "Writing the benchmark workbook", progress, cancellation);
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /** Writes {@code rows} respondents as a UTF-8 CSV file with a header line. */
    void writeCsv(Path file, int rows, ProgressListener progress, CancellationToken cancellation) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        headers().forEach(schema::addColumn);
        CsvSchema withHeader = schema.setUseHeader(true).setLineSeparator("\n").build();
        CsvMapper mapper = new CsvMapper();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                SequenceWriter writer = mapper.writerFor(String[].class).with(withHeader).writeValues(out)) {
            SplittableRandom random = new SplittableRandom(SEED);
            Object[] values = new Object[COLUMNS];
            String[] text = new String[COLUMNS];
            for (int r = 1; r <= rows; r++) {
                fill(values, r, random);
                for (int c = 0; c < values.length; c++) {
                    text[c] = values[c] == null ? "" : asText(values[c]);
                }
                writer.write(text);
                report(r, rows, "Writing the benchmark CSV file", progress, cancellation);
            }
        }
    }

    private static void report(int row, int rows, String message, ProgressListener progress,
            CancellationToken cancellation) {
        if (row % PROGRESS_EVERY == 0) {
            cancellation.throwIfCancelled();
            progress.progress((double) row / rows, message);
        }
    }

    private static String asText(Object value) {
        if (value instanceof Double number) {
            return number == Math.rint(number) ? Long.toString(number.longValue()) : number.toString();
        }
        return value.toString();
    }

    /** One respondent's answers; about one answer in 40 is left blank, as respondents skip questions. */
    private static void fill(Object[] values, int row, SplittableRandom random) {
        int supplier = random.nextInt(SUPPLIERS);
        values[0] = "Benchmark Supplier " + (char) ('A' + supplier % 26) + (supplier / 26 + 1) + " Co., Ltd.";
        values[1] = String.format("BR-%07d", row);
        values[2] = FIRST_INTERVIEW.plusDays(row % 120);
        boolean paidFee = random.nextInt(100) < 18;
        boolean inDebt = paidFee ? random.nextInt(100) < 60 : random.nextInt(100) < 5;
        int regular = random.nextInt(100) < 85 ? 48 : 44;
        int total = random.nextInt(100) < 12 ? 66 + random.nextInt(12) : regular + random.nextInt(11);
        values[3] = yesNo(paidFee);
        values[4] = paidFee ? Math.round((0.5 + random.nextDouble() * 4) * 10) / 10.0 : 0.0;
        values[5] = yesNo(random.nextInt(100) < 90);
        values[6] = skippable(random, random.nextInt(100) < 80);
        values[7] = yesNo(random.nextInt(100) < 10);
        values[8] = (double) (random.nextInt(100) < 8 ? 8 + random.nextInt(38) : random.nextInt(3));
        values[9] = (double) (inDebt ? 3 + random.nextInt(30) : 0);
        values[10] = yesNo(inDebt);
        values[11] = yesNo(random.nextInt(100) < 92);
        values[12] = (double) regular;
        values[13] = (double) total;
        values[14] = skippable(random, random.nextInt(100) < 85);
        values[15] = yesNo(random.nextInt(100) < 94);
        values[16] = skippable(random, random.nextInt(100) < 7);
        values[17] = yesNo(random.nextInt(100) < 90);
        values[18] = skippable(random, random.nextInt(100) < 5);
        values[19] = yesNo(random.nextInt(100) < 70);
    }

    private static String skippable(SplittableRandom random, boolean yes) {
        return random.nextInt(40) == 0 ? null : yesNo(yes);
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
