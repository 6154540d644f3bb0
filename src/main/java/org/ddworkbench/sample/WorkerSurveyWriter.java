package org.ddworkbench.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes the worker-survey export: one row per respondent with direct identifiers (invented) and
 * answers drawn from each supplier's risk profile, so problems cluster where the portfolio has them.
 */
final class WorkerSurveyWriter {
    static final List<String> HEADERS = List.of(
            "Respondent no.", "Interview date", "Respondent name", "Phone", "Passport / ID no.", "Workplace",
            "Age", "Gender", "Nationality", "Migrant worker?",
            "Did you pay any fee or cost to get this job?",
            "How much did you pay, in months of your wages?",
            "Did you get a contract in a language you understand?",
            "Did you see your contract before you left home?",
            "Does your employer or agent keep your passport or ID card?",
            "How many days late was your last pay?",
            "What share of your wage goes to repay a loan? (%)",
            "Do you owe money to your employer or an agent?",
            "Do you get a payslip?",
            "Regular hours per week",
            "Total hours last week, with overtime",
            "Can you refuse overtime?",
            "Can you leave the workplace or dormitory when you are not working?",
            "Would you be fined or punished if you resign?",
            "Can you contact your family when you want?",
            "Has anyone at work hit or hurt you?",
            "Has anyone at work threatened you?",
            "Has anyone threatened to report you to the police or immigration?",
            "Do you know how to make a complaint?");

    /** Writes the survey and returns the number of respondents. */
    int write(List<SampleSupplier> suppliers, Random random, Path file) throws IOException {
        FakeIdentities identities = new FakeIdentities(random);
        int respondent = 0;
        try (SampleWorkbook workbook = new SampleWorkbook("Worker voice survey export")) {
            workbook.notes("README", List.of(
                    "Worker voice survey, spring 2025 - FICTIONAL SAMPLE DATA",
                    "Part of the Diligence Workbench sample project. Every respondent, name, phone number and"
                            + " passport or ID number here is invented; they are included so that de-identification"
                            + " at import has something to remove.",
                    "One row per respondent. Blank answers were skipped by the respondent or did not apply."));
            int[] widths = new int[HEADERS.size()];
            Arrays.fill(widths, 16);
            XSSFSheet sheet = workbook.table("Responses", HEADERS, widths);
            LocalDate windowStart = LocalDate.of(2025, 4, 1);
            for (SampleSupplier supplier : suppliers) {
                for (int i = 0; i < supplier.surveyed(); i++) {
                    respondent++;
                    // Three interview days per site, respondents numbered in interview order.
                    LocalDate interviewed = windowStart.plusDays(i * 3L / supplier.surveyed());
                    workbook.append(sheet, row(respondent, interviewed, supplier, identities, random).toArray());
                }
                windowStart = windowStart.plusDays(4);
            }
            workbook.save(file);
        }
        return respondent;
    }

    private static List<Object> row(int number, LocalDate interviewed, SampleSupplier supplier,
            FakeIdentities identities, Random random) {
        RiskProfile risk = supplier.risk();
        String nationality = nationality(supplier, random);
        boolean migrant = !supplier.iso2().equals(homeCountry(nationality));
        boolean paidFee = chance(random, risk.paidFee * (migrant ? 1.0 : 0.3));
        boolean inDebt = paidFee ? chance(random, Math.min(1, risk.debt * 1.5)) : chance(random, risk.debt * 0.3);
        boolean longHours = chance(random, risk.longHours);
        int regular = supplier.isFishingVessels() ? 56 : chance(random, 0.85) ? 48 : 44;
        int total = longHours ? 66 + random.nextInt(12) : regular + random.nextInt(supplier.isFishingVessels() ? 9 : 11);
        boolean delayed = chance(random, risk.wageDelay);

        List<Object> row = new ArrayList<>();
        row.add(String.format("R-%04d", number));
        row.add(interviewed);
        row.add(identities.name(nationality));
        row.add(identities.phone(supplier.iso2()));
        row.add(identities.documentNumber(nationality));
        row.add(supplier.surveyName());
        row.add(age(risk, random));
        row.add(gender(supplier, random));
        row.add(nationality);
        row.add(yesNo(migrant));
        row.add(yesNo(paidFee));
        row.add(paidFee ? Math.round((0.5 + random.nextDouble() * (risk.maxFeeMonths - 0.5)) * 10) / 10.0 : 0);
        row.add(yesNo(!chance(random, risk.contractNotUnderstood)));
        row.add(migrant ? yesNo(!chance(random, risk.contractNotUnderstood * 1.5)) : null);
        row.add(yesNo(chance(random, migrant ? risk.documentsHeld : risk.documentsHeld * 0.2)));
        row.add(delayed ? 8 + random.nextInt(38) : random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0);
        row.add(inDebt ? (risk.isHigh() ? 10 + random.nextInt(26) : 3 + random.nextInt(10)) : 0);
        row.add(yesNo(inDebt));
        row.add(yesNo(!chance(random, risk.noPayslip)));
        row.add(regular);
        row.add(total);
        row.add(skippable(random, !chance(random, risk.forcedOvertime)));
        row.add(yesNo(!chance(random, risk.notFreeToLeave)));
        row.add(skippable(random, chance(random, risk.penaltyForResigning)));
        row.add(yesNo(!chance(random, supplier.isFishingVessels() ? 0.3 : risk.noFamilyContact)));
        row.add(skippable(random, chance(random, risk.threatened / 6)));
        row.add(skippable(random, chance(random, risk.threatened)));
        row.add(skippable(random, migrant && chance(random, risk.threatened / 2)));
        row.add(yesNo(chance(random, risk.knowsGrievanceChannel)));
        return row;
    }

    private static String nationality(SampleSupplier supplier, Random random) {
        int migrantPercent = supplier.truth().migrantSharePercent();
        return switch (supplier.iso2()) {
            case "MM" -> "Myanmar";
            case "KH" -> "Cambodian";
            case "VN" -> "Vietnamese";
            case "BD" -> "Bangladeshi";
            default -> {
                if (random.nextInt(100) >= migrantPercent) {
                    yield "Thai";
                }
                int roll = random.nextInt(100);
                if ("Tak".equals(supplier.province()) || roll < 68) {
                    yield "Myanmar";
                }
                yield roll < 90 ? "Cambodian" : "Lao";
            }
        };
    }

    private static String homeCountry(String nationality) {
        return switch (nationality) {
            case "Myanmar" -> "MM";
            case "Cambodian" -> "KH";
            case "Lao" -> "LA";
            case "Vietnamese" -> "VN";
            case "Bangladeshi" -> "BD";
            default -> "TH";
        };
    }

    /** Mostly 18 to 50; the high-risk profiles include a few workers under 18. */
    private static int age(RiskProfile risk, Random random) {
        if (risk.isHigh() && chance(random, 0.05)) {
            return 15 + random.nextInt(3);
        }
        return 18 + (int) Math.min(36, Math.abs(random.nextGaussian() * 9 + 9));
    }

    private static String gender(SampleSupplier supplier, Random random) {
        double women = supplier.isFishingVessels() ? 0.03 : supplier.isSeafood() ? 0.55 : 0.78;
        int roll = random.nextInt(1000);
        if (roll < 8) {
            return "Prefer not to say";
        }
        if (roll < 12) {
            return "Other";
        }
        return random.nextDouble() < women ? "Female" : "Male";
    }

    /** Sensitive questions are sometimes left blank. */
    private static String skippable(Random random, boolean yes) {
        return random.nextInt(40) == 0 ? null : yesNo(yes);
    }

    private static boolean chance(Random random, double probability) {
        return random.nextDouble() < probability;
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
