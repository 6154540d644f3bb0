package org.ddworkbench.ingest.value;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the units people write around numbers ("48 h", "60 hrs/week", "12%", "THB 9,000", "3 months'
 * wages") and the units metrics declare ("hours-per-week"), so a number can be accepted when they agree and
 * refused when they conflict.
 */
final class UnitWords {

    /** What a unit measures; two units agree when their families do. */
    enum Family {
        HOURS("hours"), HOURS_PER_WEEK("hours per week"), HOURS_PER_DAY("hours per day"), DAYS("days"),
        WEEKS("weeks"), MONTHS("months"), YEARS("years"), COUNT("a count"), PERCENT("per cent"),
        TIER("a tier"), THB("Thai baht"), USD("US dollars"), EUR("euros"), GBP("pounds sterling"), MMK("kyat"),
        KHR("riel"), VND("dong"), LAK("kip"), BDT("taka"), MYR("ringgit"), INR("rupees"), IDR("rupiah"),
        PHP("pesos"), CNY("yuan");

        private final String label;

        Family(String label) {
            this.label = label;
        }

        /** Plain English for problem messages. */
        String label() {
            return label;
        }
    }

    private static final Pattern PER = Pattern.compile("\\s*(?:\\bper\\b|\\ba\\b|\\beach\\b|\\bevery\\b|ต่อ|/)\\s*");
    private static final Pattern MONTHS_OF_WAGES =
            Pattern.compile("(?:months?|mos?|เดือน)(?: of)?(?: ?(?:wages?|salary|pay|ค่าจ้าง|เงินเดือน))?");

    private static final Map<String, Family> WORDS = new HashMap<>();

    static {
        words(Family.HOURS, "h", "hr", "hrs", "hour", "hours", "ชั่วโมง", "ชม", "heure", "heures");
        words(Family.DAYS, "d", "day", "days", "วัน", "jour", "jours");
        words(Family.WEEKS, "w", "wk", "wks", "week", "weeks", "สัปดาห์", "อาทิตย์", "semaine", "semaines");
        words(Family.YEARS, "y", "yr", "yrs", "year", "years", "years old", "yo", "ปี", "ขวบ", "an", "ans");
        words(Family.COUNT, "count", "worker", "workers", "person", "persons", "people", "pax", "employee",
                "employees", "staff", "crew", "คน", "ราย");
        words(Family.PERCENT, "%", "％", "percent", "per cent", "pct", "เปอร์เซ็นต์", "pour cent");
        words(Family.TIER, "tier");
        words(Family.THB, "thb", "baht", "฿", "บาท");
        words(Family.USD, "usd", "us$", "$", "dollar", "dollars", "us dollars");
        words(Family.EUR, "eur", "€", "euro", "euros");
        words(Family.GBP, "gbp", "£");
        words(Family.MMK, "mmk", "kyat", "kyats", "ks");
        words(Family.KHR, "khr", "riel", "riels", "៛");
        words(Family.VND, "vnd", "dong", "đ", "₫");
        words(Family.LAK, "lak", "kip", "₭");
        words(Family.BDT, "bdt", "taka", "tk", "৳");
        words(Family.MYR, "myr", "rm", "ringgit");
        words(Family.INR, "inr", "₹", "rs", "rupee", "rupees");
        words(Family.IDR, "idr", "rp", "rupiah");
        words(Family.PHP, "php", "₱", "peso", "pesos");
        words(Family.CNY, "cny", "rmb", "yuan", "¥");
    }

    private UnitWords() {
    }

    private static void words(Family family, String... words) {
        for (String word : words) {
            WORDS.put(word, family);
        }
    }

    /** The family of a written unit, or empty when it is not a unit the workbench knows. */
    static Optional<Family> classify(String written) {
        String unit = TextKeys.plainSpaces(written.toLowerCase(Locale.ROOT)).replace(".", "").replace("'", "")
                .replace("’", "").replace('-', ' ').trim();
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        Family whole = WORDS.get(unit);
        if (whole != null) {
            return Optional.of(whole);
        }
        if (MONTHS_OF_WAGES.matcher(unit).matches()) {
            return Optional.of(Family.MONTHS);
        }
        String[] parts = PER.split(unit, -1);
        if (parts.length == 2 && WORDS.get(parts[0].trim()) == Family.HOURS) {
            Family per = WORDS.get(parts[1].trim());
            if (per == Family.WEEKS) {
                return Optional.of(Family.HOURS_PER_WEEK);
            }
            if (per == Family.DAYS) {
                return Optional.of(Family.HOURS_PER_DAY);
            }
        }
        return Optional.empty();
    }

    /**
     * The families a metric declared in {@code metricUnit} accepts: a bare "hours" agrees with hours per week
     * or per day, since people leave the period out. Empty when the metric's unit is not known here.
     */
    static Set<Family> acceptedBy(String metricUnit) {
        Optional<Family> family = classify(metricUnit);
        if (family.isEmpty()) {
            return Set.of();
        }
        return switch (family.get()) {
            case HOURS_PER_WEEK -> EnumSet.of(Family.HOURS, Family.HOURS_PER_WEEK);
            case HOURS_PER_DAY -> EnumSet.of(Family.HOURS, Family.HOURS_PER_DAY);
            default -> EnumSet.of(family.get());
        };
    }
}
