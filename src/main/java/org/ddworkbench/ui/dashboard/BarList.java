package org.ddworkbench.ui.dashboard;

import static org.ddworkbench.ui.Controls.label;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A horizontal bar chart drawn with plain nodes: one button per bar, so every bar is clickable and focusable. */
final class BarList {
    private static final double LABEL_MIN_WIDTH = 70;
    private static final double VALUE_WIDTH = 58;

    private final VBox root = new VBox(2);
    private final String id;
    private final String title;
    private final double labelWidth;
    private final Consumer<Bar> open;

    /**
     * {@code title} starts the chart's accessible summary; {@code labelWidth} fits the longest English label, so
     * the tracks line up and stay long; {@code open} runs when a bar is clicked.
     */
    BarList(String id, String title, double labelWidth, Consumer<Bar> open) {
        this.id = id;
        this.title = title;
        this.labelWidth = labelWidth;
        this.open = open;
        root.setId(id);
        root.getStyleClass().add("dash-bars");
    }

    VBox root() {
        return root;
    }

    void show(List<Bar> bars) {
        root.getChildren().setAll(bars.stream().map(this::bar).toList());
        root.setAccessibleText(title + ": " + bars.stream().map(b -> b.label() + " " + b.shown())
                .collect(Collectors.joining(", ")));
    }

    private Button bar(Bar bar) {
        String key = bar.key().toLowerCase(Locale.ROOT);
        Label name = label(id + "-label-" + key, bar.label(), "dash-bar-label");
        name.setWrapText(false);
        name.setMinWidth(LABEL_MIN_WIDTH);
        name.setPrefWidth(labelWidth);
        Region fill = new Region();
        fill.getStyleClass().addAll("dash-bar-fill", bar.styleClass());
        fill.setMinWidth(bar.value() > 0 ? 3 : 0);
        fill.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane track = new StackPane(fill);
        track.getStyleClass().add("dash-bar-track");
        track.setAlignment(Pos.CENTER_LEFT);
        track.setMinWidth(40);
        fill.prefWidthProperty().bind(track.widthProperty().multiply(bar.fraction()));
        HBox.setHgrow(track, Priority.ALWAYS);
        Label value = label(id + "-value-" + key, bar.shown(), "dash-bar-value");
        value.setWrapText(false);
        value.setMinWidth(VALUE_WIDTH);
        value.setAlignment(Pos.CENTER_RIGHT);
        HBox line = new HBox(10, name, track, value);
        line.setAlignment(Pos.CENTER_LEFT);

        Button button = new Button();
        button.setId(id + "-" + key);
        button.setGraphic(line);
        button.setMnemonicParsing(false);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("dash-bar");
        button.setAccessibleText(bar.description());
        button.setTooltip(new Tooltip(bar.description()));
        button.setOnAction(event -> open.accept(bar));
        // The graphic grows with the button, so the track takes the width the card gives it.
        line.prefWidthProperty().bind(button.widthProperty().subtract(16));
        return button;
    }
}
