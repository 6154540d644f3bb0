package org.ddworkbench.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ddworkbench.model.Indicator;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.MetricType;
import org.ddworkbench.model.Severity;
import org.ddworkbench.model.Threshold;
import org.junit.jupiter.api.Test;

/** The bundled forced-labour-core pack reads, holds what the product needs, and matches the published schema. */
class BundledPackTest {
    private static final List<String> REQUIRED_METRICS = List.of(
            "recruitment_fees_charged", "employer_pays_policy", "recruitment_fee_months_wages", "paid_recruitment_fee",
            "contract_in_own_language", "contract_before_departure", "workers_total", "agency_workers",
            "migrant_worker_share", "documents_held_by_employer", "documents_returned_on_demand",
            "employer_holds_my_documents", "wages_paid_on_time", "wage_delay_days", "loan_repayment_share_of_wage",
            "has_debt_to_employer_or_agent", "deposits_required", "payslip_provided", "regular_weekly_hours",
            "total_weekly_hours", "max_weekly_hours_declared", "overtime_voluntary", "weekly_rest_day",
            "free_to_leave_premises", "housing_locked_at_night", "resignation_notice_days", "penalty_for_resigning",
            "can_contact_family", "max_days_at_sea", "housing_adequate", "physical_violence", "threatened",
            "threatened_with_denunciation", "grievance_mechanism_exists", "grievance_mechanism_known",
            "worker_representation", "grievance_category", "grievance_resolved", "grievance_days_open", "audit_date",
            "audit_type", "workers_interviewed", "age_years", "migrant_worker", "gender");

    private final JsonPackReader reader = new JsonPackReader();

    @Test
    void bundledPackReadsWithItsIdentity() {
        MetricPack pack = reader.bundled().pack();

        assertThat(pack.format()).isEqualTo(MetricPack.FORMAT);
        assertThat(pack.id()).isEqualTo("forced-labour-core");
        assertThat(pack.version()).isEqualTo("1.2.0");
        assertThat(reader.bundled().fingerprint()).matches("[0-9a-f]{64}");
    }

    @Test
    void bundledPackHasTheElevenIndicatorsFourDimensionsAndAllRequiredMetrics() {
        MetricPack pack = reader.bundled().pack();

        assertThat(pack.indicators()).extracting(Indicator::id).containsExactlyInAnyOrder(
                "abuse-of-vulnerability", "deception", "restriction-of-movement", "isolation",
                "physical-and-sexual-violence", "intimidation-and-threats", "retention-of-identity-documents",
                "withholding-of-wages", "debt-bondage", "abusive-working-and-living-conditions", "excessive-overtime");
        assertThat(pack.dimensions()).extracting(d -> d.id()).containsExactlyInAnyOrder(
                "unfree-recruitment", "work-and-life-under-duress", "impossibility-of-leaving", "penalty-or-menace");
        assertThat(pack.metrics()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(pack.metrics()).extracting(Metric::id).containsAll(REQUIRED_METRICS);
        assertThat(pack.crossChecks()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(pack.findingScales()).extracting(s -> s.scheme())
                .containsExactlyInAnyOrder("rba", "smeta", "amfori-bsci", "sa8000");
    }

    @Test
    void bundledThresholdsCarryTypedValuesAndShares() {
        MetricPack pack = reader.bundled().pack();

        Threshold fee = pack.metric("recruitment_fee_months_wages").orElseThrow().thresholds().get(0);
        assertThat(fee.value()).isEqualTo(0.0);
        assertThat(fee.minShare()).isEqualTo(0.05);
        assertThat(fee.source()).isEqualTo("sdg-10-7-1");
        assertThat(pack.metric("documents_held_by_employer").orElseThrow().thresholds().get(0).value()).isEqualTo(true);
        assertThat(pack.metric("wage_delay_days").orElseThrow().thresholds()).extracting(Threshold::value)
                .containsExactly(30.0, 7.0);
        assertThat(pack.metric("grievance_category").orElseThrow().type()).isEqualTo(MetricType.CHOICE);
    }

    @Test
    void bundledPolicyAndDisclosureDefaultsAreAsAgreed() {
        MetricPack pack = reader.bundled().pack();

        assertThat(pack.disclosure().minCellSize()).isEqualTo(5);
        assertThat(pack.disclosure().minCellSizeFloor()).isEqualTo(3);
        assertThat(pack.disclosure().epsilonBudget()).isEqualTo(5.0);
        assertThat(pack.auditPolicy().maxAgeMonths()).isEqualTo(24);
        assertThat(pack.combinationRule().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(pack.riskModel().countryRisk()).containsEntry("TH", 0.29).hasSizeGreaterThanOrEqualTo(15);
        assertThat(pack.findingScales().stream().filter(s -> s.scheme().equals("rba")).findFirst().orElseThrow().levels())
                .containsAllEntriesOf(Map.of("priority", Severity.CRITICAL, "minor", Severity.MEDIUM));
    }

    @Test
    void bundledPackIsReadOnceAndCached() {
        assertThat(reader.bundled()).isSameAs(reader.bundled());
    }

    @Test
    void bundledPackValidatesAgainstThePublishedSchema() {
        assertThat(PackFixtures.schemaErrors(PackFixtures.bundledTree())).isEmpty();
    }
}
