package org.ddworkbench.check.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.GoodsRisk;
import org.ddworkbench.model.HeatMap;
import org.ddworkbench.model.Indicator;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.RiskFactor;
import org.ddworkbench.model.RiskModel;
import org.ddworkbench.model.RiskTerm;
import org.ddworkbench.model.Severity;
import org.ddworkbench.model.Source;
import org.ddworkbench.model.SupplierRisk;

/** Computes a supplier's transparent risk score from the pack's risk model, term by term, and the indicator heat map. */
public final class RiskCalculator {
    private static final String OTHER_SECTOR = "other";
    private static final Comparator<RiskTerm> BY_POINTS = Comparator.comparingDouble(RiskTerm::points).reversed()
            .thenComparing(RiskTerm::label);
    private static final Comparator<SupplierRisk> BY_RISK = Comparator.comparingDouble(SupplierRisk::score)
            .reversed()
            .thenComparing(SupplierRisk::name, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparingLong(SupplierRisk::supplierId);

    private final MetricPack pack;
    private final RiskModel model;

    public RiskCalculator(MetricPack pack) {
        this.pack = pack;
        this.model = pack.riskModel();
    }

    /**
     * One supplier's score, its terms (largest first) and the pack's band for the score; the score is the sum of the
     * terms' points in that order.
     *
     * @param countingFindings this supplier's findings for which {@link Finding#counts()} holds
     */
    public SupplierRisk score(long supplierId, String name, String country, String sector, double confidence,
            List<Finding> countingFindings) {
        List<RiskTerm> terms = new ArrayList<>();
        countingFindings.stream().map(this::findingTerm).forEach(terms::add);
        String countryCode = country == null ? null : country.trim().toUpperCase(Locale.ROOT);
        if (countryCode != null && model.countryRisk().containsKey(countryCode)) {
            terms.add(term(RiskFactor.COUNTRY, "Country " + countryCode, model.countryRisk().get(countryCode)));
        }
        String sectorId = normalised(sector);
        if (sectorId != null && !sectorId.isEmpty()) {
            if (model.sectorRisk().containsKey(sectorId)) {
                terms.add(term(RiskFactor.SECTOR, "Sector " + sectorId, model.sectorRisk().get(sectorId)));
            } else if (model.sectorRisk().containsKey(OTHER_SECTOR)) {
                terms.add(term(RiskFactor.SECTOR, "Sector " + OTHER_SECTOR + " (\"" + sector.trim()
                        + "\" is not in the pack's sector table)", model.sectorRisk().get(OTHER_SECTOR)));
            }
            for (GoodsRisk goods : model.goodsRisk()) {
                if (goods.country().equalsIgnoreCase(Objects.toString(countryCode, ""))
                        && Objects.equals(normalised(goods.sector()), sectorId)) {
                    terms.add(term(RiskFactor.GOODS, "Goods list: " + goods.good() + " from " + countryCode + " ("
                            + sourceTitle(goods.source()) + ")", goods.risk()));
                }
            }
        }
        double gap = 1 - confidence;
        if (gap > 0) {
            terms.add(term(RiskFactor.DATA_GAP, "Data gap: " + Texts.percent(gap) + " of expected evidence missing"
                    + " (SAQ, current audit, worker survey)", gap));
        }
        terms.sort(BY_POINTS);
        double score = 0;
        for (RiskTerm term : terms) {
            score += term.points();
        }
        return new SupplierRisk(supplierId, name, country, sector, score, model.band(score), confidence, terms);
    }

    private RiskTerm findingTerm(Finding finding) {
        double input = model.severityWeights().getOrDefault(finding.severity(), 0.0);
        String strongest = null;
        double weight = 0;
        for (String indicator : finding.indicators()) {
            Double w = model.indicatorWeights().get(indicator);
            if (w != null && (strongest == null || w > weight)) {
                strongest = indicator;
                weight = w;
            }
        }
        String weighed;
        if (strongest == null) {
            weight = model.defaultIndicatorWeight();
            weighed = "default weight";
        } else {
            String id = strongest;
            weighed = pack.indicator(id).map(Indicator::label).orElse(id).toLowerCase(Locale.ROOT);
        }
        String label = "Finding: " + finding.title() + " (" + Texts.lower(finding.severity()) + " × " + weighed + ")";
        return new RiskTerm(RiskFactor.FINDING, label, input, weight, input * weight, finding.id());
    }

    private RiskTerm term(RiskFactor factor, String label, double input) {
        double weight = model.factorWeight(factor);
        return new RiskTerm(factor, label, input, weight, input * weight, null);
    }

    private String sourceTitle(String sourceId) {
        return pack.sources().stream().filter(s -> s.id().equals(sourceId)).map(Source::title).findFirst()
                .orElse(sourceId);
    }

    /** A sector as the pack keys it: trimmed, lower case, spaces as hyphens ("Seafood" is "seafood"). */
    static String normalised(String sector) {
        return sector == null ? null : sector.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    /**
     * Suppliers (highest score first, then name) × the pack's indicators: per cell the number of counting findings
     * naming the indicator and the worst severity among them.
     */
    public HeatMap heatMap(List<SupplierRisk> risks, List<Finding> countingFindings) {
        Map<Long, List<Finding>> bySupplier = new HashMap<>();
        for (Finding finding : countingFindings) {
            if (finding.supplierId() != null) {
                bySupplier.computeIfAbsent(finding.supplierId(), k -> new ArrayList<>()).add(finding);
            }
        }
        List<HeatMap.Row> rows = risks.stream().sorted(BY_RISK)
                .map(r -> new HeatMap.Row(r.supplierId(), r.name(), r.country(), r.score(),
                        cells(bySupplier.getOrDefault(r.supplierId(), List.of()))))
                .toList();
        return new HeatMap(pack.indicators(), rows);
    }

    private static Map<String, HeatMap.Cell> cells(List<Finding> findings) {
        Map<String, Severity> worst = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Finding finding : findings) {
            for (String indicator : finding.indicators()) {
                counts.merge(indicator, 1, Integer::sum);
                worst.merge(indicator, finding.severity(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            }
        }
        Map<String, HeatMap.Cell> cells = new HashMap<>();
        counts.forEach((indicator, count) -> cells.put(indicator, new HeatMap.Cell(worst.get(indicator), count)));
        return cells;
    }
}
