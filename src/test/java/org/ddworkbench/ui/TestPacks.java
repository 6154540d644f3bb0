package org.ddworkbench.ui;

import java.util.List;
import java.util.Map;
import org.ddworkbench.model.Aggregate;
import org.ddworkbench.model.AuditPolicy;
import org.ddworkbench.model.CheckPolicy;
import org.ddworkbench.model.CombinationRule;
import org.ddworkbench.model.Comparison;
import org.ddworkbench.model.CrossCheck;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.Dimension;
import org.ddworkbench.model.DisclosureDefaults;
import org.ddworkbench.model.Expectation;
import org.ddworkbench.model.FindingScale;
import org.ddworkbench.model.Flag;
import org.ddworkbench.model.Indicator;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricLevel;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.MetricType;
import org.ddworkbench.model.Operand;
import org.ddworkbench.model.RiskModel;
import org.ddworkbench.model.Severity;
import org.ddworkbench.model.Source;
import org.ddworkbench.model.Threshold;
import org.ddworkbench.model.Tolerance;
import org.ddworkbench.pack.LoadedPack;

/** A small hand-built metric pack for view-model tests that need no pack reader. */
public final class TestPacks {
    private TestPacks() {
    }

    public static LoadedPack small() {
        Metric hours = new Metric("weekly_hours", "Total weekly working hours", "Regular plus overtime hours.",
                MetricType.NUMBER, "hours", 0.0, 168.0, List.of(), MetricLevel.WORKER,
                List.of(DataSourceKind.WORKER_SURVEY, DataSourceKind.AUDIT), List.of("excessive_overtime"),
                List.of("hours per week", "Arbeitsstunden"), true,
                List.of(new Threshold("hours_red", Comparison.GT, 60, 0.1, Flag.RED,
                        "More than 60 total hours a week.", "ilo_2012")));
        Metric fees = new Metric("recruitment_fee_months", "Recruitment fees paid", "Fees in months of wages.",
                MetricType.NUMBER, "months of wages", 0.0, null, List.of(), MetricLevel.WORKER,
                List.of(DataSourceKind.WORKER_SURVEY), List.of("debt_bondage"), List.of("fee paid"), false,
                List.of(new Threshold("fees_any", Comparison.GT, 0.0, null, Flag.RED,
                        "Employer Pays Principle: no worker pays for a job.", null)));
        Metric passports = new Metric("passports_retained", "Identity documents retained",
                "Whether the employer keeps workers' identity documents.", MetricType.BOOLEAN, null, null, null,
                List.of(), MetricLevel.SUPPLIER, List.of(DataSourceKind.SAQ, DataSourceKind.AUDIT),
                List.of("retention_of_documents"), List.of("passport held"), true,
                List.of(new Threshold("passports_red", Comparison.EQ, Boolean.TRUE, null, Flag.RED,
                        "Documents must be returned on demand.", "missing_source")));
        MetricPack pack = new MetricPack(MetricPack.FORMAT, "test-pack", "0.1.0", "Test pack", "For tests.",
                "Test publisher",
                List.of(new Source("ilo_2012", "ILO indicators of forced labour", "ILO", 2012, null)),
                List.of(new Dimension("duress", "Work and life under duress", "")),
                List.of(new Indicator("excessive_overtime", "Excessive overtime", "", List.of("duress")),
                        new Indicator("debt_bondage", "Debt bondage", "", List.of("duress")),
                        new Indicator("retention_of_documents", "Retention of identity documents", "",
                                List.of("duress"))),
                List.of(hours, fees, passports),
                List.of(new FindingScale("RBA", "RBA audit", Map.of("priority", Severity.CRITICAL,
                        "minor", Severity.LOW))),
                List.of(new CrossCheck("hours_vs_survey", "Hours claimed vs surveyed", "",
                        new Operand("weekly_hours", DataSourceKind.SAQ, Aggregate.VALUE),
                        new Operand("weekly_hours", DataSourceKind.WORKER_SURVEY, Aggregate.MEAN),
                        Expectation.AT_LEAST, new Tolerance(2.0, null), Severity.HIGH,
                        List.of("excessive_overtime"))),
                new CombinationRule(List.of("duress"), "duress", Severity.HIGH, Severity.CRITICAL),
                new CheckPolicy(Map.of(Flag.RED, Severity.HIGH, Flag.AMBER, Severity.MEDIUM), Map.of()),
                new AuditPolicy(24, 0.1, true, new AuditPolicy.UniformAnswers("weekly_hours", 10, 0.8)),
                new RiskModel(Map.of(), Map.of(), 0.5, Map.of(), Map.of(), List.of(), Map.of(), null),
                new DisclosureDefaults(5, 3, 0.85, 3.0, 0.5));
        return new LoadedPack(pack, "{}", "ab12cd34ef56" + "0".repeat(52));
    }
}
