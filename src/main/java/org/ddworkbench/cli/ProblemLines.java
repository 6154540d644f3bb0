package org.ddworkbench.cli;

import java.util.ArrayList;
import java.util.List;
import org.ddworkbench.ingest.ImportProblem;

/**
 * Turns an import's problems into the lines the CLI prints, one per problem:
 * {@code file, sheet "S", row R, column C: reason}, with the offending value only for supplier-level files.
 */
final class ProblemLines {
    /** More lines than this are summarised; the full list is in the window's export. */
    static final int MAX_LINES = 50;
    private static final int MAX_VALUE_LENGTH = 60;

    private ProblemLines() {
    }

    /**
     * @param total how many problems there are in all (the list may hold only the first ones)
     * @param showValues false for worker-level files, whose values are never shown
     */
    static List<String> format(List<ImportProblem> problems, long total, boolean showValues) {
        List<String> lines = new ArrayList<>();
        for (ImportProblem problem : problems) {
            if (lines.size() == MAX_LINES) {
                break;
            }
            lines.add(line(problem, showValues));
        }
        long rest = Math.max(total, problems.size()) - lines.size();
        if (rest > 0) {
            lines.add("... and " + rest + " more");
        }
        return lines;
    }

    static String line(ImportProblem problem, boolean showValues) {
        StringBuilder line = new StringBuilder(oneLine(problem.file()));
        if (problem.sheet() != null && !problem.sheet().isBlank()) {
            line.append(", sheet \"").append(oneLine(problem.sheet())).append('"');
        }
        if (problem.row() > 0) {
            line.append(", row ").append(problem.row());
        }
        if (problem.column() != null && !problem.column().isBlank()) {
            line.append(", column ").append(oneLine(problem.column()));
        }
        line.append(": ").append(oneLine(problem.reason()));
        if (showValues && problem.value() != null && !problem.value().isBlank()) {
            String value = oneLine(problem.value());
            if (value.length() > MAX_VALUE_LENGTH) {
                value = value.substring(0, MAX_VALUE_LENGTH) + "...";
            }
            line.append(" (value \"").append(value).append("\")");
        }
        return line.toString();
    }

    /** Cells and sheet names may hold line breaks; each problem must stay on one line. */
    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
