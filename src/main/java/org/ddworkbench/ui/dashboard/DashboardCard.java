package org.ddworkbench.ui.dashboard;

import static org.ddworkbench.ui.Controls.label;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** A titled card of the Dashboard holding one chart or list, with a line saying what a click does. */
final class DashboardCard {
    private DashboardCard() {
    }

    static VBox of(String id, String title, String hint, Node content) {
        VBox card = new VBox(8, label(id + "-title", title, "dash-card-title"), content,
                label(id + "-hint", hint, "hint"));
        card.setId(id);
        card.getStyleClass().addAll("card", "dash-card");
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }
}
