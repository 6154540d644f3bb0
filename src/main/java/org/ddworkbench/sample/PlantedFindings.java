package org.ddworkbench.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The problems the sample generator plants, by supplier: the rule ids a check as of the scenario date must
 * find, and nothing else. Each group says where in the generated files the problem is.
 */
public final class PlantedFindings {

    /** What the workers of the two high-risk suppliers report in the survey and the grievance log. */
    private static final List<String> HIGH_RISK_WORKER_VOICE = List.of(
            "threshold:paid_recruitment_fee:red", "threshold:recruitment_fee_months_wages:red",
            "threshold:contract_in_own_language:red", "threshold:contract_before_departure:amber",
            "threshold:employer_holds_my_documents:red", "threshold:free_to_leave_premises:red",
            "threshold:overtime_voluntary:red", "threshold:penalty_for_resigning:red",
            "threshold:physical_violence:red", "threshold:threatened:red",
            "threshold:threatened_with_denunciation:red", "threshold:total_weekly_hours:red",
            "threshold:wage_delay_days:red", "threshold:loan_repayment_share_of_wage:red",
            "threshold:has_debt_to_employer_or_agent:amber", "threshold:payslip_provided:amber",
            "threshold:grievance_mechanism_known:amber", "threshold:grievance_days_open:amber");

    /** What the self-assessment of the high-risk suppliers hides and their unannounced audit records. */
    private static final List<String> HIDDEN_BY_THE_SAQ_SEEN_BY_THE_AUDIT = List.of(
            "threshold:recruitment_fees_charged:red", "threshold:employer_pays_policy:amber",
            "threshold:deposits_required:red", "threshold:documents_held_by_employer:red",
            "threshold:documents_returned_on_demand:red", "threshold:wages_paid_on_time:red",
            "threshold:housing_locked_at_night:red", "threshold:housing_adequate:amber",
            "threshold:worker_representation:amber", "threshold:migrant_worker_share:amber",
            "crosscheck:recruitment-fees-saq-vs-workers", "crosscheck:documents-saq-vs-workers",
            "crosscheck:overtime-voluntary-saq-vs-workers", "crosscheck:weekly-hours-saq-vs-workers",
            "crosscheck:deposits-saq-vs-audit", "crosscheck:wages-on-time-saq-vs-audit",
            "combination");

    private PlantedFindings() {
    }

    /** Supplier name → the rule ids of its planted findings; suppliers with none are absent. */
    public static Map<String, Set<String>> bySupplier() {
        Map<String, Set<String>> planted = new TreeMap<>();
        planted.put("Gulf Lantern Seafoods Co., Ltd.", join(HIGH_RISK_WORKER_VOICE, HIDDEN_BY_THE_SAQ_SEEN_BY_THE_AUDIT,
                // A 45-day resignation notice, declared as 30.
                List.of("threshold:resignation_notice_days:amber")));
        planted.put("Moei River Knitting Factory", join(HIGH_RISK_WORKER_VOICE, HIDDEN_BY_THE_SAQ_SEEN_BY_THE_AUDIT,
                // No grievance mechanism and no weekly rest day, found by the unannounced audit.
                List.of("threshold:grievance_mechanism_exists:amber", "threshold:weekly_rest_day:amber")));
        planted.put("Andaman Kestrel Fishing Co.", join(List.of(
                // Its workers (elevated risk profile) report fees, kept documents, forced overtime and long weeks.
                "threshold:paid_recruitment_fee:red", "threshold:recruitment_fee_months_wages:red",
                "threshold:contract_in_own_language:red", "threshold:contract_before_departure:amber",
                "threshold:employer_holds_my_documents:red", "threshold:free_to_leave_premises:red",
                "threshold:overtime_voluntary:red", "threshold:penalty_for_resigning:red", "threshold:threatened:red",
                "threshold:total_weekly_hours:red", "threshold:wage_delay_days:amber",
                "threshold:has_debt_to_employer_or_agent:amber", "threshold:payslip_provided:amber",
                "threshold:grievance_mechanism_known:amber",
                // Crews at sea: 56 regular hours, little contact home, mostly migrants, no representation.
                "threshold:regular_weekly_hours:amber", "threshold:can_contact_family:amber",
                "threshold:migrant_worker_share:amber", "threshold:worker_representation:amber",
                // Its SAQ admits 66-hour weeks and no Employer Pays policy, and contradicts its workers.
                "threshold:max_weekly_hours_declared:red", "threshold:employer_pays_policy:amber",
                "crosscheck:recruitment-fees-saq-vs-workers", "crosscheck:documents-saq-vs-workers",
                "crosscheck:overtime-voluntary-saq-vs-workers", "crosscheck:weekly-hours-saq-vs-workers",
                "combination",
                // Its current audit (announced, blind) interviewed about 1% of the crew.
                "low-interview-share")));
        planted.put("Saffron Reef Vessel Group", Set.of("threshold:regular_weekly_hours:amber",
                "threshold:can_contact_family:amber", "threshold:migrant_worker_share:amber",
                "threshold:worker_representation:amber"));
        planted.put("Blue Mangrove Tuna Packers Co., Ltd.", Set.of("announced-only",
                "threshold:migrant_worker_share:amber"));
        planted.put("Songkhla Tidewater Marine Products Ltd.", Set.of("stale-audit",
                "threshold:migrant_worker_share:amber"));
        planted.put("Chao Phraya Stitchworks Ltd.", Set.of("announced-only"));
        planted.put("Irrawaddy Cotton Spinners Ltd.", Set.of("announced-only"));
        planted.put("Mekong Delta Feed Mill JSC", Set.of("announced-only"));
        planted.put("Padma Thread & Dye Works Ltd.", Set.of("no-audit"));
        return planted;
    }

    @SafeVarargs
    private static Set<String> join(List<String>... groups) {
        List<String> all = new ArrayList<>();
        for (List<String> group : groups) {
            all.addAll(group);
        }
        return new TreeSet<>(all);
    }
}
