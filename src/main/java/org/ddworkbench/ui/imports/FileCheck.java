package org.ddworkbench.ui.imports;

import static org.ddworkbench.ui.I18n.tr;

import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ddworkbench.ingest.ImportOptions;
import org.ddworkbench.ingest.ImportPreview;
import org.ddworkbench.ingest.ImportProblem;
import org.ddworkbench.ingest.map.MappingSuggestion;
import org.ddworkbench.model.SupplierMatch;

/**
 * What the wizard knows about the file in hand: its latest preview as table rows and lists, and the
 * user's choices on it (skip invalid rows, replace an earlier import, save the mapping under a name).
 */
public final class FileCheck {
    private final TargetChoices choices;
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper mappingSource = new ReadOnlyStringWrapper(this, "mappingSource", "");
    private final ObservableList<MappingRow> mappingRows = FXCollections.observableArrayList();
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<SupplierMatch> uncertainMatches = FXCollections.observableArrayList();
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(this, "skipInvalid");
    private final BooleanProperty replaceDuplicate = new SimpleBooleanProperty(this, "replaceDuplicate");
    private final StringProperty saveMappingAs = new SimpleStringProperty(this, "saveMappingAs", "");

    /** The suggestion the user started from, whose source and confidence edited previews keep showing. */
    private MappingSuggestion suggested;
    private final Set<String> editedRows = new HashSet<>();

    FileCheck(TargetChoices choices) {
        this.choices = choices;
    }

    /**
     * Shows a preview; {@code editedRow} is the key of the row the user just pointed elsewhere, or null when
     * the mapping is the service's own suggestion.
     */
    void show(ImportPreview shown, String editedRow) {
        preview.set(shown);
        if (editedRow == null || suggested == null) {
            suggested = shown.mapping();
            editedRows.clear();
        } else {
            editedRows.add(editedRow);
        }
        mappingSource.set(editedRows.isEmpty()
                ? suggested.source() : tr("Edited by you (started from: {0})", suggested.source()));
        mappingRows.setAll(MappingRows.of(shown.mapping().profile(), suggested, editedRows, choices));
        problems.setAll(shown.problems());
        uncertainMatches.setAll(shown.uncertainMatches());
    }

    /** Forgets the user's choices, for a new file. */
    void resetChoices() {
        skipInvalid.set(false);
        replaceDuplicate.set(false);
        saveMappingAs.set("");
    }

    void clear() {
        suggested = null;
        editedRows.clear();
        preview.set(null);
        mappingSource.set("");
        mappingRows.clear();
        problems.clear();
        uncertainMatches.clear();
    }

    /** Whether the choices allow importing: problems only when skipping them, a duplicate only when replacing it. */
    boolean allowsImport() {
        ImportPreview shown = preview.get();
        return shown != null && (shown.clean() || skipInvalid.get())
                && (shown.duplicateOfImportId() == 0 || replaceDuplicate.get());
    }

    /** {@code options} with the user's choices, as far as they apply to this file. */
    ImportOptions applyTo(ImportOptions options) {
        ImportPreview shown = preview.get();
        String name = saveMappingAs.get() == null ? "" : saveMappingAs.get().strip();
        return options.withKind(shown.kind())
                .withSkipInvalidRows(skipInvalid.get() && !shown.clean())
                .withReplaceDuplicate(replaceDuplicate.get() && shown.duplicateOfImportId() != 0)
                .withSaveMappingAs(name.isEmpty() ? null : name);
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** "template", "saved profile Acme survey", "suggested", or that the user edited it. */
    public ReadOnlyStringProperty mappingSourceProperty() {
        return mappingSource.getReadOnlyProperty();
    }

    public ObservableList<MappingRow> mappingRows() {
        return mappingRows;
    }

    public TargetChoices choices() {
        return choices;
    }

    /** The problems the preview lists (the first ones; the preview counts them all). */
    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    public ObservableList<SupplierMatch> uncertainMatches() {
        return uncertainMatches;
    }

    public BooleanProperty skipInvalidProperty() {
        return skipInvalid;
    }

    public BooleanProperty replaceDuplicateProperty() {
        return replaceDuplicate;
    }

    public StringProperty saveMappingAsProperty() {
        return saveMappingAs;
    }
}
