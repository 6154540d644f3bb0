package org.ddworkbench.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.ddworkbench.model.CombinationRule;
import org.ddworkbench.model.Dimension;
import org.ddworkbench.model.FindingKind;
import org.ddworkbench.model.Indicator;

/**
 * Applies the ILO rule of thumb: an indicator of unfree recruitment, duress or impossibility of leaving together
 * with a different indicator of penalty or menace raises a "possible forced labour" flag.
 */
final class CombinationRules {
    static final String RULE_ID = "combination";

    private final CheckContext context;

    CombinationRules(CheckContext context) {
        this.context = context;
    }

    /**
     * The combination finding of one supplier, if its other findings at least as severe as the rule's minimum
     * (sorted by key, false positives left out) show the combination; evidence is the first cell of each contributing finding, once each.
     */
    List<FindingDraft> evaluate(SupplierPeriod data, List<FindingDraft> others, Set<String> falsePositiveKeys) {
        CombinationRule rule = context.pack().combinationRule();
        // Weak signals (amber flags) alone never add up to possible forced labour.
        List<FindingDraft> counted = others.stream()
                .filter(d -> !falsePositiveKeys.contains(d.key()))
                .filter(d -> d.severity().compareTo(rule.minSeverity()) <= 0)
                .toList();
        Set<String> present = new TreeSet<>();
        counted.forEach(d -> present.addAll(d.indicators()));
        // The ILO counts an indicator once, so the two sides must be distinct indicators.
        Set<String> anyOf = new TreeSet<>();
        Set<String> with = new TreeSet<>();
        for (String id : present) {
            List<String> dimensions = context.pack().indicator(id).map(Indicator::dimensions).orElse(List.of());
            if (dimensions.stream().anyMatch(rule.anyOfDimensions()::contains)) {
                anyOf.add(id);
            }
            if (dimensions.contains(rule.withDimension())) {
                with.add(id);
            }
        }
        boolean fires = anyOf.stream().anyMatch(a -> with.stream().anyMatch(b -> !a.equals(b)));
        if (!fires) {
            return List.of();
        }
        Set<String> triggering = new TreeSet<>(anyOf);
        triggering.addAll(with);
        Evidence evidence = new Evidence();
        List<String> titles = new ArrayList<>();
        for (FindingDraft draft : counted) {
            if (draft.indicators().stream().anyMatch(triggering::contains)) {
                titles.add(draft.title());
                if (!draft.evidence().isEmpty()) {
                    evidence.addOnce(draft.evidence().get(0));
                }
            }
        }
        Draft draft = Draft.of(RULE_ID, FindingKind.COMBINATION, rule.severity())
                .supplier(data.facts())
                .indicators(List.copyOf(triggering))
                .title("Possible forced labour: indicators combine");
        List<String> sides = new ArrayList<>();
        for (String dimensionId : dimensions(rule)) {
            List<String> labels = triggering.stream()
                    .filter(id -> context.pack().indicator(id).map(i -> i.dimensions().contains(dimensionId))
                            .orElse(false))
                    .map(this::indicatorLabel)
                    .toList();
            if (!labels.isEmpty()) {
                String dimension = dimensionLabel(dimensionId);
                draft.value(dimension, String.join(", ", labels));
                sides.add(dimension.toLowerCase(Locale.ROOT) + " (" + Texts.list(labels) + ")");
            }
        }
        return List.of(draft
                .value("Findings", String.valueOf(titles.size()))
                .explanation("The ILO treats indicators of " + anyOfText(rule) + ", together with indicators of "
                        + dimensionLabel(rule.withDimension()).toLowerCase(Locale.ROOT) + ", as pointing to possible"
                        + " forced labour. This supplier's findings show " + Texts.list(sides) + ", from "
                        + titles.size() + " finding" + (titles.size() == 1 ? "" : "s") + ": "
                        + String.join("; ", titles) + ".")
                .evidence(evidence)
                .build(context));
    }

    private static List<String> dimensions(CombinationRule rule) {
        List<String> all = new ArrayList<>(rule.anyOfDimensions());
        all.add(rule.withDimension());
        return all;
    }

    private String anyOfText(CombinationRule rule) {
        List<String> labels = rule.anyOfDimensions().stream().map(d -> dimensionLabel(d).toLowerCase(Locale.ROOT))
                .toList();
        return labels.size() == 1 ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }

    private String indicatorLabel(String id) {
        return context.pack().indicator(id).map(Indicator::label).orElse(id);
    }

    private String dimensionLabel(String id) {
        return context.pack().dimensions().stream().filter(d -> d.id().equals(id)).map(Dimension::label)
                .findFirst().orElse(id);
    }
}
