package org.ddworkbench.ui.dashboard;

import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.I18n.tr;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The last imports, newest first: file name over kind, rows and time; each opens the Imports screen. */
final class ImportList {
    private final VBox root = new VBox(2);
    private final Runnable open;

    ImportList(Runnable open) {
        this.open = open;
        root.setId("dashboard-imports-list");
    }

    VBox root() {
        return root;
    }

    void show(List<ImportLine> imports) {
        if (imports.isEmpty()) {
            root.getChildren().setAll(label("dashboard-imports-empty", tr("Nothing imported yet."), "muted"));
            root.setAccessibleText(tr("Nothing imported yet."));
            return;
        }
        root.getChildren().setAll(imports.stream().map(this::line).toList());
        root.setAccessibleText(tr("Last {0} imports", String.valueOf(imports.size())));
    }

    private Button line(ImportLine line) {
        String details = tr("{0} · {1,choice,0#no rows|1#1 row|1<{1,number,integer} rows} · {2}", line.kind(),
                line.rows(), line.when());
        Label name = label("dashboard-import-file-" + line.importId(), line.fileName(), "dash-import-file");
        name.setWrapText(false);
        // Labels inside a button keep to one line: a wrapping one makes the button guess a tall height.
        Label more = label("dashboard-import-details-" + line.importId(), details, "hint");
        more.setWrapText(false);
        VBox text = new VBox(0, name, more);
        Button button = new Button();
        button.setId("dashboard-import-" + line.importId());
        button.setGraphic(text);
        button.setMnemonicParsing(false);
        button.setAccessibleText(line.fileName() + ", " + details);
        button.getStyleClass().add("dash-import");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(event -> open.run());
        return button;
    }
}
