package org.ddworkbench.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Shows notices as ControlsFX pop-up notifications in the corner of the window's screen. */
public final class ControlsFxNotifier implements Notifier {
    private static final Logger LOG = Logger.getLogger(ControlsFxNotifier.class.getName());
    private static final Duration SHOWN_FOR = Duration.seconds(6);

    private final Window owner;

    public ControlsFxNotifier(Window owner) {
        this.owner = owner;
    }

    @Override
    public void show(String title, String text) {
        try {
            Notifications.create().owner(owner).title(title).text(text).hideAfter(SHOWN_FOR).showInformation();
        } catch (RuntimeException unavailable) {
            // A notice is a courtesy: a platform that cannot show pop-ups must not fail the finished work.
            LOG.log(Level.WARNING, "Could not show a notification", unavailable);
        }
    }
}
