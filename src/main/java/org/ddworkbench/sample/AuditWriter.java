package org.ddworkbench.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes one social-audit workbook (sheets Audit, Findings, Observations) on the scheme's own finding
 * scale; what the auditors saw depends on whether the audit saw through the supplier's claims.
 */
final class AuditWriter {
    private static final List<String[]> HEALTH_AND_SAFETY = List.of(
            new String[] {"Fire extinguishers on the second floor not inspected for 14 months.", "minor"},
            new String[] {"Emergency exit in the packing area partly blocked by cartons.", "major"},
            new String[] {"First-aid kits incomplete in two of five workshops.", "minor"},
            new String[] {"Chemical containers in the store room not labelled in workers' languages.", "minor"},
            new String[] {"Cut-resistant gloves not provided to all workers on the line.", "major"},
            new String[] {"No evacuation drill recorded in the last 12 months.", "minor"});

    void write(SampleSupplier supplier, AuditPlan audit, Random random, Path file) throws IOException {
        Practices seen = audit.seesTruth() ? supplier.truth() : supplier.claimed();
        int workersTotal = supplier.workers() + random.nextInt(supplier.workers() / 10 + 1) - supplier.workers() / 20;
        // Credible audits interview about the square root of the workforce; the blind ones about 1%.
        int interviewed = audit.type().equals("announced") && !audit.seesTruth()
                ? Math.max(3, workersTotal / 100)
                : (int) Math.round(Math.sqrt(workersTotal)) + random.nextInt(6);
        try (SampleWorkbook workbook = new SampleWorkbook("Social audit report")) {
            workbook.notes("README", List.of(
                    "Social audit summary - FICTIONAL SAMPLE DATA",
                    "Part of the Diligence Workbench sample project. The audited company, the audit firm, the"
                            + " findings and all figures are invented; any likeness to a real firm or audit is accidental.",
                    "Sheets: Audit (who, when, how), Findings (on the " + audit.scheme() + " scale), Observations"
                            + " (what the auditors recorded, one line per topic)."));
            XSSFSheet facts = workbook.table("Audit", List.of("Field", "Value"), 28, 60);
            workbook.append(facts, "Site", supplier.name() + " (" + supplier.province() + ")");
            workbook.append(facts, "Site address", supplier.address());
            workbook.append(facts, "Audit date", audit.date());
            workbook.append(facts, "Scheme", audit.scheme());
            workbook.append(facts, "Auditor firm", audit.auditorFirm());
            workbook.append(facts, "Audit type", audit.type());
            workbook.append(facts, "Workers total", workersTotal);
            workbook.append(facts, "Workers interviewed", interviewed);
            workbook.append(facts, "Report reference", reference(supplier, audit));

            XSSFSheet findings = workbook.table("Findings", List.of("Clause", "Description", "Severity", "Status"),
                    36, 80, 22, 16);
            for (String[] finding : findings(supplier, seen, random)) {
                workbook.append(findings, clause(audit.scheme(), finding[0]), finding[1],
                        severity(audit.scheme(), finding[2]), status(audit, random));
            }
            if ("SMETA".equals(audit.scheme()) && seen.workerRepresentation() && seen.grievanceMechanism()) {
                workbook.append(findings, clause(audit.scheme(), "association"), "Worker committee elected by secret"
                        + " ballot meets management monthly; minutes posted in three languages.", "Good example", "Closed");
            }
            writeObservations(workbook, supplier, audit, seen, random);
            workbook.save(file);
        }
    }

    private static void writeObservations(SampleWorkbook workbook, SampleSupplier supplier, AuditPlan audit,
            Practices seen, Random random) {
        boolean truth = audit.seesTruth();
        RiskProfile risk = truth ? supplier.risk() : RiskProfile.LOW;
        XSSFSheet sheet = workbook.table("Observations", List.of("Metric", "Value"), 62, 16);
        workbook.append(sheet, "Recruitment fees charged to workers", yesNo(seen.feesCharged()));
        workbook.append(sheet, "Employer Pays policy in place", yesNo(seen.employerPaysPolicy()));
        workbook.append(sheet, "Average recruitment fee paid by interviewed workers (months of wages)",
                seen.feesCharged() ? Math.round(risk.paidFee * risk.maxFeeMonths * 12) / 10.0 : 0);
        workbook.append(sheet, "Contracts in a language workers understand",
                yesNo(risk.contractNotUnderstood < 0.2));
        workbook.append(sheet, "Agency workers", seen.agencyWorkers());
        workbook.append(sheet, "Migrant workers (%)", new SampleWorkbook.Percent(seen.migrantSharePercent() / 100.0));
        workbook.append(sheet, "Identity documents held by employer", yesNo(seen.documentsHeld()));
        workbook.append(sheet, "Documents returned on demand", yesNo(seen.documentsReturnedOnDemand()));
        workbook.append(sheet, "Wages paid on time", yesNo(seen.wagesOnTime()));
        workbook.append(sheet, "Longest wage delay found (days)",
                seen.wagesOnTime() ? random.nextInt(3) : 21 + random.nextInt(20));
        workbook.append(sheet, "Highest loan repayment as share of monthly wage (%)",
                risk.debt >= 0.3 ? 20 + random.nextInt(11) : random.nextInt(6));
        workbook.append(sheet, "Deposits required", yesNo(seen.depositsRequired()));
        workbook.append(sheet, "Payslips provided", yesNo(risk.noPayslip < 0.25));
        workbook.append(sheet, "Average regular weekly hours", seen.regularWeeklyHours());
        workbook.append(sheet, "Highest total weekly hours in time records", seen.maxWeeklyHours());
        workbook.append(sheet, "Overtime voluntary", yesNo(seen.overtimeVoluntary()));
        workbook.append(sheet, "Weekly rest day", yesNo(seen.weeklyRestDay()));
        workbook.append(sheet, "Workers free to leave premises", yesNo(!seen.housingLockedAtNight()));
        workbook.append(sheet, "Dormitory locked at night", yesNo(seen.housingLockedAtNight()));
        workbook.append(sheet, "Resignation notice required (days)", seen.resignationNoticeDays());
        workbook.append(sheet, "Penalty for resigning", yesNo(risk.penaltyForResigning >= 0.3));
        if (seen.maxDaysAtSea() != null) {
            workbook.append(sheet, "Longest trip at sea (days)", seen.maxDaysAtSea());
        }
        workbook.append(sheet, "Housing adequate", yesNo(seen.housingAdequate()));
        workbook.append(sheet, "Grievance mechanism exists", yesNo(seen.grievanceMechanism()));
        workbook.append(sheet, "Worker representation", yesNo(seen.workerRepresentation()));
    }

    /** Findings as {topic, description, gravity}; gravity is critical, major or minor before mapping to the scheme. */
    private static List<String[]> findings(SampleSupplier supplier, Practices seen, Random random) {
        List<String[]> findings = new ArrayList<>();
        if (seen.feesCharged()) {
            findings.add(new String[] {"forced", "Interviewed migrant workers paid recruitment fees of one to five months'"
                    + " wages to agents in their home country; no reimbursement.", "critical"});
        }
        if (seen.documentsHeld()) {
            findings.add(new String[] {"forced", "Passports and work permits of migrant workers kept by HR; workers"
                    + (seen.documentsReturnedOnDemand() ? " can ask for them back." : " could not get them back when asked."),
                    seen.documentsReturnedOnDemand() ? "major" : "critical"});
        }
        if (seen.depositsRequired()) {
            findings.add(new String[] {"forced", "A deposit of 1,500 baht for uniforms is deducted in the first month.", "major"});
        }
        if (!seen.wagesOnTime()) {
            findings.add(new String[] {"wages", "Wages paid up to five weeks late; overtime premium missing on payslips.",
                    "major"});
        }
        if (seen.maxWeeklyHours() > 60) {
            findings.add(new String[] {"hours", "Time records show weeks of up to " + seen.maxWeeklyHours()
                    + " hours including overtime.", seen.maxWeeklyHours() > 70 ? "critical" : "major"});
        }
        if (!seen.overtimeVoluntary()) {
            findings.add(new String[] {"hours", "Workers said overtime cannot be refused during peak orders.", "major"});
        }
        if (!seen.weeklyRestDay()) {
            findings.add(new String[] {"hours", "No day off in seven for some workers during peak weeks.", "major"});
        }
        if (seen.housingLockedAtNight()) {
            findings.add(new String[] {"forced", "Dormitory gate locked from 22:00 to 05:00; guard holds the key.", "critical"});
        }
        if (!seen.housingAdequate()) {
            findings.add(new String[] {"safety", "Dormitory rooms hold up to 12 workers; not enough toilets.", "major"});
        }
        if (seen.resignationNoticeDays() > 30) {
            findings.add(new String[] {"forced", "Workers must give " + seen.resignationNoticeDays()
                    + " days' notice to resign or lose the last month's wage.", "major"});
        }
        if (!seen.grievanceMechanism()) {
            findings.add(new String[] {"management", "No grievance channel workers know of or trust.", "minor"});
        }
        if (!seen.workerRepresentation()) {
            findings.add(new String[] {"association", "No elected worker representatives; welfare committee appointed"
                    + " by management.", "minor"});
        }
        int safetyFindings = supplier.risk().isHigh() ? 3 : 1 + random.nextInt(2);
        int start = random.nextInt(HEALTH_AND_SAFETY.size());
        for (int i = 0; i < safetyFindings; i++) {
            String[] finding = HEALTH_AND_SAFETY.get((start + i) % HEALTH_AND_SAFETY.size());
            findings.add(new String[] {"safety", finding[0], finding[1]});
        }
        return findings;
    }

    private static String clause(String scheme, String topic) {
        return switch (scheme) {
            case "RBA" -> switch (topic) {
                case "forced" -> "A1 Freely Chosen Employment";
                case "wages" -> "A4 Wages and Benefits";
                case "hours" -> "A3 Working Hours";
                case "association" -> "A7 Freedom of Association";
                case "management" -> "D Management System - Worker Feedback";
                default -> "B Health and Safety";
            };
            case "SMETA" -> switch (topic) {
                case "forced" -> "ETI 1 Employment is freely chosen";
                case "wages" -> "ETI 5 Living wages are paid";
                case "hours" -> "ETI 6 Working hours are not excessive";
                case "association" -> "ETI 2 Freedom of association";
                case "management" -> "ETI 0 Management systems";
                default -> "ETI 3 Working conditions are safe and hygienic";
            };
            case "amfori BSCI" -> switch (topic) {
                case "forced" -> "PA 11 No Bonded Labour";
                case "wages" -> "PA 5 Fair Remuneration";
                case "hours" -> "PA 6 Decent Working Hours";
                case "association" -> "PA 3 Freedom of Association and Collective Bargaining";
                case "management" -> "PA 2 Workers Involvement and Protection";
                default -> "PA 7 Occupational Health and Safety";
            };
            default -> switch (topic) {
                case "forced" -> "2 Forced or Compulsory Labour";
                case "wages" -> "8 Remuneration";
                case "hours" -> "7 Working Hours";
                case "association" -> "4 Freedom of Association";
                case "management" -> "9 Management System";
                default -> "3 Health and Safety";
            };
        };
    }

    /** The scheme's own wording for a gravity, as in the pack's finding scales. */
    private static String severity(String scheme, String gravity) {
        return switch (scheme) {
            case "RBA" -> switch (gravity) {
                case "critical" -> "Priority";
                case "major" -> "Major";
                default -> "Minor";
            };
            case "SMETA" -> "minor".equals(gravity) ? "Observation" : "Non-compliance";
            case "amfori BSCI" -> switch (gravity) {
                case "critical" -> "Zero tolerance";
                case "major" -> "E";
                default -> "D";
            };
            default -> "minor".equals(gravity) ? "Minor" : "Major";
        };
    }

    private static String status(AuditPlan audit, Random random) {
        boolean old = audit.date().isBefore(SampleDataGenerator.SCENARIO_DATE.minusMonths(12));
        int roll = random.nextInt(10);
        if ("SMETA".equals(audit.scheme())) {
            return old || roll < 3 ? "Closed" : roll < 7 ? "Progress made" : "Open";
        }
        return old || roll < 4 ? "Closed" : "Open";
    }

    private static String reference(SampleSupplier supplier, AuditPlan audit) {
        String firm = audit.auditorFirm().replaceAll("[^A-Z]", "");
        return firm + "-" + audit.date().getYear() + "-" + String.format("%02d%02d", audit.date().getMonthValue(),
                audit.date().getDayOfMonth()) + "-" + supplier.slug().substring(0, 3).toUpperCase(Locale.ROOT);
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
