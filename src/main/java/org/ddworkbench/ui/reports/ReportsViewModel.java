package org.ddworkbench.ui.reports;

import static org.ddworkbench.ui.I18n.tr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ddworkbench.model.PrivacyRelease;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.report.BudgetStatement;
import org.ddworkbench.report.PacketAssembler;
import org.ddworkbench.report.Release;
import org.ddworkbench.report.ReleaseOptions;
import org.ddworkbench.report.ReportDefinition;
import org.ddworkbench.report.ReportPresets;
import org.ddworkbench.report.ReportResult;
import org.ddworkbench.report.export.ExportFormat;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.PacketSource;
import org.ddworkbench.report.privacy.PrivacyBudget;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.DialogService;
import org.ddworkbench.ui.LocalFormats;

/**
 * State of the Reports screen: the builder form, saved definitions, the preview as the released packet would show
 * it, the privacy settings with the budget, the export, and the privacy-budget ledger.
 */
public final class ReportsViewModel {
    /** The release identifier of a preview, which is never written anywhere. */
    private static final String PREVIEW_RELEASE = "preview";

    private final ReportContext context;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ReportDialogs reportDialogs;
    private final ZoneId zone;
    private final ReportForm form;
    private final ObservableList<ReportDefinition> saved = FXCollections.observableArrayList();
    private final ObjectProperty<ReportDefinition> selectedSaved = new SimpleObjectProperty<>(this, "selectedSaved");
    private final ReadOnlyObjectWrapper<AggregatePacket> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final BooleanProperty noise = new SimpleBooleanProperty(this, "noise", false);
    private final StringProperty epsilon = new SimpleStringProperty(this, "epsilon");
    private final StringProperty organisation = new SimpleStringProperty(this, "organisation", "");
    private final ObservableList<Option<ExportFormat>> formats = FXCollections.observableArrayList(
            new Option<>(ExportFormat.XLSX, tr("Excel workbook (XLSX)")),
            new Option<>(ExportFormat.CSV, tr("CSV file")),
            new Option<>(ExportFormat.PDF, tr("PDF report")),
            new Option<>(ExportFormat.JSON, tr("JSON aggregate packet")));
    private final ObjectProperty<Option<ExportFormat>> format = new SimpleObjectProperty<>(this, "format",
            formats.get(0));
    private final ReadOnlyStringWrapper budget = new ReadOnlyStringWrapper(this, "budget", "");
    private final ObservableList<LedgerRow> ledger = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Release> lastRelease = new ReadOnlyObjectWrapper<>(this, "lastRelease");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ReportsViewModel(ReportContext context, BackgroundRunner runner, DialogService dialogs,
            ReportDialogs reportDialogs, ZoneId zone) {
        this.context = context;
        this.runner = runner;
        this.dialogs = dialogs;
        this.reportDialogs = reportDialogs;
        this.zone = zone;
        this.form = new ReportForm(context.project().pack().pack());
        epsilon.set(decimal(context.project().pack().pack().disclosure().defaultEpsilon()));
        selectedSaved.addListener((observable, old, chosen) -> {
            if (chosen != null) {
                load(chosen);
            }
        });
    }

    /** Re-reads the saved definitions and the privacy-budget ledger. */
    public void refresh() {
        runner.run(tr("Reading saved reports and the privacy budget…"), (progress, cancellation) ->
                new Stored(context.reports().savedDefinitions(context.project()),
                        context.ledger().statement(context.project())),
                stored -> {
                    showSaved(stored.definitions());
                    showLedger(stored.statement());
                },
                failure -> dialogs.showFailure(tr("Could not read the saved reports"), failure));
    }

    /** Clears the builder for a new report. */
    public void startNew() {
        selectedSaved.set(null);
        form.clear();
        preview.set(null);
        message.set("");
    }

    /** Shows a saved definition in the builder; the preview of another report is cleared. */
    private void load(ReportDefinition definition) {
        if (definition.equals(form.definition())) {
            return;
        }
        form.load(definition);
        preview.set(null);
        message.set(tr("Loaded \"{0}\".", definition.name()));
    }

    /** Saves the builder's definition under its name, replacing a saved one of the same name. */
    public void save() {
        ReportDefinition definition = form.definition();
        runner.run(tr("Saving the report definition…"), (progress, cancellation) -> {
            context.reports().saveDefinition(context.project(), definition);
            return context.reports().savedDefinitions(context.project());
        }, definitions -> {
            showSaved(definitions);
            selectedSaved.set(definitions.stream().filter(d -> d.name().equals(definition.name())).findFirst()
                    .orElse(null));
            message.set(tr("Saved \"{0}\".", definition.name()));
        }, failure -> dialogs.showFailure(tr("Could not save the report definition"), failure));
    }

    /** Deletes the selected saved definition after the user confirms. */
    public void deleteSelected() {
        ReportDefinition chosen = selectedSaved.get();
        if (chosen == null || !reportDialogs.confirm(tr("Delete the saved report"),
                tr("Delete the saved report \"{0}\"? Files already exported are not affected.", chosen.name()),
                tr("Delete"))) {
            return;
        }
        runner.run(tr("Deleting the report definition…"), (progress, cancellation) -> {
            context.reports().deleteDefinition(context.project(), chosen.name());
            return context.reports().savedDefinitions(context.project());
        }, definitions -> {
            showSaved(definitions);
            message.set(tr("Deleted \"{0}\".", chosen.name()));
        }, failure -> dialogs.showFailure(tr("Could not delete the report definition"), failure));
    }

    /**
     * Builds the protected tables in the background and shows them as the released packet would hold them: only
     * published values, marks and reasons. A preview adds no noise and spends no budget.
     */
    public void preview() {
        ReportDefinition definition = form.definition();
        preview(definition.name(), List.of(definition));
    }

    /** Previews the due diligence summary (indicator prevalence, risk distribution, corrective actions). */
    public void previewSummary() {
        preview(ReportPresets.SUMMARY, ReportPresets.summary(form.definition().minCellSize()));
    }

    private void preview(String name, List<ReportDefinition> sections) {
        runner.runCancellable(tr("Building the preview of \"{0}\"…", name), (progress, cancellation) -> {
            List<ReportResult> results = new ArrayList<>();
            for (ReportDefinition section : sections) {
                results.add(context.reports().preview(context.project(), section, context.today(), progress,
                        cancellation));
            }
            return PacketAssembler.packet(name, results, context.today(), null,
                    new PacketSource(organisationLabel(), PREVIEW_RELEASE, null));
        }, packet -> {
            preview.set(packet);
            message.set(noise.get() ? tr("The preview has no noise; the export adds noise of ε = {0}.",
                    epsilon.get()) : "");
        }, failure -> dialogs.showFailure(tr("Could not build the preview"), failure));
    }

    /**
     * Asks where to save the report in the chosen format and releases it in the background: the budget is
     * checked, the file written atomically with a receipt, and the release logged; the ledger is read again.
     */
    public void export() {
        ReportDefinition definition = form.definition();
        export(definition.name(), List.of(definition));
    }

    /** Exports the due diligence summary as one file, like {@link #export()}. */
    public void exportSummary() {
        export(ReportPresets.SUMMARY, ReportPresets.summary(form.definition().minCellSize()));
    }

    private void export(String name, List<ReportDefinition> sections) {
        Double spend;
        try {
            spend = noise.get() ? parseEpsilon(epsilon.get()) : null;
        } catch (ProblemException problem) {
            dialogs.showFailure(tr("Could not export the report"), problem);
            return;
        }
        ExportFormat chosen = format.get().value();
        String extension = "." + chosen.extension();
        Optional<Path> target = reportDialogs.chooseSaveFile(tr("Export the report"),
                fileName(name) + extension, format.get().label(), extension);
        if (target.isEmpty()) {
            return;
        }
        ReleaseOptions options = new ReleaseOptions(chosen, target.get(), spend, organisationLabel());
        runner.runCancellable(tr("Exporting \"{0}\"…", name), (progress, cancellation) ->
                context.releaser().release(context.project(), name, sections, options, context.today(), progress,
                        cancellation),
                release -> {
                    lastRelease.set(release);
                    message.set(tr("Exported {0}\nSHA-256 {1}\nReceipt {2}", release.output().toString(),
                            release.sha256(), release.receipt().toString()));
                    refresh();
                },
                failure -> dialogs.showFailure(tr("Could not export the report"), failure));
    }

    private void showSaved(List<ReportDefinition> definitions) {
        ReportDefinition selected = selectedSaved.get();
        saved.setAll(definitions);
        selectedSaved.set(selected == null ? null : definitions.stream()
                .filter(d -> d.name().equals(selected.name())).findFirst().orElse(null));
    }

    private void showLedger(BudgetStatement statement) {
        PrivacyBudget spent = statement.budget();
        budget.set(tr("Privacy budget: ε {0} in total, {1} spent, {2} left.", decimal(spent.total()),
                decimal(spent.spent()), decimal(spent.remaining())));
        ledger.setAll(statement.releases().stream().map(this::row).toList());
    }

    private LedgerRow row(PrivacyRelease release) {
        return new LedgerRow(LocalFormats.dateTime(release.releasedAt().atZone(zone)), decimal(release.epsilon()),
                release.reportName(), release.covered(), release.outputSha256());
    }

    private String organisationLabel() {
        String label = organisation.get() == null ? "" : organisation.get().strip();
        return label.isEmpty() ? tr("Unnamed organisation") : label;
    }

    /** The ε the user typed, accepting a decimal comma. */
    static double parseEpsilon(String text) throws ProblemException {
        String typed = text == null ? "" : text.strip().replace(',', '.');
        try {
            double value = Double.parseDouble(typed);
            if (Double.isFinite(value) && value > 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // Explained below, together with zero and negative numbers.
        }
        throw new ProblemException(tr("The privacy setting ε must be a positive number such as 0.5, but it was "
                + "\"{0}\".", typed));
    }

    /** A report name as a file name: letters, digits and dashes. */
    static String fileName(String reportName) {
        String cleaned = reportName.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? "report" : cleaned;
    }

    private static String decimal(double value) {
        String text = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return text.contains(".") ? text : text + ".0";
    }

    /** What {@link #refresh} reads in one go. */
    private record Stored(List<ReportDefinition> definitions, BudgetStatement statement) {
    }

    public ReportForm form() {
        return form;
    }

    /** The project's saved report definitions, by name. */
    public ObservableList<ReportDefinition> saved() {
        return saved;
    }

    public ObjectProperty<ReportDefinition> selectedSavedProperty() {
        return selectedSaved;
    }

    /** The last preview as its released packet, or null. */
    public ReadOnlyObjectProperty<AggregatePacket> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Whether the export adds differential-privacy noise. */
    public BooleanProperty noiseProperty() {
        return noise;
    }

    /** The ε of the noise, as the user typed it. */
    public StringProperty epsilonProperty() {
        return epsilon;
    }

    /** The label other organisations see for this release, such as "Buyer A". */
    public StringProperty organisationProperty() {
        return organisation;
    }

    public ObservableList<Option<ExportFormat>> formats() {
        return formats;
    }

    public ObjectProperty<Option<ExportFormat>> formatProperty() {
        return format;
    }

    /** The privacy budget in one sentence: total, spent and left. */
    public ReadOnlyStringProperty budgetProperty() {
        return budget.getReadOnlyProperty();
    }

    /** Every differentially private release of the project, oldest first. */
    public ObservableList<LedgerRow> ledger() {
        return ledger;
    }

    /** The last export, or null; the window re-reads the activity log when it changes. */
    public ReadOnlyObjectProperty<Release> lastReleaseProperty() {
        return lastRelease.getReadOnlyProperty();
    }

    /** The outcome of the last save, delete or export. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
