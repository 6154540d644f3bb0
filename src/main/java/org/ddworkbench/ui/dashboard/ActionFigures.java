package org.ddworkbench.ui.dashboard;

import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.I18n.tr;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Two large figures: open corrective actions overdue and due soon, each a button to the suppliers concerned. */
final class ActionFigures {
    private final HBox root = new HBox(12);
    private final Consumer<Boolean> open;

    /** {@code open} receives true for the overdue figure, false for the due-soon one. */
    ActionFigures(Consumer<Boolean> open) {
        this.open = open;
        root.setId("dashboard-actions-figures");
    }

    HBox root() {
        return root;
    }

    void show(ActionsDue actions) {
        root.getChildren().setAll(
                figure("dashboard-actions-overdue", actions.overdue(), tr("overdue"),
                        tr("{0,choice,0#No corrective action is|1#1 corrective action is|1<{0,number,integer} "
                                + "corrective actions are} overdue", actions.overdue()), true),
                figure("dashboard-actions-due", actions.dueSoon(),
                        tr("due in the next {0} days", String.valueOf(DashboardLoader.DUE_SOON_DAYS)),
                        tr("{0,choice,0#No corrective action is|1#1 corrective action is|1<{0,number,integer} "
                                + "corrective actions are} due in the next {1} days", actions.dueSoon(),
                                String.valueOf(DashboardLoader.DUE_SOON_DAYS)), false));
        root.setAccessibleText(tr("Corrective actions: {0} overdue, {1} due in the next {2} days",
                String.valueOf(actions.overdue()), String.valueOf(actions.dueSoon()),
                String.valueOf(DashboardLoader.DUE_SOON_DAYS)));
    }

    private Button figure(String id, int count, String caption, String description, boolean overdue) {
        VBox text = new VBox(0, plain(label(id + "-number", String.valueOf(count), "dash-figure-number")),
                plain(label(id + "-caption", caption, "dash-figure-caption")));
        Button button = new Button();
        button.setId(id);
        button.setGraphic(text);
        button.setMnemonicParsing(false);
        button.setAccessibleText(description);
        button.setTooltip(new Tooltip(description));
        button.getStyleClass().add("dash-figure");
        if (overdue && count > 0) {
            button.getStyleClass().add("dash-figure-alarm");
        }
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMaxHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(button, Priority.ALWAYS);
        button.setOnAction(event -> open.accept(overdue));
        return button;
    }

    /** A label inside a button keeps to one line: a wrapping one makes the button guess a tall height. */
    private static Label plain(Label label) {
        label.setWrapText(false);
        return label;
    }
}
