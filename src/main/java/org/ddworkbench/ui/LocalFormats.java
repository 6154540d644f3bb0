package org.ddworkbench.ui;

import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Formats dates and times for the window in the current locale, read on every call so a locale chosen at
 * start-up holds: Thai shows Thai month names and Buddhist-era years, other languages ISO 8601 dates.
 * See docs/decisions/0013-languages.md.
 */
public final class LocalFormats {
    private LocalFormats() {
    }

    /** A day, such as {@code 2025-06-30} or {@code 30 มิ.ย. 2568}. */
    public static String date(TemporalAccessor day) {
        return formatter("yyyy-MM-dd", FormatStyle.MEDIUM, null).format(day);
    }

    /** A day and minute, such as {@code 2025-06-30 15:00} or {@code 30 มิ.ย. 2568 15:00}. */
    public static String dateTime(TemporalAccessor time) {
        return formatter("yyyy-MM-dd HH:mm", FormatStyle.MEDIUM, FormatStyle.SHORT).format(time);
    }

    /** A day and second, for the activity log, such as {@code 2025-06-30 15:00:07}. */
    public static String dateTimeWithSeconds(TemporalAccessor time) {
        return formatter("yyyy-MM-dd HH:mm:ss", FormatStyle.MEDIUM, FormatStyle.MEDIUM).format(time);
    }

    private static DateTimeFormatter formatter(String isoPattern, FormatStyle dateStyle, FormatStyle timeStyle) {
        Locale locale = Locale.getDefault();
        if (!"th".equals(locale.getLanguage())) {
            return DateTimeFormatter.ofPattern(isoPattern, locale);
        }
        DateTimeFormatter thai = timeStyle == null ? DateTimeFormatter.ofLocalizedDate(dateStyle)
                : DateTimeFormatter.ofLocalizedDateTime(dateStyle, timeStyle);
        return thai.withLocale(locale).withChronology(ThaiBuddhistChronology.INSTANCE);
    }
}
