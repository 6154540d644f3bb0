package org.ddworkbench;

import java.nio.file.Path;
import org.ddworkbench.check.ActionService;
import org.ddworkbench.check.CheckService;
import org.ddworkbench.check.DefaultActionService;
import org.ddworkbench.check.DefaultCheckService;
import org.ddworkbench.check.DefaultRiskService;
import org.ddworkbench.check.RiskService;
import org.ddworkbench.ingest.DefaultImportService;
import org.ddworkbench.ingest.ImportComponents;
import org.ddworkbench.ingest.ImportService;
import org.ddworkbench.ingest.map.DefaultMappingSuggester;
import org.ddworkbench.ingest.map.IdentifierColumnHeaders;
import org.ddworkbench.ingest.map.MappingProfiles;
import org.ddworkbench.ingest.read.TableReaders;
import org.ddworkbench.ingest.template.TemplateLayouts;
import org.ddworkbench.ingest.value.DefaultValueParser;
import org.ddworkbench.ingest.value.HmacDeidentifier;
import org.ddworkbench.ingest.value.IdentifierColumns;
import org.ddworkbench.ingest.value.IsoCountryNormalizer;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.report.PrivacyLedger;
import org.ddworkbench.report.ReportService;
import org.ddworkbench.report.StoreReportService;
import org.ddworkbench.report.ReportReleaser;
import org.ddworkbench.report.StoreReportReleaser;
import org.ddworkbench.report.StoredPrivacyLedger;
import org.ddworkbench.report.export.PacketExporter;
import org.ddworkbench.report.disclosure.DisclosureControl;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.ProjectService;

/**
 * Composition root: builds every service with {@code new} and hands them to the window or the CLI.
 *
 * @param home the per-user folder for settings such as recent projects ({@code DDW_HOME} or {@code ~/.ddworkbench})
 */
public record App(Path home, PackReader packReader, ProjectService projects, ImportService imports,
        CheckService checks, RiskService risks, ActionService actions, PrivacyLedger privacyLedger, ReportService reports, ReportReleaser releaser) {

    /** Builds the remaining services around a given pack reader and project service (tests pass fast ones). */
    public App(Path home, PackReader packReader, ProjectService projects) {
        this(home, packReader, projects, importService());
    }

    /** Builds the cross-check, risk, corrective-action, ledger and report services around the given import service. */
    public App(Path home, PackReader packReader, ProjectService projects, ImportService imports) {
        this(home, packReader, projects, imports, new DefaultCheckService(), new DefaultRiskService(),
                new DefaultActionService(), new StoredPrivacyLedger(),
                new StoreReportService(new DisclosureControl(), new DefaultRiskService()));
    }

    /** Builds the releaser around the ledger and report services, writing files with the packet exporter. */
    private App(Path home, PackReader packReader, ProjectService projects, ImportService imports, CheckService checks,
            RiskService risks, ActionService actions, PrivacyLedger privacyLedger, ReportService reports) {
        this(home, packReader, projects, imports, checks, risks, actions, privacyLedger, reports,
                new StoreReportReleaser(reports, privacyLedger, new PacketExporter()::export));
    }

    /** The import pipeline with its real collaborators: streaming readers, suggester, parsers, HMAC de-identifier. */
    private static ImportService importService() {
        return new DefaultImportService(new ImportComponents(new TableReaders()::forFile,
                new DefaultMappingSuggester(new IdentifierColumnHeaders(new IdentifierColumns()), new TemplateLayouts()),
                new DefaultValueParser(), new IsoCountryNormalizer(), HmacDeidentifier::new, new MappingProfiles()));
    }

    /** Builds the services for a given per-user home folder. */
    public static App create(Path home) {
        PackReader packReader = new JsonPackReader();
        return new App(home, packReader, new H2ProjectService(packReader));
    }

    /** The per-user home folder: {@code DDW_HOME} if set, otherwise {@code ~/.ddworkbench}. */
    public static Path defaultHome() {
        String env = System.getenv("DDW_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".ddworkbench");
    }
}
