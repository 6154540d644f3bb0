package org.ddworkbench.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the grievance-hotline export: one case per row with a free-text description, some of which
 * carry an invented phone number or e-mail address for the scrubbing step to remove.
 */
final class GrievanceWriter {
    static final List<String> HEADERS = List.of("Case ID", "Date received", "Supplier", "Channel", "Category",
            "Description", "Resolved", "Days open");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> CHANNELS = List.of("Hotline", "LINE app", "Worker committee", "Suggestion box",
            "NGO referral", "Email");
    /** Case counts per supplier, in the order of {@link SampleSuppliers#all()}. */
    private static final int[] CASES = {16, 3, 6, 2, 2, 4, 3, 14, 3, 2, 2, 3};

    /** Writes the export and returns the number of cases. */
    int write(List<SampleSupplier> suppliers, Random random, Path file) throws IOException {
        FakeIdentities identities = new FakeIdentities(random);
        List<String[]> rows = new ArrayList<>();
        List<Object[]> cases = new ArrayList<>();
        for (int s = 0; s < suppliers.size(); s++) {
            for (int i = 0; i < CASES[s]; i++) {
                boolean high = suppliers.get(s).risk().isHigh();
                boolean willResolve = random.nextInt(100) < (high ? 45 : 80);
                // Elsewhere open cases are recent: only the high-risk suppliers leave cases open past 90 days.
                int daysAgo = willResolve || high ? 10 + random.nextInt(340) : 10 + random.nextInt(70);
                cases.add(new Object[] {SampleDataGenerator.SCENARIO_DATE.minusDays(daysAgo), suppliers.get(s),
                    willResolve});
            }
        }
        cases.sort((a, b) -> ((LocalDate) a[0]).compareTo((LocalDate) b[0]));
        int number = 0;
        for (Object[] c : cases) {
            number++;
            LocalDate received = (LocalDate) c[0];
            SampleSupplier supplier = (SampleSupplier) c[1];
            String category = category(supplier, random);
            String description = description(category, supplier, random);
            int roll = random.nextInt(10);
            if (roll == 0) {
                description += " Worker asks to be called back on " + identities.phone(supplier.iso2()) + ".";
            } else if (roll == 1) {
                description += " Reply to " + identities.email(identities.name("Thai")) + ".";
            }
            long sinceReceived = ChronoUnit.DAYS.between(received, SampleDataGenerator.SCENARIO_DATE);
            boolean resolved = (Boolean) c[2] && sinceReceived > 5;
            long daysOpen = resolved ? Math.min(sinceReceived, 2 + random.nextInt(60)) : sinceReceived;
            rows.add(new String[] {
                String.format("GRV-2025-%03d", number),
                DATE.format(received),
                random.nextBoolean() ? supplier.surveyName() : supplier.name(),
                CHANNELS.get(random.nextInt(CHANNELS.size())),
                category,
                description,
                resolved ? "Yes" : "No",
                Long.toString(daysOpen)});
        }
        CsvTable.write(file, HEADERS, rows);
        return rows.size();
    }

    private static String category(SampleSupplier supplier, Random random) {
        List<String> likely = switch (supplier.risk()) {
            case HIGH_FEES_AND_DOCUMENTS -> List.of("Recruitment fees", "Recruitment fees", "ID documents",
                    "ID documents", "Wages", "Accommodation", "Working hours");
            case HIGH_HOURS -> List.of("Working hours", "Working hours", "Working hours", "Wages", "Harassment",
                    "Recruitment fees", "Accommodation");
            case ELEVATED -> List.of("Wages", "Working hours", "Violence", "ID documents", "Health & safety");
            default -> List.of("Health & safety", "Wages", "Harassment", "Other", "Accommodation", "Working hours");
        };
        return likely.get(random.nextInt(likely.size()));
    }

    private static String description(String category, SampleSupplier supplier, Random random) {
        int amount = 8 + random.nextInt(30);
        return switch (category) {
            case "Recruitment fees" -> "Worker says the agent charged " + amount + ",000 baht for the job and the"
                    + " loan is deducted from every pay.";
            case "ID documents" -> supplier.isFishingVessels()
                    ? "Crew member says the skipper keeps his passport and seafarer book until the end of the contract."
                    : "Worker reports HR keeps her passport and work permit; asked twice to get it back and was refused.";
            case "Wages" -> "Overtime for last month not paid in full; payslip shows fewer hours than worked.";
            case "Working hours" -> supplier.isFishingVessels()
                    ? "Crew member says they worked 18-hour days for " + (20 + random.nextInt(30)) + " days at sea."
                    : "Line kept until 22:00 six days a week during peak orders; says overtime cannot be refused.";
            case "Violence" -> "Crew member says the captain hit a worker during the last trip.";
            case "Harassment" -> "Reports shouting and insults by a line leader, mostly at migrant workers.";
            case "Health & safety" -> "No gloves provided in the peeling section; small cuts are common.";
            case "Accommodation" -> supplier.risk().isHigh()
                    ? "Dormitory gate locked after 22:00; " + (8 + random.nextInt(6)) + " people share one room."
                    : "Asks for more fans in the dormitory during the hot season.";
            default -> "Asks how many days of annual leave workers are entitled to.";
        };
    }
}
