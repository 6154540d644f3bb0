package org.ddworkbench.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes one supplier's self-assessment questionnaire in a "long" layout (Question | Answer | Comment),
 * answered from what the supplier claims rather than what it does.
 */
final class SaqWriter {
    private static final List<String> ROLES = List.of("HR Manager", "Compliance Officer", "General Manager",
            "Factory Manager", "HR & Admin Supervisor");

    void write(SampleSupplier supplier, Random random, Path file) throws IOException {
        Practices claimed = supplier.claimed();
        boolean terse = supplier.tier() == 2;
        LocalDate completed = LocalDate.of(2025, 1 + random.nextInt(4), 1 + random.nextInt(28));
        try (SampleWorkbook workbook = new SampleWorkbook("Supplier self-assessment questionnaire")) {
            workbook.notes("Instructions", List.of(
                    "Supplier self-assessment questionnaire (SAQ) - FICTIONAL SAMPLE DATA",
                    "This workbook is part of the Diligence Workbench sample project. The company, its address,"
                            + " its answers and every other value are invented; any likeness to a real firm is accidental.",
                    "Please answer every question on the sheet 'SAQ'. Answer Yes or No where asked, give numbers"
                            + " without units, and use the Comment column to explain.",
                    "Return the completed questionnaire to your buyer's responsible sourcing team."));
            XSSFSheet sheet = workbook.table("SAQ", List.of("Question", "Answer", "Comment"), 70, 28, 60);
            workbook.append(sheet, "A1 Company name", supplier.name(), null);
            workbook.append(sheet, "A2 Site address", supplier.address(), null);
            workbook.append(sheet, "A3 Date completed", completed, null);
            workbook.append(sheet, "A4 Completed by (job title)", ROLES.get(random.nextInt(ROLES.size())), null);
            workbook.append(sheet, "A5 Total number of workers on site", supplier.workers(), null);
            workbook.append(sheet, "A6 Number of workers hired through labour agencies or sub-contractors",
                    claimed.agencyWorkers(), null);
            workbook.append(sheet, "A7 Percentage of migrant workers",
                    new SampleWorkbook.Percent(claimed.migrantSharePercent() / 100.0), null);
            workbook.append(sheet, "B1 Are workers charged any recruitment fees or related costs (agency fees, visa,"
                    + " medical check, travel)?", yesNo(claimed.feesCharged(), terse),
                    comment(supplier, "fees", claimed.feesCharged()));
            workbook.append(sheet, "B2 Does the company have a written policy that the employer pays all recruitment"
                    + " fees and costs (Employer Pays Principle)?", yesNo(claimed.employerPaysPolicy(), terse), null);
            workbook.append(sheet, "B3 Are workers required to pay deposits (for example for uniforms, tools or"
                    + " accommodation)?", yesNo(claimed.depositsRequired(), terse), null);
            workbook.append(sheet, "C1 Does the company or its agent keep workers' passports, work permits or other"
                    + " identity documents?", yesNo(claimed.documentsHeld(), terse),
                    comment(supplier, "documents", claimed.documentsHeld()));
            workbook.append(sheet, "C2 Are wages always paid in full and on time?",
                    yesNo(claimed.wagesOnTime(), terse), comment(supplier, "wages", claimed.wagesOnTime()));
            workbook.append(sheet, "D1 Regular working hours per week (excluding overtime)",
                    claimed.regularWeeklyHours(), null);
            workbook.append(sheet, "D2 Typical total working hours per week including overtime",
                    claimed.typicalTotalWeeklyHours(), null);
            workbook.append(sheet, "D3 Maximum weekly hours worked by any worker in the last 12 months",
                    claimed.maxWeeklyHours(), comment(supplier, "hours", true));
            workbook.append(sheet, "D4 Is all overtime voluntary?", yesNo(claimed.overtimeVoluntary(), terse),
                    comment(supplier, "overtime", claimed.overtimeVoluntary()));
            workbook.append(sheet, "D5 Do all workers get at least one day off in every seven days?",
                    yesNo(claimed.weeklyRestDay(), terse), null);
            workbook.append(sheet, "E1 Notice period a worker must give to resign (days)",
                    claimed.resignationNoticeDays(), null);
            workbook.append(sheet, "E2 Longest fishing trip in the last 12 months (days at sea)",
                    claimed.maxDaysAtSea() == null ? "N/A" : claimed.maxDaysAtSea(),
                    claimed.maxDaysAtSea() == null ? "No fishing vessels." : comment(supplier, "sea", true));
            workbook.append(sheet, "F1 Is there a grievance mechanism workers can use without fear of retaliation?",
                    yesNo(claimed.grievanceMechanism(), terse), comment(supplier, "grievance", true));
            workbook.append(sheet, "F2 Are workers represented by a trade union or an elected worker committee?",
                    yesNo(claimed.workerRepresentation(), terse), comment(supplier, "representation", true));
            workbook.save(file);
        }
    }

    /** Tier-2 suppliers answer in capitals, as some partners' forms do. */
    private static String yesNo(boolean value, boolean terse) {
        if (terse) {
            return value ? "YES" : "NO";
        }
        return value ? "Yes" : "No";
    }

    /** The explanations a supplier adds; the two hiding problems add the reassuring kind. */
    private static String comment(SampleSupplier supplier, String topic, boolean answer) {
        String key = supplier.slug() + "/" + topic;
        return switch (key) {
            case "gulf-lantern-seafoods/fees" -> "All migrant workers recruited through licensed agencies under the MOU.";
            case "gulf-lantern-seafoods/documents" -> "Passports are kept in the HR safe only when workers ask us to.";
            case "gulf-lantern-seafoods/representation" -> "Welfare committee appointed by management.";
            case "moei-river-knitting/hours" -> "Peak season only.";
            case "moei-river-knitting/overtime" -> "Workers sign an overtime consent form each month.";
            case "andaman-kestrel-fishing/wages" -> "Crew paid monthly through the manning agent.";
            case "andaman-kestrel-fishing/sea" -> "No transhipment at sea.";
            case "blue-mangrove-tuna/grievance" -> "Hotline in Thai, Burmese and Khmer; monthly review.";
            default -> answer ? null : "See attached policy.";
        };
    }
}
