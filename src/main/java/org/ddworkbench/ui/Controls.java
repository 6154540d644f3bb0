package org.ddworkbench.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/** Small factories that give every control its id, its accessible text and its style classes in one call. */
public final class Controls {
    private Controls() {
    }

    /** Sets the id (kebab-case, what tests look up) and the text a screen reader announces. */
    public static <T extends Node> T named(T node, String id, String accessibleText) {
        node.setId(id);
        node.setAccessibleText(accessibleText);
        return node;
    }

    public static Button button(String id, String text) {
        Button button = named(new Button(text), id, text);
        button.setMnemonicParsing(false);
        return button;
    }

    public static Button primaryButton(String id, String text) {
        Button button = button(id, text);
        button.getStyleClass().add("primary");
        return button;
    }

    /** A wrapping label whose accessible text follows its text, also when the text is bound later. */
    public static Label label(String id, String text, String... styleClasses) {
        Label label = new Label(text);
        label.setId(id);
        label.accessibleTextProperty().bind(label.textProperty());
        label.getStyleClass().addAll(styleClasses);
        label.getStyleClass().add("wrapping-text");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    public static TextField textField(String id, String accessibleText, String prompt) {
        TextField field = named(new TextField(), id, accessibleText);
        field.setPromptText(prompt);
        return field;
    }

    public static PasswordField passwordField(String id, String accessibleText) {
        return named(new PasswordField(), id, accessibleText);
    }

    public static <T extends Node> T tip(T node, String text) {
        Tooltip.install(node, new Tooltip(text));
        return node;
    }

    /** A read-only table column whose cells show {@code text} of the row. */
    public static <R> TableColumn<R, String> column(String title, double prefWidth, Function<R, String> text) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(prefWidth);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(text.apply(data.getValue())));
        return column;
    }

    /** Like {@link #column}, but long texts wrap onto more lines instead of being cut off. */
    public static <R> TableColumn<R, String> wrappingColumn(String title, double prefWidth, Function<R, String> text) {
        TableColumn<R, String> column = column(title, prefWidth, text);
        column.setCellFactory(owner -> new WrappingCell<>(owner));
        return column;
    }

    /** A table cell that shows its text in a {@link Text} node wrapped at the column's width. */
    private static final class WrappingCell<R> extends TableCell<R, String> {
        private final Text content = new Text();

        WrappingCell(TableColumn<R, String> owner) {
            content.getStyleClass().add("cell-text");
            content.wrappingWidthProperty().bind(owner.widthProperty().subtract(12));
            setPrefHeight(Region.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                content.setText(item);
                setGraphic(content);
            }
        }
    }

    /** An empty region that takes the free space in an HBox or VBox. */
    public static Region spacer() {
        Region spacer = new Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        javafx.scene.layout.VBox.setVgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
