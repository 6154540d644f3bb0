package org.ddworkbench.ui.imports;

import static org.ddworkbench.ui.I18n.tr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.ddworkbench.ingest.map.Field;
import org.ddworkbench.ingest.map.TargetKind;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricPack;

/** The targets a mapping can use for a pack, in the order the drop-down lists them, with readable names. */
public final class TargetChoices {
    private final MetricPack pack;
    private final List<TargetChoice> all;

    public TargetChoices(MetricPack pack) {
        this.pack = pack;
        List<TargetChoice> choices = new ArrayList<>();
        choices.add(ignore());
        choices.add(identifier());
        for (Field field : Field.values()) {
            choices.add(new TargetChoice(TargetKind.FIELD, field.name(), fieldLabel(field)));
        }
        for (Metric metric : pack.metrics()) {
            choices.add(new TargetChoice(TargetKind.METRIC, metric.id(), metricLabel(metric)));
        }
        all = List.copyOf(choices);
    }

    public List<TargetChoice> all() {
        return all;
    }

    /** The choice for a mapped target; one made up on the spot when the pack does not know the metric. */
    public TargetChoice of(TargetKind kind, String target) {
        if (kind == TargetKind.IGNORE || kind == null) {
            return all.get(0);
        }
        if (kind == TargetKind.IDENTIFIER) {
            return all.get(1);
        }
        return all.stream().filter(c -> c.kind() == kind && Objects.equals(c.target(), target)).findFirst()
                .orElseGet(() -> new TargetChoice(kind, target, target));
    }

    /**
     * The choice a user typed: an exact label or id (ignoring case), or the only choice whose label
     * contains the text; empty when nothing or several match.
     */
    public Optional<TargetChoice> find(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String needle = typed.strip().toLowerCase(Locale.ROOT);
        Optional<TargetChoice> exact = all.stream()
                .filter(c -> c.label().toLowerCase(Locale.ROOT).equals(needle)
                        || (c.target() != null && c.target().toLowerCase(Locale.ROOT).equals(needle)))
                .findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<TargetChoice> partial = all.stream()
                .filter(c -> c.label().toLowerCase(Locale.ROOT).contains(needle)).toList();
        return partial.size() == 1 ? Optional.of(partial.get(0)) : Optional.empty();
    }

    /** A readable name for what a stored value is: a metric's label, a field's name, or the id itself. */
    public String describeTarget(String metricIdOrField) {
        if (metricIdOrField == null) {
            return "";
        }
        for (Metric metric : pack.metrics()) {
            if (metric.id().equals(metricIdOrField)) {
                return metric.label();
            }
        }
        for (Field field : Field.values()) {
            if (field.name().equals(metricIdOrField)) {
                return fieldLabel(field);
            }
        }
        if (metricIdOrField.startsWith("_") && metricIdOrField.length() > 1) {
            // The store's own entries, such as "_comment", read as the word they are.
            String word = metricIdOrField.substring(1).replace('_', ' ');
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        return metricIdOrField;
    }

    public static TargetChoice ignore() {
        return new TargetChoice(TargetKind.IGNORE, null, tr("Ignore (not imported)"));
    }

    public static TargetChoice identifier() {
        return new TargetChoice(TargetKind.IDENTIFIER, null, tr("Identifier (not stored)"));
    }

    private static String metricLabel(Metric metric) {
        return tr("{0} (metric {1})", metric.label(), metric.id());
    }

    public static String fieldLabel(Field field) {
        return switch (field) {
            case SUPPLIER_NAME -> tr("Supplier name");
            case SUPPLIER_COUNTRY -> tr("Supplier country");
            case SUPPLIER_ADDRESS -> tr("Supplier address");
            case SUPPLIER_SECTOR -> tr("Supplier sector");
            case SUPPLIER_TIER -> tr("Supplier tier");
            case SUPPLIER_EXTERNAL_ID -> tr("Supplier external id");
            case OBSERVED_ON -> tr("Date observed");
            case SITE_NAME -> tr("Site name");
            case AUDIT_SCHEME -> tr("Audit scheme");
            case AUDITOR_FIRM -> tr("Auditor firm");
            case FINDING_CLAUSE -> tr("Finding clause");
            case FINDING_DESCRIPTION -> tr("Finding description");
            case FINDING_SEVERITY -> tr("Finding severity");
            case FINDING_STATUS -> tr("Finding status");
            case RESPONDENT_KEY -> tr("Respondent key (stored as a pseudonym)");
            case FREE_TEXT -> tr("Free text (scrubbed of contact details)");
            case GRIEVANCE_CHANNEL -> tr("Grievance channel");
            case QUESTION -> tr("Question (long layout)");
            case ANSWER -> tr("Answer (long layout)");
            case COMMENT -> tr("Comment (long layout)");
        };
    }
}
