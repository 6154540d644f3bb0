package org.ddworkbench.ui.findings;

import static org.ddworkbench.ui.Controls.label;
import static org.ddworkbench.ui.Controls.named;
import static org.ddworkbench.ui.Controls.textField;
import static org.ddworkbench.ui.I18n.tr;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.ddworkbench.model.ActionDraft;
import org.ddworkbench.model.ActionStatus;
import org.ddworkbench.ui.Theme;

/** The JavaFX dialogs of the finding screens: a review reason, a corrective action's form, the evidence window. */
public final class FxFindingDialogs implements FindingDialogs {
    private final Window owner;
    private EvidenceWindow evidence;

    public FxFindingDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<String> askReason(String title, String message) {
        Dialog<String> dialog = dialog(title, "reason-dialog");
        ButtonType save = new ButtonType(tr("Save review"), ButtonBar.ButtonData.OK_DONE);
        DialogPane pane = dialog.getDialogPane();
        pane.getButtonTypes().addAll(save, ButtonType.CANCEL);
        TextArea reason = named(new TextArea(), "reason-text", tr("Reason"));
        reason.setWrapText(true);
        reason.setPrefRowCount(4);
        pane.setContent(new VBox(10, label("reason-message", message), reason,
                label("reason-required", tr("A reason is required."), "hint")));
        pane.lookupButton(save).setId("reason-save");
        pane.lookupButton(ButtonType.CANCEL).setId("reason-cancel");
        pane.lookupButton(save).disableProperty().bind(Bindings.createBooleanBinding(
                () -> reason.getText().isBlank(), reason.textProperty()));
        dialog.setResultConverter(button -> button == save ? reason.getText().strip() : null);
        Platform.runLater(reason::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Optional<ActionDraft> askAction(String title, ActionDraft initial, boolean editing) {
        Dialog<ActionDraft> dialog = dialog(title, "action-dialog");
        ButtonType save = new ButtonType(editing ? tr("Save action") : tr("Open action"), ButtonBar.ButtonData.OK_DONE);
        DialogPane pane = dialog.getDialogPane();
        pane.getButtonTypes().addAll(save, ButtonType.CANCEL);
        TextArea description = named(new TextArea(initial.description()), "action-description", tr("Description"));
        description.setWrapText(true);
        description.setPrefRowCount(3);
        TextField owner = textField("action-owner", tr("Owner"), tr("Who is responsible, e.g. supplier HR manager"));
        owner.setText(initial.owner());
        DatePicker due = named(new DatePicker(initial.dueDate()), "action-due", tr("Due date"));
        ChoiceBox<ActionStatus> status = named(new ChoiceBox<>(), "action-status", tr("Status"));
        status.getItems().setAll(ActionStatus.values());
        status.setValue(initial.status() == null ? ActionStatus.OPEN : initial.status());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(ActionStatus value) {
                return value == null ? "" : FindingText.actionStatus(value) + " (SMETA: "
                        + FindingText.smetaStatus(value) + ")";
            }

            @Override
            public ActionStatus fromString(String text) {
                return null;
            }
        });
        status.setDisable(!editing);
        TextArea notes = named(new TextArea(initial.evidenceNotes()), "action-evidence-notes", tr("Evidence notes"));
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        DatePicker followUp = named(new DatePicker(initial.followUpAuditDate()), "action-follow-up",
                tr("Follow-up audit date"));

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, label("action-description-label", tr("Description"), "field-label"), description);
        form.addRow(1, label("action-owner-label", tr("Owner"), "field-label"), owner);
        form.addRow(2, label("action-due-label", tr("Due date"), "field-label"), due);
        form.addRow(3, label("action-status-label", tr("Status"), "field-label"), status);
        form.addRow(4, label("action-notes-label", tr("Evidence notes"), "field-label"), notes);
        form.addRow(5, label("action-follow-up-label", tr("Follow-up audit"), "field-label"), followUp);
        ObjectBinding<ActionDraft> draft = Bindings.createObjectBinding(() -> new ActionDraft(
                description.getText().strip(), owner.getText().strip(), due.getValue(), status.getValue(),
                notes.getText().strip(), followUp.getValue()),
                description.textProperty(), owner.textProperty(), due.valueProperty(), status.valueProperty(),
                notes.textProperty(), followUp.valueProperty());
        Label problems = label("action-problems", "", "feedback-error");
        problems.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", ActionForm.problems(draft.get())), draft));
        pane.setContent(new VBox(12, form, problems));
        pane.setPrefWidth(600);
        pane.lookupButton(save).setId("action-save");
        pane.lookupButton(ButtonType.CANCEL).setId("action-cancel");
        pane.lookupButton(save).disableProperty().bind(problems.textProperty().isNotEmpty());
        dialog.setResultConverter(button -> button == save ? draft.get() : null);
        Platform.runLater(description::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public void showEvidence(EvidenceListing listing) {
        if (evidence == null || !evidence.isShowing()) {
            evidence = new EvidenceWindow(owner);
        }
        evidence.show(listing);
    }

    private <T> Dialog<T> dialog(String title, String id) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        DialogPane pane = dialog.getDialogPane();
        pane.setId(id);
        pane.setAccessibleText(title);
        pane.getStylesheets().add(Theme.stylesheet());
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.setPrefWidth(520);
        return dialog;
    }
}
