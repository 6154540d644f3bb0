package org.ddworkbench.ui.imports;

import static org.ddworkbench.ui.I18n.tr;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ddworkbench.model.ImportRecord;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.DialogService;
import org.ddworkbench.ui.LocalFormats;

/**
 * State of the Imports screen: past imports with their provenance, the selected one in detail, and undoing
 * an import after the user confirmed exactly what will be removed.
 */
public final class ImportsViewModel {

    private final ImportedData data;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ImportDialogs importDialogs;
    private final ZoneId zone;
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ImportRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<List<Map.Entry<String, String>>> detail =
            new ReadOnlyObjectWrapper<>(this, "detail", List.of());

    public ImportsViewModel(ImportedData data, BackgroundRunner runner, DialogService dialogs,
            ImportDialogs importDialogs, ZoneId zone) {
        this.data = data;
        this.runner = runner;
        this.dialogs = dialogs;
        this.importDialogs = importDialogs;
        this.zone = zone;
        detail.bind(Bindings.createObjectBinding(() -> detailOf(selected.get()), selected));
        data.revisionProperty().addListener((observable, old, now) -> refresh());
    }

    /** Reads the list of imports in the background, keeping the selection when the import is still there. */
    public void refresh() {
        runner.run(tr("Reading the list of imports…"),
                (progress, cancellation) -> data.service().imports(data.project()),
                this::show,
                failure -> dialogs.showFailure(tr("Could not read the list of imports"), failure));
    }

    private void show(List<ImportRecord> records) {
        long keep = selected.get() == null ? -1 : selected.get().record().id();
        rows.setAll(records.stream().map(this::rowOf).toList());
        selected.set(rows.stream().filter(row -> row.record().id() == keep).findFirst().orElse(null));
    }

    /** Undoes the selected import after confirmation; the other screens refresh when it is done. */
    public void undoSelected() {
        ImportRow row = selected.get();
        if (row == null || !importDialogs.confirm(tr("Undo this import?"), undoMessage(row), tr("Undo import"))) {
            return;
        }
        ImportRecord record = row.record();
        runner.run(tr("Undoing the import of {0}…", record.fileName()),
                (progress, cancellation) -> {
                    data.service().undo(data.project(), record.id());
                    return record;
                },
                undone -> {
                    selected.set(null);
                    data.changed();
                    dialogs.showInformation(tr("Import undone"), tr("Everything import #{0} brought in from {1} was "
                            + "removed. The undo is recorded in the activity log.", String.valueOf(record.id()),
                            record.fileName()));
                },
                failure -> dialogs.showFailure(tr("Could not undo the import of {0}", record.fileName()), failure));
    }

    /** Exactly what an undo removes, in the words of the confirmation dialog. */
    public String undoMessage(ImportRow row) {
        ImportRecord record = row.record();
        return tr("This removes everything import #{0} brought in from {1} (imported {2}): "
                + "{3,choice,0#no rows|1#1 row|1<{3,number,integer} rows} and "
                + "{4,choice,0#no values|1#1 value|1<{4,number,integer} values}, their provenance, and the "
                + "suppliers that only this import created. Other imports and their suppliers are not touched. "
                + "The undo is recorded in the activity log; to get the data back, import the file again.",
                String.valueOf(record.id()), record.fileName(), row.when(), record.rowsImported(),
                record.valuesStored());
    }

    private ImportRow rowOf(ImportRecord record) {
        return new ImportRow(record, LocalFormats.dateTime(record.importedAt().atZone(zone)), ImportText.kind(record.kind()),
                ImportText.shortSha(record.fileSha256()));
    }

    private List<Map.Entry<String, String>> detailOf(ImportRow row) {
        if (row == null) {
            return List.of();
        }
        ImportRecord record = row.record();
        return List.of(
                Map.entry(tr("File"), record.fileName()),
                Map.entry(tr("Imported"), row.when()),
                Map.entry(tr("Kind"), row.kind()),
                Map.entry(tr("Mapping"), nullToEmpty(record.mappingName())),
                Map.entry(tr("Rows imported"), String.format("%,d", record.rowsImported())),
                Map.entry(tr("Rows skipped"), String.format("%,d", record.rowsSkipped())),
                Map.entry(tr("Values stored"), String.format("%,d", record.valuesStored())),
                Map.entry(tr("Import number"), "#" + record.id()),
                Map.entry(tr("File SHA-256"), nullToEmpty(record.fileSha256())),
                Map.entry(tr("Pack fingerprint"), nullToEmpty(record.packFingerprint())));
    }

    public ObservableList<ImportRow> rows() {
        return rows;
    }

    public ObjectProperty<ImportRow> selectedProperty() {
        return selected;
    }

    /** The selected import's provenance as label and value pairs; empty when nothing is selected. */
    public ReadOnlyObjectProperty<List<Map.Entry<String, String>>> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
