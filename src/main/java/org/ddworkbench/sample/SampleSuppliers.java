package org.ddworkbench.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * The invented Thai seafood and apparel portfolio: twelve suppliers whose names, addresses and ids are
 * made up; any likeness to a real firm is accidental.
 */
final class SampleSuppliers {
    private static final String MERIDIAN = "Meridian Social Compliance Ltd.";
    private static final String NORTHSTAR = "Northstar Audit Partners";
    private static final String KANOK = "Kanok Assurance Services";
    private static final String BLUE_LEDGER = "Blue Ledger Verification";
    private static final String HARBOURLINE = "Harbourline Ethical Audits";

    private SampleSuppliers() {
    }

    static List<SampleSupplier> all() {
        return List.of(gulfLantern(), blueMangrove(), andamanKestrel(), songkhlaTidewater(), saffronReef(),
                lotusLoom(), chaoPhraya(), moeiRiver(), irrawaddy(), tonleSap(), mekongDelta(), padma());
    }

    /** Fees and retained passports, hidden by its self-assessment; found by the less announced audits. */
    private static SampleSupplier gulfLantern() {
        Practices truth = new Practices(true, false, 380, 88, true, false, false, true, 48, 62, 68, false, true,
                true, false, 45, null, true, false);
        Practices claimed = new Practices(false, true, 380, 85, false, true, true, false, 48, 56, 60, true, true,
                false, true, 30, null, true, true);
        return new SampleSupplier("gulf-lantern-seafoods", "Gulf Lantern Seafoods Co., Ltd.", "Gulf Lantern Seafoods",
                "TH", "TH", "Samut Sakhon", "88/14 Moo 2, Tha Chalom, Mueang Samut Sakhon, Samut Sakhon 74000",
                "Seafood", "Shrimp and fish processing", 1, "TH2020154GLS4K2Q", 1450, 48,
                RiskProfile.HIGH_FEES_AND_DOCUMENTS, truth, claimed, List.of(
                        new AuditPlan(LocalDate.of(2024, 3, 12), "SMETA", MERIDIAN, "semi-announced", true),
                        new AuditPlan(LocalDate.of(2025, 2, 18), "RBA", NORTHSTAR, "unannounced", true)));
    }

    private static SampleSupplier blueMangrove() {
        Practices good = Practices.good(120, 72, 56, null);
        return new SampleSupplier("blue-mangrove-tuna", "Blue Mangrove Tuna Packers Co., Ltd.", "Blue Mangrove Tuna",
                "Thailand", "TH", "Samut Sakhon", "120 Rama II Road, Khok Kham, Mueang Samut Sakhon, Samut Sakhon 74000",
                "Seafood", "Tuna canning", 1, "TH2019311BMT8R1X", 980, 30, RiskProfile.LOW, good, good, List.of(
                        new AuditPlan(LocalDate.of(2024, 11, 6), "SMETA", KANOK, "announced", true)));
    }

    /** Long trips and unpaid wages at sea; its self-assessment understates both. */
    private static SampleSupplier andamanKestrel() {
        Practices truth = new Practices(true, false, 0, 95, true, false, false, false, 56, 72, 84, false, false,
                false, false, 30, 45, false, false);
        Practices claimed = new Practices(false, false, 0, 95, false, true, true, false, 56, 60, 66, true, true,
                false, true, 30, 25, true, false);
        return new SampleSupplier("andaman-kestrel-fishing", "Andaman Kestrel Fishing Co.", "Andaman Kestrel (boats)",
                " thailand ", "TH", "Ranong", "17/3 Saphan Pla Road, Pak Nam, Mueang Ranong, Ranong 85000",
                "Seafood", "Fishing vessel owner (12 trawlers)", 2, "", 210, 22, RiskProfile.ELEVATED, truth, claimed,
                List.of(new AuditPlan(LocalDate.of(2024, 6, 20), "amfori BSCI", HARBOURLINE, "unannounced", true),
                        new AuditPlan(LocalDate.of(2025, 4, 9), "SMETA", MERIDIAN, "announced", false)));
    }

    /** Its only audit is stale (more than 24 months before the scenario date). */
    private static SampleSupplier songkhlaTidewater() {
        Practices good = Practices.good(60, 60, 54, null);
        return new SampleSupplier("songkhla-tidewater-marine", "Songkhla Tidewater Marine Products Ltd.",
                "Songkhla Tidewater", "THA", "TH", "Songkhla", "301 Moo 6, Kao Seng, Mueang Songkhla, Songkhla 90000",
                "Seafood", "Surimi and frozen fish processing", 1, "TH2018227STM0P5Z", 640, 26, RiskProfile.LOW, good,
                good, List.of(new AuditPlan(LocalDate.of(2022, 10, 4), "SA8000", BLUE_LEDGER, "announced", true)));
    }

    private static SampleSupplier saffronReef() {
        Practices truth = new Practices(false, true, 0, 90, false, true, true, false, 54, 60, 60, true, true, false,
                true, 30, 20, true, false);
        Practices claimed = new Practices(false, true, 0, 90, false, true, true, false, 54, 58, 60, true, true, false,
                true, 30, 20, true, false);
        return new SampleSupplier("saffron-reef-vessels", "Saffron Reef Vessel Group", "Saffron Reef",
                "Thailand", "TH", "Songkhla", "45/2 Moo 1, Hua Khao, Singhanakhon, Songkhla 90280",
                "Seafood", "Fishing vessel owner (7 purse seiners)", 2, "", 140, 18, RiskProfile.LOW, truth, claimed,
                List.of(new AuditPlan(LocalDate.of(2025, 1, 22), "amfori BSCI", HARBOURLINE, "semi-announced", true)));
    }

    private static SampleSupplier lotusLoom() {
        Practices good = Practices.good(40, 35, 52, null);
        return new SampleSupplier("lotus-loom-garments", "Lotus Loom Garments Co., Ltd.", "Lotus Loom Garments",
                "TH", "TH", "Bangkok", "55 Soi Phetkasem 81, Nong Khang Phlu, Nong Khaem, Bangkok 10160",
                "Apparel", "Cut-make-trim, knit tops", 1, "TH2019098LLG2M6B", 820, 34, RiskProfile.LOW, good, good,
                List.of(new AuditPlan(LocalDate.of(2024, 8, 27), "amfori BSCI", KANOK, "announced", true),
                        new AuditPlan(LocalDate.of(2025, 3, 13), "SMETA", MERIDIAN, "semi-announced", true)));
    }

    private static SampleSupplier chaoPhraya() {
        Practices good = Practices.good(70, 45, 54, null);
        return new SampleSupplier("chao-phraya-stitchworks", "Chao Phraya Stitchworks Ltd.", "Chao Phraya Stitchworks",
                "Thailand", "TH", "Samut Prakan",
                "9/99 Moo 3, Bang Pu Industrial Estate, Mueang Samut Prakan, Samut Prakan 10280",
                "Apparel", "Woven shirts and workwear", 1, "TH2021042CPS7T3A", 560, 30, RiskProfile.LOW, good, good,
                List.of(new AuditPlan(LocalDate.of(2025, 5, 7), "SA8000", BLUE_LEDGER, "announced", true)));
    }

    /** Seventy-hour weeks and forced overtime; the announced audit missed them, the unannounced one did not. */
    private static SampleSupplier moeiRiver() {
        Practices truth = new Practices(true, false, 150, 96, true, false, false, true, 48, 70, 77, false, false,
                true, false, 30, null, false, false);
        Practices claimed = new Practices(false, false, 150, 90, false, true, true, false, 48, 58, 60, true, true,
                false, true, 30, null, true, false);
        return new SampleSupplier("moei-river-knitting", "Moei River Knitting Factory", "Moei River Knitting",
                "THA", "TH", "Tak", "222 Moo 9, Tha Sai Luat, Mae Sot, Tak 63110",
                "Apparel", "Knitting and sewing", 1, "TH2022015MRK5W8C", 730, 42, RiskProfile.HIGH_HOURS, truth,
                claimed, List.of(
                        new AuditPlan(LocalDate.of(2023, 7, 19), "amfori BSCI", KANOK, "announced", false),
                        new AuditPlan(LocalDate.of(2024, 9, 24), "SMETA", NORTHSTAR, "unannounced", true)));
    }

    private static SampleSupplier irrawaddy() {
        Practices good = Practices.good(0, 0, 54, null);
        return new SampleSupplier("irrawaddy-cotton-spinners", "Irrawaddy Cotton Spinners Ltd.", "Irrawaddy Cotton",
                "Myanmar", "MM", "Yangon", "No. 14, Industrial Zone 3, Hlaing Tharyar Township, Yangon",
                "Apparel", "Cotton yarn spinning", 2, "MM2020210ICS9D4E", 390, 16, RiskProfile.LOW, good, good,
                List.of(new AuditPlan(LocalDate.of(2024, 2, 15), "amfori BSCI", HARBOURLINE, "announced", true)));
    }

    private static SampleSupplier tonleSap() {
        Practices good = Practices.good(20, 0, 52, null);
        return new SampleSupplier("tonle-sap-trims", "Tonle Sap Trim & Button Co., Ltd.", "Tonle Sap Trims",
                "KH", "KH", "Phnom Penh", "Street 598, Sangkat Chrang Chamreh, Khan Russey Keo, Phnom Penh",
                "Apparel", "Buttons, labels and trims", 2, "KH2021133TST6H2F", 260, 14, RiskProfile.LOW, good, good,
                List.of(new AuditPlan(LocalDate.of(2024, 12, 3), "SMETA", MERIDIAN, "semi-announced", true)));
    }

    private static SampleSupplier mekongDelta() {
        Practices good = Practices.good(30, 0, 56, null);
        return new SampleSupplier("mekong-delta-feed", "Mekong Delta Feed Mill JSC", "Mekong Feed Mill",
                "Viet Nam", "VN", "Can Tho", "Lot 22, Tra Noc Industrial Park, Binh Thuy District, Can Tho",
                "Seafood", "Shrimp feed and fishmeal", 2, "VN2020288MDF3L9G", 310, 12, RiskProfile.LOW, good, good,
                List.of(new AuditPlan(LocalDate.of(2024, 5, 14), "RBA", NORTHSTAR, "announced", true)));
    }

    /** The one supplier without any audit. */
    private static SampleSupplier padma() {
        Practices good = Practices.good(25, 0, 58, null);
        return new SampleSupplier("padma-thread-dye", "Padma Thread & Dye Works Ltd.", "Padma Thread & Dye",
                "Bangladesh", "BD", "Gazipur", "Plot 7, Konabari Industrial Area, Gazipur 1700",
                "Apparel", "Yarn dyeing", 2, "BD2019301PTD1N7H", 450, 10, RiskProfile.LOW, good, good, List.of());
    }
}
