package org.ddworkbench.ui;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A skin for wrapping labels in Thai, which writes no spaces between words. JavaFX 21 wraps such a line inside
 * one shaped text run and then draws the whole run, so the first line runs on past the label's edge (on the
 * desktop pipeline as in the headless one). This skin cuts the text at the line-break opportunities of
 * {@link BreakIterator} (a dictionary of Thai words in the JDK) and lays the pieces out in a {@link TextFlow},
 * which breaks between pieces and never inside one; a label that does not wrap keeps them on one line. The
 * Thai stylesheets give it to the window's labels and dialog texts (docs/decisions/0013-languages.md).
 */
public final class WordWrapLabelSkin extends SkinBase<Label> {
    private static final Locale THAI = Locale.forLanguageTag("th");

    private final TextFlow flow = new TextFlow();

    public WordWrapLabelSkin(Label label) {
        super(label);
        flow.setManaged(false);
        getChildren().add(flow);
        registerChangeListener(label.textProperty(), changed -> fill());
        registerChangeListener(label.fontProperty(), changed -> fill());
        registerChangeListener(label.textFillProperty(), changed -> fill());
        registerChangeListener(label.textAlignmentProperty(),
                changed -> flow.setTextAlignment(label.getTextAlignment()));
        registerChangeListener(label.wrapTextProperty(), changed -> label.requestLayout());
        registerChangeListener(label.lineSpacingProperty(), changed -> flow.setLineSpacing(label.getLineSpacing()));
        flow.setTextAlignment(label.getTextAlignment());
        flow.setLineSpacing(label.getLineSpacing());
        fill();
    }

    /** The label's text as pieces that may each start a line. */
    static List<String> pieces(String text) {
        BreakIterator breaks = BreakIterator.getLineInstance(THAI);
        breaks.setText(text);
        List<String> pieces = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE;
                start = end, end = breaks.next()) {
            pieces.add(text.substring(start, end));
        }
        return pieces;
    }

    private void fill() {
        Label label = getSkinnable();
        List<Text> texts = new ArrayList<>();
        for (String piece : pieces(label.getText() == null ? "" : label.getText())) {
            Text text = new Text(piece);
            text.setFont(label.getFont());
            text.setFill(label.getTextFill());
            texts.add(text);
        }
        flow.getChildren().setAll(texts);
        label.requestLayout();
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        if (!getSkinnable().isWrapText()) {
            return computePrefWidth(height, top, right, bottom, left);
        }
        double widest = 0;
        for (var child : flow.getChildren()) {
            widest = Math.max(widest, child.prefWidth(-1));
        }
        return left + Math.min(widest, 120) + right;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + flow.prefWidth(-1) + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double inner = width < 0 || !getSkinnable().isWrapText() ? -1 : Math.max(0, width - left - right);
        return top + flow.prefHeight(inner) + bottom;
    }

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        Label label = getSkinnable();
        double flowWidth = label.isWrapText() ? Math.min(width, flow.prefWidth(-1)) : flow.prefWidth(-1);
        double flowHeight = Math.min(height, flow.prefHeight(label.isWrapText() ? width : -1));
        double left = switch (label.getAlignment().getHpos()) {
            case LEFT -> 0;
            case RIGHT -> width - flowWidth;
            default -> (width - flowWidth) / 2;
        };
        double top = switch (label.getAlignment().getVpos()) {
            case TOP -> 0;
            case BOTTOM -> height - flowHeight;
            default -> (height - flowHeight) / 2;
        };
        flow.resizeRelocate(x + Math.max(0, left), y + top, flowWidth, flowHeight);
    }
}
