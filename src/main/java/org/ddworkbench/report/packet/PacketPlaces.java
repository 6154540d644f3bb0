package org.ddworkbench.report.packet;

import java.util.List;

/** Names places in a packet the way messages show them, such as {@code table 2 ("Flagged suppliers"), cell at row 3 ("BR"), column 1 ("Debt bondage")}. */
final class PacketPlaces {
    /** Labels and titles are echoed only this far, so a hostile file cannot flood a message. */
    private static final int MAX_ECHO = 60;

    private PacketPlaces() {
    }

    /** The table at zero-based {@code index}, numbered from 1, with its title when known. */
    static String table(int index, String title) {
        return "table " + (index + 1) + (title == null ? "" : " (" + quote(title) + ")");
    }

    /** A cell by its zero-based indices, numbered from 1 with its labels; the index past the labels is the total. */
    static String cell(List<String> rowLabels, List<String> columnLabels, int row, int column) {
        return "cell at " + position("row", rowLabels, row) + ", " + position("column", columnLabels, column);
    }

    private static String position(String axis, List<String> labels, int index) {
        if (index == labels.size()) {
            return "the total " + axis;
        }
        if (index < 0 || index > labels.size()) {
            return axis + " index " + index;
        }
        return axis + " " + (index + 1) + " (" + quote(labels.get(index)) + ")";
    }

    /** A text in quotes, cut short and with control characters replaced. */
    static String quote(String text) {
        String cut = text.length() > MAX_ECHO ? text.substring(0, MAX_ECHO) + "..." : text;
        StringBuilder shown = new StringBuilder(cut.length() + 2).append('"');
        cut.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return shown.append('"').toString();
    }
}
