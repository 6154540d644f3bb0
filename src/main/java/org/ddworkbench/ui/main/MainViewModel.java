package org.ddworkbench.ui.main;

import static org.ddworkbench.ui.I18n.tr;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ddworkbench.ingest.ImportService;
import org.ddworkbench.model.ProjectInfo;
import org.ddworkbench.model.Severity;
import org.ddworkbench.report.federation.PacketMerger;
import org.ddworkbench.store.Project;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.DialogService;
import org.ddworkbench.ui.FileNames;
import org.ddworkbench.ui.LocalFormats;
import org.ddworkbench.ui.activity.ActivityViewModel;
import org.ddworkbench.ui.dashboard.DashboardLinks;
import org.ddworkbench.ui.dashboard.DashboardViewModel;
import org.ddworkbench.ui.findings.FindingData;
import org.ddworkbench.ui.findings.FindingDialogs;
import org.ddworkbench.ui.findings.FindingText;
import org.ddworkbench.ui.findings.FindingsViewModel;
import org.ddworkbench.ui.imports.ImportDialogs;
import org.ddworkbench.ui.imports.ImportWizardViewModel;
import org.ddworkbench.ui.imports.ImportedData;
import org.ddworkbench.ui.imports.ImportsViewModel;
import org.ddworkbench.ui.pack.PackViewModel;
import org.ddworkbench.ui.reports.FederationViewModel;
import org.ddworkbench.ui.reports.ReportContext;
import org.ddworkbench.ui.reports.ReportsViewModel;
import org.ddworkbench.ui.suppliers.SupplierChecksViewModel;
import org.ddworkbench.ui.suppliers.SupplierSubset;
import org.ddworkbench.ui.suppliers.SuppliersViewModel;

/** State of the window while a project is open: what the header shows, the current page, and project-wide actions. */
public final class MainViewModel {

    private final Project project;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page", Page.PROJECT);
    private final ActivityViewModel activity;
    private final PackViewModel pack;
    private final ImportedData data;
    private final ImportDialogs importDialogs;
    private final ImportsViewModel imports;
    private final SuppliersViewModel suppliers;
    private final SupplierChecksViewModel supplierChecks;
    private final FindingsViewModel findings;
    private final DashboardViewModel dashboard;
    private final ReportsViewModel reports;
    private final FederationViewModel federation;

    /**
     * {@code checked} carries the open project with its check, risk and action services, {@code reported} the
     * same project with its report, release and ledger services.
     */
    public MainViewModel(FindingData checked, ReportContext reported, ImportService importService,
            BackgroundRunner runner, ScreenDialogs screenDialogs, ZoneId zone) {
        this.project = checked.project();
        this.runner = runner;
        this.dialogs = screenDialogs.general();
        this.zone = zone;
        this.importDialogs = screenDialogs.imports();
        FindingDialogs findingDialogs = screenDialogs.findings();
        this.activity = new ActivityViewModel(project.activityLog(), runner, dialogs, zone);
        this.pack = new PackViewModel(project.pack());
        this.data = new ImportedData(project, importService);
        this.imports = new ImportsViewModel(data, runner, dialogs, importDialogs, zone);
        this.suppliers = new SuppliersViewModel(data, runner, dialogs);
        FindingText text = new FindingText(project.pack().pack(), zone);
        this.findings = new FindingsViewModel(checked, text, runner, dialogs, findingDialogs);
        this.dashboard = new DashboardViewModel(checked, data, zone, runner, dialogs, new DashboardLinks(
                this::showFindings, this::showFindings, this::showSuppliers, () -> navigate(Page.IMPORTS)));
        this.supplierChecks = new SupplierChecksViewModel(checked, text, runner, dialogs, findingDialogs);
        supplierChecks.setOnOpenFinding(this::showFinding);
        this.reports = new ReportsViewModel(reported, runner, dialogs, screenDialogs.reports(), zone);
        this.federation = new FederationViewModel(new PacketMerger(), runner, dialogs, screenDialogs.reports(),
                reported.clock());
        // Exports are logged too.
        reports.lastReleaseProperty().addListener((observable, old, now) -> activity.verify());
        suppliers.selectedProperty().addListener((observable, old, row) -> {
            if (row == null || old == null || row.supplier().id() != old.supplier().id()) {
                supplierChecks.show(row == null ? null : row.supplier().id(), row == null ? null : row.supplier().name());
            }
        });
        // Checks, reviews and actions are logged too.
        checked.revisionProperty().addListener((observable, old, now) -> activity.verify());
        // Imports and undos are logged, so the activity log (and the overview's count) changes with them.
        data.revisionProperty().addListener((observable, old, now) -> activity.verify());
    }

    /** Shows {@code target}; screens of imported data re-read it. */
    public void navigate(Page target) {
        page.set(target);
        if (target == Page.IMPORTS) {
            imports.refresh();
        } else if (target == Page.SUPPLIERS) {
            suppliers.refresh();
        } else if (target == Page.FINDINGS) {
            findings.refresh();
        } else if (target == Page.DASHBOARD) {
            dashboard.refresh();
        } else if (target == Page.REPORTS) {
            reports.refresh();
        }
    }

    /** Shows finding {@code findingId} on the Findings screen. */
    public void showFinding(long findingId) {
        navigate(Page.FINDINGS);
        findings.focus(findingId);
    }

    /** Shows the Findings screen narrowed to a supplier's open findings on an indicator. */
    public void showFindings(Long supplierId, String indicatorId) {
        navigate(Page.FINDINGS);
        findings.narrowTo(supplierId, indicatorId);
    }

    /** Shows the Findings screen and runs the cross-checks there, as its button does. */
    public void runChecks() {
        navigate(Page.FINDINGS);
        findings.runChecks();
    }

    /** Shows the Reports screen and exports the report being edited there, as its button does. */
    public void exportReport() {
        navigate(Page.REPORTS);
        reports.export();
    }

    /** Lists the window's keyboard shortcuts, one per line. */
    public void showShortcuts() {
        StringBuilder text = new StringBuilder();
        for (Shortcuts.Shortcut shortcut : Shortcuts.all()) {
            text.append(shortcut.keysText()).append('\t').append(shortcut.action()).append('\n');
        }
        dialogs.showInformation(tr("Keyboard shortcuts"), text.toString().strip());
    }

    /** Shows the Findings screen narrowed to the open findings of one severity. */
    public void showFindings(Severity severity) {
        navigate(Page.FINDINGS);
        findings.narrowTo(severity);
    }

    /** Shows the Suppliers screen with only {@code group} listed. */
    public void showSuppliers(SupplierSubset group) {
        suppliers.showOnly(group);
        navigate(Page.SUPPLIERS);
    }

    /** Reads what the first screens show: the state of the activity log and the imported data. */
    public void start() {
        activity.verify();
        imports.refresh();
        suppliers.refresh();
    }

    /** A fresh import wizard for this project. */
    public ImportWizardViewModel newImportWizard() {
        return new ImportWizardViewModel(data, runner, dialogs, importDialogs);
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** Asks for the current and a new passphrase and re-keys the project in the background. */
    public void changePassphrase() {
        dialogs.askPassphraseChange().ifPresent(change -> runner.run(tr("Changing the passphrase…"),
                (progress, cancellation) -> {
                    try {
                        project.changePassphrase(change.current(), change.next());
                        return Boolean.TRUE;
                    } finally {
                        change.wipe();
                    }
                },
                done -> {
                    dialogs.showInformation(tr("Passphrase changed"),
                            tr("From now on, open this project with the new passphrase."));
                    activity.verify();
                },
                failure -> dialogs.showFailure(tr("Could not change the passphrase"), failure)));
    }

    /** Asks where to write a backup and writes it in the background; the file stays encrypted. */
    public void backUp() {
        String suggested = FileNames.forProject(projectName()) + "-" + LocalDate.now(zone) + ".ddwbackup";
        dialogs.chooseSaveFile(tr("Back up the project"), suggested, tr("Project backups"), ".ddwbackup")
                .ifPresent(target -> runner.run(tr("Backing up the project…"),
                        (progress, cancellation) -> project.backup(target),
                        backup -> {
                            dialogs.showInformation(tr("Backup written"), tr("The project was backed up to {0}."
                                    + " The file is encrypted: restore it with the passphrase the project has now"
                                    + " (ddw restore FILE --to FOLDER).\nSHA-256 {1}", backup.file().toString(),
                                    backup.sha256()));
                            activity.verify();
                        },
                        failure -> dialogs.showFailure(tr("Could not back up the project"), failure)));
    }

    /**
     * Asks for the passphrase and makes a recovery code that can also open the project; it is shown once and
     * never stored in plain text.
     */
    public void makeRecoveryCode() {
        dialogs.askPassphrase(tr("Make a recovery code"), tr("A recovery code opens this project if the passphrase"
                + " is forgotten. Type the passphrase to make one; any earlier code stops working."))
                .ifPresent(passphrase -> runner.run(tr("Making a recovery code…"), (progress, cancellation) -> {
                    try {
                        return project.addRecoveryCode(passphrase);
                    } finally {
                        Arrays.fill(passphrase, '\0');
                    }
                }, code -> {
                    dialogs.showRecoveryCode(projectName(), code);
                    activity.verify();
                }, failure -> dialogs.showFailure(tr("Could not make a recovery code"), failure)));
    }

    public String projectName() {
        return info().name();
    }

    /** "forced-labour-core 1.0.0". */
    public String packLabel() {
        return info().packId() + " " + info().packVersion();
    }

    public String shortFingerprint() {
        return project.pack().shortFingerprint();
    }

    public String fingerprint() {
        return project.pack().fingerprint();
    }

    public String folder() {
        return project.directory().toAbsolutePath().toString();
    }

    /** When the project was created, in the user's time zone. */
    public String created() {
        return LocalFormats.dateTime(info().createdAt().atZone(zone));
    }

    public String packTitle() {
        return project.pack().pack().title();
    }

    public String schemaVersion() {
        return info().schemaVersion();
    }

    public ActivityViewModel activity() {
        return activity;
    }

    public PackViewModel pack() {
        return pack;
    }

    public ImportsViewModel imports() {
        return imports;
    }

    public SuppliersViewModel suppliers() {
        return suppliers;
    }

    public SupplierChecksViewModel supplierChecks() {
        return supplierChecks;
    }

    public FindingsViewModel findings() {
        return findings;
    }

    public DashboardViewModel dashboard() {
        return dashboard;
    }

    public ReportsViewModel reports() {
        return reports;
    }

    public FederationViewModel federation() {
        return federation;
    }

    private ProjectInfo info() {
        return project.info();
    }
}
