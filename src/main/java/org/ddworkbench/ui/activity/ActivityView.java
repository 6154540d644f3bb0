package org.ddworkbench.ui.activity;

import static org.ddworkbench.ui.Controls.button;
import static org.ddworkbench.ui.Controls.column;
import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.I18n.tr;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ddworkbench.ui.activity.ActivityViewModel.ChainState;

/** The Activity screen: the chain verification banner, a Verify button and the table of log entries. */
public final class ActivityView {
    private final VBox root = new VBox();

    public ActivityView(ActivityViewModel model) {
        root.setId("activity-view");
        root.getStyleClass().add("page");

        Label banner = chainBanner("activity-banner", model);
        banner.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(banner, Priority.ALWAYS);
        Button verify = button("activity-verify", tr("Verify again"));
        verify.setOnAction(event -> model.verify());
        HBox bar = new HBox(12, banner, verify);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<ActivityRow> table = named(new TableView<>(model.entries()), "activity-table", tr("Activity log"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(label("activity-empty", tr("No entries yet."), "muted"));
        table.getColumns().add(column(tr("#"), 50, (ActivityRow row) -> String.valueOf(row.seq())));
        table.getColumns().add(column(tr("Time"), 160, ActivityRow::time));
        table.getColumns().add(column(tr("Action"), 180, ActivityRow::action));
        table.getColumns().add(column(tr("Summary"), 500, ActivityRow::summary));
        VBox.setVgrow(table, Priority.ALWAYS);

        root.getChildren().addAll(
                label("activity-title", tr("Activity"), "section-title"),
                label("activity-text", tr("Every import, check, export, authorisation and deletion is recorded "
                        + "here. Each entry carries the hash of the one before, so a changed or removed entry "
                        + "shows up when the log is verified."), "muted"),
                bar, table);
    }

    public Node root() {
        return root;
    }

    /** A label that shows the chain state in words, green when intact and red when broken. */
    public static Label chainBanner(String id, ActivityViewModel model) {
        Label banner = label(id, "", "banner");
        banner.textProperty().bind(model.bannerProperty());
        styleBanner(banner, model.stateProperty().get());
        model.stateProperty().addListener((observable, old, state) -> styleBanner(banner, state));
        return banner;
    }

    private static void styleBanner(Label banner, ChainState state) {
        banner.getStyleClass().removeAll("banner-ok", "banner-broken", "banner-neutral");
        banner.getStyleClass().add(switch (state) {
            case INTACT -> "banner-ok";
            case BROKEN, UNREADABLE -> "banner-broken";
            case NOT_VERIFIED -> "banner-neutral";
        });
    }
}
