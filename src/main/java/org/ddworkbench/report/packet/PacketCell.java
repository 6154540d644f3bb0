package org.ddworkbench.report.packet;

import java.util.Objects;

/**
 * One released cell or margin: its published value, or no value and the reason it is suppressed.
 *
 * @param row the row index, or the number of rows for a column total
 * @param column the column index, or the number of columns for a row total
 * @param value the published (possibly noisy) value, or null when suppressed
 * @param mark {@code published}, {@code suppressed-small}, {@code suppressed-dominance} or
 *     {@code suppressed-complementary}
 * @param reason why the cell is suppressed, in plain words, or null when published
 */
public record PacketCell(int row, int column, Double value, String mark, String reason) {

    public static final String PUBLISHED = "published";
    /** The largest magnitude of a value: 2<sup>53</sup>, beyond which doubles no longer hold whole numbers exactly. */
    public static final double MAX_MAGNITUDE = 9.007_199_254_740_992E15;

    public PacketCell {
        Objects.requireNonNull(mark, "mark");
        if ((value == null) == PUBLISHED.equals(mark)) {
            throw new IllegalArgumentException("A published cell has a value and a suppressed cell has none");
        }
    }

    public boolean suppressed() {
        return value == null;
    }
}
