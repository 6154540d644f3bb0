package org.ddworkbench.ingest;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ddworkbench.ingest.map.Field;
import org.ddworkbench.ingest.read.CellKind;
import org.ddworkbench.ingest.read.RawCell;
import org.ddworkbench.ingest.value.CountryNormalizer;
import org.ddworkbench.ingest.value.Deidentifier;
import org.ddworkbench.ingest.value.Parsed;
import org.ddworkbench.ingest.value.ValueParser;
import org.ddworkbench.model.MetricType;

/**
 * Turns one cell into a field or metric value of a {@link RowValues}, or into a problem: parses against the
 * metric, resolves countries, pseudonymises respondent keys, scrubs free text and bands ages. Identifier and
 * ignored columns are never looked at.
 */
final class CellInterpreter {
    private static final Set<String> NOT_APPLICABLE = Set.of("n/a", "na", "n.a.", "n. a.", "-", "--", "—",
            "not applicable");
    private static final int MAX_NAME = 500;
    private static final int MAX_SHORT = 200;
    private static final int MAX_LONG = 4_000;
    /** Distinct cell texts remembered per column; columns with more (free answers) simply parse each cell. */
    private static final int MEMO_SIZE = 512;

    /** What a not-applicable answer parses to: no value and no problem. */
    private static final Parsed NOT_APPLICABLE_ANSWER = new Parsed.Ok(null);

    private final Map<TargetPlan, ColumnMemo> memos = new IdentityHashMap<>();
    private final ValueParser parser;
    private final CountryNormalizer countries;
    private final Deidentifier deidentifier;
    private final ProblemList problems;
    private final DeidentificationTally tally;

    CellInterpreter(ValueParser parser, CountryNormalizer countries, Deidentifier deidentifier, ProblemList problems,
            DeidentificationTally tally) {
        this.parser = parser;
        this.countries = countries;
        this.deidentifier = deidentifier;
        this.problems = problems;
        this.tally = tally;
    }

    /** Interprets {@code cell} (read at {@code row}) for {@code target} into {@code into}. */
    void apply(TargetPlan target, RawCell cell, int row, RowValues into, boolean workerLevel) {
        switch (target.kind()) {
            case FIELD -> field(target, cell, row, into, workerLevel);
            case METRIC -> metric(target, cell, row, into, workerLevel);
            default -> {
                // IDENTIFIER and IGNORE: the value is not read, let alone kept.
            }
        }
    }

    private void metric(TargetPlan target, RawCell cell, int row, RowValues into, boolean workerLevel) {
        Parsed parsed = parsed(target, cell);
        if (parsed instanceof Parsed.Invalid invalid) {
            problem(into.sheet, row, target, cell, invalid.reason());
            return;
        }
        Object value = ((Parsed.Ok) parsed).value();
        if (value == null) {
            return;
        }
        if (target.banded() && value instanceof Double age) {
            value = deidentifier.ageBand((int) Math.floor(age));
        } else if (workerLevel && target.metric().type() == MetricType.TEXT && value instanceof String text) {
            value = scrubbed(target, text);
        }
        if (target.slot() >= 0) {
            into.slots[target.slot()] = value;
        } else {
            into.values.add(new SourcedValue(target.metric().id(), value, into.sheet, row, cell.column()));
        }
    }

    /**
     * Parses through a small per-column memo: survey columns repeat a handful of answers ("Yes", "48", a date)
     * hundreds of thousands of times, and parsing is pure. Free text is never memoised.
     */
    private Parsed parsed(TargetPlan target, RawCell cell) {
        if (target.metric().type() == MetricType.TEXT) {
            return notApplicable(cell) ? NOT_APPLICABLE_ANSWER : parser.parse(cell, target.metric(), target.rules());
        }
        ColumnMemo memo = memos.computeIfAbsent(target, t -> new ColumnMemo());
        Parsed parsed = memo.get(cell);
        if (parsed == null) {
            parsed = notApplicable(cell) ? NOT_APPLICABLE_ANSWER : parser.parse(cell, target.metric(), target.rules());
            memo.put(cell, parsed);
        }
        return parsed;
    }

    private Parsed parsedDate(TargetPlan target, RawCell cell) {
        ColumnMemo memo = memos.computeIfAbsent(target, t -> new ColumnMemo());
        Parsed parsed = memo.get(cell);
        if (parsed == null) {
            parsed = parser.parseDate(cell);
            memo.put(cell, parsed);
        }
        return parsed;
    }

    /** "N/A", "-" and the like: the question does not apply, which is an absent value rather than a wrong one. */
    private static boolean notApplicable(RawCell cell) {
        return cell.kind() == CellKind.TEXT && cell.text().length() <= 16
                && NOT_APPLICABLE.contains(cell.text().strip().toLowerCase(Locale.ROOT));
    }

    private void field(TargetPlan target, RawCell cell, int row, RowValues into, boolean workerLevel) {
        Field field = target.field();
        String text = cell.text() == null ? "" : cell.text().strip();
        switch (field) {
            case SUPPLIER_NAME -> {
                into.name = limited(target, cell, row, into, text, MAX_NAME);
                into.nameRow = row;
            }
            case SUPPLIER_COUNTRY -> {
                Optional<String> alpha2 = countries.toAlpha2(text);
                if (alpha2.isPresent()) {
                    into.country = alpha2.get();
                } else {
                    problem(into.sheet, row, target, cell, "not a country the workbench recognises; write the"
                            + " country's name or its ISO code");
                }
            }
            case SUPPLIER_ADDRESS -> into.address = limited(target, cell, row, into, text, 1_000);
            case SUPPLIER_SECTOR -> into.sector = limited(target, cell, row, into, text, MAX_SHORT);
            case SUPPLIER_EXTERNAL_ID -> into.externalId = limited(target, cell, row, into, text, MAX_SHORT);
            case SUPPLIER_TIER -> {
                Parsed tier = parser.parseInteger(cell, 1, 9);
                if (tier instanceof Parsed.Ok ok) {
                    into.tier = ((Number) ok.value()).intValue();
                } else {
                    problem(into.sheet, row, target, cell, "a supplier tier is a whole number from 1 to 9 ("
                            + ((Parsed.Invalid) tier).reason() + ")");
                }
            }
            case OBSERVED_ON -> {
                Parsed date = parsedDate(target, cell);
                if (date instanceof Parsed.Ok ok) {
                    into.observedOn = (LocalDate) ok.value();
                } else {
                    problem(into.sheet, row, target, cell, ((Parsed.Invalid) date).reason());
                }
            }
            case SITE_NAME -> {
                into.site = limited(target, cell, row, into, text, MAX_NAME);
                if (into.name == null) {
                    into.nameRow = row;
                }
            }
            case AUDIT_SCHEME -> into.scheme = limited(target, cell, row, into, text, MAX_SHORT);
            case AUDITOR_FIRM -> into.auditorFirm = limited(target, cell, row, into, text, 300);
            case FINDING_CLAUSE -> into.clause = limited(target, cell, row, into, text, MAX_NAME);
            case FINDING_DESCRIPTION -> into.description = limited(target, cell, row, into, text, MAX_LONG);
            case FINDING_SEVERITY -> {
                into.severity = limited(target, cell, row, into, text, 100);
                into.severityColumn = cell.column();
                into.severityHeader = target.header();
            }
            case FINDING_STATUS -> into.status = limited(target, cell, row, into, text, 100);
            case RESPONDENT_KEY -> into.respondent = pseudonym(text);
            case FREE_TEXT -> freeText(target, cell, row, into, scrubbed(target, text));
            case GRIEVANCE_CHANNEL -> {
                if (target.slot() >= 0) {
                    into.slots[target.slot()] = limited(target, cell, row, into, scrubbed(target, text), MAX_SHORT);
                }
            }
            case COMMENT -> {
                if (!workerLevel) {
                    into.values.add(new SourcedValue("_comment", scrubbed(target, clip(text)), into.sheet, row,
                            cell.column()));
                }
            }
            default -> {
                // QUESTION and ANSWER only place the columns of long layouts.
            }
        }
    }

    private void freeText(TargetPlan target, RawCell cell, int row, RowValues into, String scrubbed) {
        String text = clip(scrubbed);
        if (target.slot() >= 0) {
            into.slots[target.slot()] = text;
        } else {
            into.values.add(new SourcedValue("_free_text", text, into.sheet, row, cell.column()));
        }
    }

    /** A blank or punctuation-only key has no pseudonym: the row then counts as its own respondent. */
    private String pseudonym(String text) {
        try {
            return deidentifier.pseudonym(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String scrubbed(TargetPlan target, String text) {
        Deidentifier.Scrubbed scrubbed = deidentifier.scrub(text);
        tally.scrubbed(target.header(), scrubbed.total());
        return scrubbed.text();
    }

    private String limited(TargetPlan target, RawCell cell, int row, RowValues into, String text, int max) {
        if (text.length() > max) {
            problem(into.sheet, row, target, cell, "longer than the " + max + " characters allowed here");
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    private static String clip(String text) {
        return text.length() <= MAX_LONG ? text : text.substring(0, MAX_LONG);
    }

    private void problem(String sheet, int row, TargetPlan target, RawCell cell, String reason) {
        problems.add(sheet, row, target.label(cell.column()), cell.text(), reason);
    }

    /**
     * One column's parsed cells, by kind and then by text: a plain string key per kind keeps the lookup, done
     * for every cell of a million-row file, to one string hash and one string comparison.
     */
    private static final class ColumnMemo {
        private final Map<CellKind, Map<String, Parsed>> byKind = new EnumMap<>(CellKind.class);
        private int size;

        Parsed get(RawCell cell) {
            Map<String, Parsed> texts = byKind.get(cell.kind());
            return texts == null ? null : texts.get(cell.text());
        }

        void put(RawCell cell, Parsed parsed) {
            if (size < MEMO_SIZE) {
                byKind.computeIfAbsent(cell.kind(), k -> new HashMap<>()).put(cell.text(), parsed);
                size++;
            }
        }
    }
}
