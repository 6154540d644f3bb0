package org.ddworkbench.ingest.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ddworkbench.ingest.read.CellKind;
import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricType;

/**
 * Parses cells into typed metric values and checks them against the metric's type, unit, range and allowed
 * values; problem reasons never repeat the cell's value, so problem lists and logs stay free of personal data.
 *
 * <p>Rules, in order: the column's translations apply first (to the trimmed, lower-case text). Numbers
 * follow {@link NumberText}; a unit written next to a number must agree with the metric's unit, else the
 * value is refused. The column's unit factor then converts the number. Integers must be whole after
 * conversion. <b>Percentages:</b> text with a "%" sign (or "percent") is taken as written ("12%" = 12, and
 * the unit factor is not applied to it). Otherwise, when the column's unit factor is 1, a number strictly
 * between 0 and 1 is a fraction as Excel stores a percent-formatted cell, and is multiplied by 100 (0.35 =
 * 35); 0 and 1 and everything larger are taken as written (1 = 1 %). A mapping that knows a column holds
 * fractions says so with a unit factor of 100, and then no guessing happens. Yes/no answers follow
 * {@link YesNoWords}, dates {@link DateText} (day first, Buddhist years, 1990 to 2100). Choices match the
 * allowed values ignoring case, accents, spaces, hyphens and underscores. Text is kept trimmed, up to
 * {@value #MAX_TEXT_LENGTH} characters.
 */
public final class DefaultValueParser implements ValueParser {
    /** Longer free text is more likely a pasted document than an answer, and bloats the store. */
    public static final int MAX_TEXT_LENGTH = 2_000;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern CHOICE_NOISE = Pattern.compile("[\\s\\-_]+");

    public DefaultValueParser() {
        // Stateless: safe to share across imports and threads.
    }

    @Override
    public Parsed parse(RawCell cell, Metric metric, ValueRules rules) {
        RawCell translated = translated(cell, rules);
        Optional<Parsed> unusable = unusable(translated);
        if (unusable.isPresent()) {
            return unusable.get();
        }
        return switch (metric.type()) {
            case NUMBER, INTEGER, PERCENT -> number(translated, metric, rules);
            case BOOLEAN -> yesNo(translated);
            case DATE -> parseDate(translated);
            case CHOICE -> choice(translated, metric);
            case TEXT -> text(translated);
        };
    }

    @Override
    public Parsed parseDate(RawCell cell) {
        Optional<Parsed> unusable = unusable(cell);
        if (unusable.isPresent()) {
            return unusable.get();
        }
        try {
            LocalDate date = switch (cell.kind()) {
                case DATE -> DateText.inRange(LocalDate.parse(cell.text()));
                case DATETIME -> DateText.inRange(LocalDateTime.parse(cell.text()).toLocalDate());
                case NUMBER -> DateText.fromSerial(Double.parseDouble(cell.text()));
                case TEXT -> DateText.read(cell.text());
                default -> throw new DateText.NotADate("not a date");
            };
            return new Parsed.Ok(date);
        } catch (DateText.NotADate e) {
            return new Parsed.Invalid(e.getMessage());
        } catch (DateTimeParseException | NumberFormatException e) {
            return new Parsed.Invalid("not a date");
        }
    }

    /** {@inheritDoc} Any unit or label the workbench knows may surround the number ("Tier 1"); the value is a Double. */
    @Override
    public Parsed parseInteger(RawCell cell, int min, int max) {
        Optional<Parsed> unusable = unusable(cell);
        if (unusable.isPresent()) {
            return unusable.get();
        }
        try {
            BigDecimal value = switch (cell.kind()) {
                case NUMBER -> numberCell(cell);
                case TEXT -> {
                    NumberText.Reading reading = NumberText.read(cell.text());
                    for (String affix : List.of(reading.prefix(), reading.suffix())) {
                        if (!affix.isEmpty() && UnitWords.classify(affix).isEmpty()) {
                            throw new NumberText.NotANumber("not a number");
                        }
                    }
                    yield reading.value();
                }
                default -> throw new NumberText.NotANumber("not a number");
            };
            if (!isWhole(value)) {
                return new Parsed.Invalid("not a whole number");
            }
            return inRange(value, (double) min, (double) max, null);
        } catch (NumberText.NotANumber e) {
            return new Parsed.Invalid(e.getMessage());
        }
    }

    @Override
    public Parsed parseBoolean(RawCell cell, ValueRules rules) {
        RawCell translated = translated(cell, rules);
        Optional<Parsed> unusable = unusable(translated);
        return unusable.orElseGet(() -> yesNo(translated));
    }

    private static Parsed yesNo(RawCell cell) {
        Optional<Boolean> answer = switch (cell.kind()) {
            case BOOLEAN -> Optional.of(Boolean.parseBoolean(cell.text()));
            case TEXT, NUMBER -> YesNoWords.read(cell.text());
            default -> Optional.empty();
        };
        return answer.<Parsed>map(Parsed.Ok::new)
                .orElseGet(() -> new Parsed.Invalid("not a yes or no answer in a language the workbench knows"));
    }

    private static Parsed number(RawCell cell, Metric metric, ValueRules rules) {
        BigDecimal value;
        boolean percentWritten = false;
        try {
            if (cell.kind() == CellKind.NUMBER) {
                value = numberCell(cell);
            } else if (cell.kind() == CellKind.TEXT) {
                NumberText.Reading reading = NumberText.read(cell.text());
                Set<UnitWords.Family> accepted = acceptedUnits(metric);
                for (String affix : List.of(reading.prefix(), reading.suffix())) {
                    if (affix.isEmpty()) {
                        continue;
                    }
                    Optional<UnitWords.Family> family = UnitWords.classify(affix);
                    if (family.isEmpty()) {
                        return new Parsed.Invalid("not a number");
                    }
                    if (!accepted.contains(family.get())) {
                        return new Parsed.Invalid(unitConflict(family.get(), metric));
                    }
                    percentWritten |= family.get() == UnitWords.Family.PERCENT;
                }
                value = reading.value();
            } else {
                return new Parsed.Invalid("not a number");
            }
        } catch (NumberText.NotANumber e) {
            return new Parsed.Invalid(e.getMessage());
        }
        BigDecimal converted = converted(value, metric.type(), rules.unitFactor(), percentWritten);
        if (metric.type() == MetricType.INTEGER && !isWhole(converted)) {
            return new Parsed.Invalid("not a whole number");
        }
        return inRange(converted, metric.min(), metric.max(), metric.unit());
    }

    private static BigDecimal converted(BigDecimal value, MetricType type, double factor, boolean percentWritten) {
        if (type == MetricType.PERCENT) {
            if (percentWritten) {
                return value;
            }
            boolean fraction = value.signum() > 0 && value.compareTo(BigDecimal.ONE) < 0;
            if (factor == 1.0 && fraction) {
                return value.multiply(HUNDRED);
            }
        }
        return factor == 1.0 ? value : value.multiply(BigDecimal.valueOf(factor));
    }

    private static Set<UnitWords.Family> acceptedUnits(Metric metric) {
        Set<UnitWords.Family> accepted = EnumSet.noneOf(UnitWords.Family.class);
        if (metric.unit() != null) {
            accepted.addAll(UnitWords.acceptedBy(metric.unit()));
        }
        if (metric.type() == MetricType.PERCENT) {
            accepted.add(UnitWords.Family.PERCENT);
        }
        return accepted;
    }

    private static String unitConflict(UnitWords.Family written, Metric metric) {
        if (metric.unit() == null) {
            return "written in " + written.label() + ", but this metric has no unit";
        }
        return "written in " + written.label() + ", but this metric is in " + metric.unit();
    }

    private static BigDecimal numberCell(RawCell cell) throws NumberText.NotANumber {
        try {
            return new BigDecimal(cell.text().trim());
        } catch (NumberFormatException e) {
            // A reader that handed over something other than a plain decimal: read it as typed text.
            return NumberText.read(cell.text()).value();
        }
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static Parsed inRange(BigDecimal value, Double min, Double max, String unit) {
        String suffix = unit == null || unit.isBlank() ? "" : " " + unit;
        if (min != null && value.compareTo(BigDecimal.valueOf(min)) < 0) {
            return new Parsed.Invalid("below the minimum of " + plain(min) + suffix);
        }
        if (max != null && value.compareTo(BigDecimal.valueOf(max)) > 0) {
            return new Parsed.Invalid("above the maximum of " + plain(max) + suffix);
        }
        return new Parsed.Ok(value.doubleValue());
    }

    private static String plain(double bound) {
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }

    private static Parsed choice(RawCell cell, Metric metric) {
        String written = choiceKey(cell.text());
        for (String allowed : metric.allowedValues()) {
            if (choiceKey(allowed).equals(written)) {
                return new Parsed.Ok(allowed);
            }
        }
        return new Parsed.Invalid("not one of the allowed values: " + String.join(", ", metric.allowedValues()));
    }

    private static String choiceKey(String text) {
        return CHOICE_NOISE.matcher(TextKeys.folded(text)).replaceAll("");
    }

    private static Parsed text(RawCell cell) {
        String text = cell.text().strip();
        if (text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            return new Parsed.Invalid("longer than the 2,000 characters allowed");
        }
        return new Parsed.Ok(text);
    }

    /** The cell with the column's translation applied, as text; the cell itself when none applies. */
    private static RawCell translated(RawCell cell, ValueRules rules) {
        if (rules.translations().isEmpty() || cell.text() == null) {
            return cell;
        }
        String replacement = rules.translations().get(TextKeys.translationKey(cell.text()));
        return replacement == null ? cell : new RawCell(cell.column(), replacement, CellKind.TEXT);
    }

    private static Optional<Parsed> unusable(RawCell cell) {
        if (cell.kind() == CellKind.ERROR) {
            return Optional.of(new Parsed.Invalid("the cell holds a spreadsheet error instead of a value"));
        }
        if (cell.text() == null || cell.text().isBlank()) {
            return Optional.of(new Parsed.Invalid("blank"));
        }
        return Optional.empty();
    }
}
