package org.ddworkbench.ingest.map;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricPack;

/**
 * Every target of a pack (its metrics and the fields), which of them a sheet of a given role may hold, and
 * how much each word says about which target is meant.
 */
final class TargetCatalog {
    /** A word named by this many targets or more says little about which one is meant ("worker"). */
    private static final int GENERIC_COUNT = 8;
    private static final double KNOWN_WEIGHT = 1.0;
    private static final double GENERIC_WEIGHT = 0.3;
    private static final double UNKNOWN_WEIGHT = 0.5;

    private static final Map<SheetRole, List<Field>> FIELDS = new EnumMap<>(Map.of(
            SheetRole.SUPPLIERS, List.of(Field.SUPPLIER_NAME, Field.SUPPLIER_COUNTRY, Field.SUPPLIER_ADDRESS,
                    Field.SUPPLIER_SECTOR, Field.SUPPLIER_TIER, Field.SUPPLIER_EXTERNAL_ID),
            SheetRole.ANSWERS, List.of(Field.SUPPLIER_NAME, Field.SUPPLIER_COUNTRY, Field.SUPPLIER_ADDRESS,
                    Field.SUPPLIER_SECTOR, Field.SUPPLIER_TIER, Field.SUPPLIER_EXTERNAL_ID, Field.OBSERVED_ON),
            // An audit's date is the pack's audit-date metric, not a separate field.
            SheetRole.AUDIT, List.of(Field.SUPPLIER_NAME, Field.SUPPLIER_COUNTRY, Field.SUPPLIER_ADDRESS,
                    Field.SUPPLIER_EXTERNAL_ID, Field.SITE_NAME, Field.AUDIT_SCHEME, Field.AUDITOR_FIRM),
            SheetRole.FINDINGS, List.of(Field.FINDING_CLAUSE, Field.FINDING_DESCRIPTION, Field.FINDING_SEVERITY,
                    Field.FINDING_STATUS),
            // No address here: in worker-level files an address is the worker's, a direct identifier.
            SheetRole.RESPONDENTS, List.of(Field.RESPONDENT_KEY, Field.SUPPLIER_NAME, Field.SUPPLIER_COUNTRY,
                    Field.OBSERVED_ON, Field.FREE_TEXT),
            SheetRole.CASES, List.of(Field.RESPONDENT_KEY, Field.SUPPLIER_NAME, Field.SUPPLIER_COUNTRY,
                    Field.OBSERVED_ON, Field.GRIEVANCE_CHANNEL, Field.FREE_TEXT)));

    private final List<Target> all;
    private final Map<String, Integer> namedBy;

    TargetCatalog(MetricPack pack) {
        List<Target> targets = new ArrayList<>();
        for (Field field : Field.values()) {
            Target target = Target.of(field);
            if (!target.phrases().isEmpty()) {
                targets.add(target);
            }
        }
        for (Metric metric : pack.metrics()) {
            targets.add(Target.of(metric));
        }
        this.all = List.copyOf(targets);
        Map<String, Integer> counts = new HashMap<>();
        for (Target target : all) {
            for (String word : target.words()) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        this.namedBy = Map.copyOf(counts);
    }

    List<Target> all() {
        return all;
    }

    /** The targets a sheet of {@code role} in a file of {@code kind} may hold: its fields and the kind's metrics. */
    List<Target> candidates(SheetRole role, DataSourceKind kind) {
        List<Target> candidates = new ArrayList<>();
        List<Field> fields = FIELDS.getOrDefault(role, List.of());
        for (Target target : all) {
            if (target.kind() == TargetKind.FIELD) {
                if (fields.contains(Field.valueOf(target.id()))) {
                    candidates.add(target);
                }
            } else if (role != SheetRole.FINDINGS && target.metric().collectedBy().contains(kind)) {
                candidates.add(target);
            }
        }
        return candidates;
    }

    Target field(Field field) {
        return all.stream().filter(t -> t.is(field)).findFirst().orElseGet(() -> Target.of(field));
    }

    /** How much a word says about which target is meant. */
    double weight(String word) {
        if (Words.weak(word)) {
            return GENERIC_WEIGHT;
        }
        int count = namedBy.getOrDefault(word, 0);
        if (count == 0) {
            return UNKNOWN_WEIGHT;
        }
        return count >= GENERIC_COUNT ? GENERIC_WEIGHT : KNOWN_WEIGHT;
    }
}
