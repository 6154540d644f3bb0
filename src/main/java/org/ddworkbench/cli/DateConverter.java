package org.ddworkbench.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads dates as ISO {@code YYYY-MM-DD} only, so "03/04/2025" is refused rather than guessed. */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date: write it as YYYY-MM-DD.");
        }
    }
}
