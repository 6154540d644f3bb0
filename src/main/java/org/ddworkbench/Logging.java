package org.ddworkbench;

import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Configures java.util.logging, the one log backend (POI's log4j-api and Flyway route into it): warnings to
 * standard error, one line each; details and stack traces only with {@code --debug}. Logs never carry imported
 * values.
 */
public final class Logging {
    /** Held so the level set on it survives; java.util.logging keeps loggers only weakly. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");
    /** JavaFX warns at every start that it runs from the class path, which the one-jar build does on purpose. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");
    /**
     * PDFBox warns at every PDF export that it draws the standard Helvetica with a similar installed font; the PDF
     * itself names Helvetica and readers supply it, so the warning says nothing the user can act on.
     */
    private static final Logger PDF_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    private Logging() {
    }

    public static void configure(boolean debug) {
        // The stack trace (%6$s) only with --debug: a user sees one line per warning, as the CLI promises.
        System.setProperty("java.util.logging.SimpleFormatter.format",
                debug ? "%1$tT %4$s %3$s: %5$s%6$s%n" : "%1$tT %4$s %3$s: %5$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        ConsoleHandler handler = new ConsoleHandler();
        handler.setFormatter(new SimpleFormatter());
        Level level = debug ? Level.FINE : Level.WARNING;
        handler.setLevel(level);
        root.setLevel(level);
        root.addHandler(handler);
        // Flyway warns at every open that H2 is newer than it has been tested with; not the user's concern.
        FLYWAY.setLevel(debug ? Level.FINE : Level.SEVERE);
        JAVAFX.setLevel(debug ? Level.FINE : Level.SEVERE);
        PDF_FONTS.setLevel(debug ? Level.FINE : Level.SEVERE);
    }
}
