package org.ddworkbench.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes the worker-survey export: one row per respondent with direct identifiers (invented) and
 * answers following each supplier's risk profile, so problems cluster where the portfolio has them.
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
                List<String> nationalities = new ArrayList<>();
                for (int i = 0; i < supplier.surveyed(); i++) {
                    nationalities.add(nationality(supplier, random));
                }
                Answers answers = new Answers(supplier, nationalities, random);
                for (int i = 0; i < supplier.surveyed(); i++) {
                    respondent++;
                    // Three interview days per site, respondents numbered in interview order.
                    LocalDate interviewed = windowStart.plusDays(i * 3L / supplier.surveyed());
                    workbook.append(sheet, row(respondent, interviewed, supplier, answers, i, identities, random)
                            .toArray());
                }
                windowStart = windowStart.plusDays(4);
            }
            workbook.save(file);
        }
        return respondent;
    }

    private static List<Object> row(int number, LocalDate interviewed, SampleSupplier supplier, Answers a, int i,
            FakeIdentities identities, Random random) {
        RiskProfile risk = supplier.risk();
        String nationality = a.nationalities.get(i);
        boolean migrant = a.migrant[i];
        int regular = supplier.isFishingVessels() ? 56 : random.nextDouble() < 0.85 ? 48 : 44;
        // Without planted long hours the total stays at or under 60 (the pack's red line).
        int total = a.longHours[i] ? 66 + random.nextInt(12)
                : Math.min(60, regular + random.nextInt(supplier.isFishingVessels() ? 5 : 11));

        List<Object> row = new ArrayList<>();
        row.add(String.format("R-%04d", number));
        row.add(interviewed);
        row.add(identities.name(nationality));
        row.add(identities.phone(supplier.iso2()));
        row.add(identities.documentNumber(nationality));
        row.add(supplier.surveyName());
        row.add(a.underage[i] ? 15 + random.nextInt(3) : 18 + (int) Math.min(36, Math.abs(random.nextGaussian() * 9 + 9)));
        row.add(gender(supplier, random));
        row.add(nationality);
        row.add(yesNo(migrant));
        row.add(yesNo(a.paidFee[i]));
        row.add(a.paidFee[i] ? Math.round((0.5 + random.nextDouble() * (risk.maxFeeMonths - 0.5)) * 10) / 10.0 : 0);
        row.add(yesNo(!a.contractNotUnderstood[i]));
        row.add(migrant ? yesNo(!a.noContractBeforeDeparture[i]) : null);
        row.add(yesNo(a.documentsHeld[i]));
        // Small delays of a few days are common and within the pack's 7-day line.
        row.add(a.wageDelayed[i] ? 8 + random.nextInt(38) : random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0);
        row.add(a.inDebt[i] ? (risk.isHigh() ? 11 + random.nextInt(25) : 2 + random.nextInt(8)) : 0);
        row.add(yesNo(a.inDebt[i]));
        row.add(yesNo(!a.noPayslip[i]));
        row.add(regular);
        row.add(total);
        row.add(skippable(random, !a.forcedOvertime[i]));
        row.add(yesNo(!a.notFreeToLeave[i]));
        row.add(skippable(random, a.penaltyForResigning[i]));
        row.add(yesNo(!a.noFamilyContact[i]));
        row.add(skippable(random, a.hurt[i]));
        row.add(skippable(random, a.threatened[i]));
        row.add(skippable(random, a.denunciation[i]));
        row.add(yesNo(a.knowsGrievanceChannel[i]));
        return row;
    }

    /**
     * Which of a supplier's respondents report each problem: exactly the profile's share of them (rounded),
     * chosen at random, so the survey shows the problems the sample plants and no others.
     */
    private static final class Answers {
        final List<String> nationalities;
        final boolean[] migrant;
        final boolean[] paidFee;
        final boolean[] inDebt;
        final boolean[] longHours;
        final boolean[] forcedOvertime;
        final boolean[] wageDelayed;
        final boolean[] contractNotUnderstood;
        final boolean[] noContractBeforeDeparture;
        final boolean[] documentsHeld;
        final boolean[] noPayslip;
        final boolean[] notFreeToLeave;
        final boolean[] penaltyForResigning;
        final boolean[] noFamilyContact;
        final boolean[] hurt;
        final boolean[] threatened;
        final boolean[] denunciation;
        final boolean[] knowsGrievanceChannel;
        final boolean[] underage;

        Answers(SampleSupplier supplier, List<String> nationalities, Random random) {
            RiskProfile risk = supplier.risk();
            int n = nationalities.size();
            this.nationalities = nationalities;
            migrant = new boolean[n];
            for (int i = 0; i < n; i++) {
                migrant[i] = !supplier.iso2().equals(homeCountry(nationalities.get(i)));
            }
            boolean[] local = new boolean[n];
            for (int i = 0; i < n; i++) {
                local[i] = !migrant[i];
            }
            paidFee = or(pick(random, migrant, risk.paidFee), pick(random, local, risk.paidFee * 0.3));
            documentsHeld = or(pick(random, migrant, risk.documentsHeld), pick(random, local, risk.documentsHeld * 0.2));
            noContractBeforeDeparture = pick(random, migrant, Math.min(1, risk.contractNotUnderstood * 1.5));
            denunciation = pick(random, migrant, risk.threatened / 2);
            boolean[] everyone = new boolean[n];
            Arrays.fill(everyone, true);
            inDebt = pick(random, everyone, risk.debt);
            longHours = pick(random, everyone, risk.longHours);
            forcedOvertime = pick(random, everyone, risk.forcedOvertime);
            wageDelayed = pick(random, everyone, risk.wageDelay);
            contractNotUnderstood = pick(random, everyone, risk.contractNotUnderstood);
            noPayslip = pick(random, everyone, risk.noPayslip);
            notFreeToLeave = pick(random, everyone, risk.notFreeToLeave);
            penaltyForResigning = pick(random, everyone, risk.penaltyForResigning);
            noFamilyContact = pick(random, everyone, supplier.isFishingVessels() ? 0.3 : risk.noFamilyContact);
            hurt = pick(random, everyone, risk.threatened / 6);
            threatened = pick(random, everyone, risk.threatened);
            knowsGrievanceChannel = pick(random, everyone, risk.knowsGrievanceChannel);
            underage = pick(random, everyone, risk.isHigh() ? 0.05 : 0);
        }

        /** Marks round(share × eligible) of the eligible respondents, chosen at random. */
        private static boolean[] pick(Random random, boolean[] eligible, double share) {
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < eligible.length; i++) {
                if (eligible[i]) {
                    candidates.add(i);
                }
            }
            Collections.shuffle(candidates, random);
            boolean[] picked = new boolean[eligible.length];
            long count = Math.round(share * candidates.size());
            for (int k = 0; k < count; k++) {
                picked[candidates.get(k)] = true;
            }
            return picked;
        }

        private static boolean[] or(boolean[] a, boolean[] b) {
            boolean[] both = new boolean[a.length];
            for (int i = 0; i < a.length; i++) {
                both[i] = a[i] || b[i];
            }
            return both;
        }
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

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
