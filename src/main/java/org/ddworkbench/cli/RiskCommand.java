package org.ddworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.model.RiskTerm;
import org.ddworkbench.model.SupplierRisk;
import org.ddworkbench.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ddw risk}: every supplier's risk score and band, or one supplier's score term by term. */
@Command(name = "risk", description = {"List every supplier's risk score and band, highest first, from the pack's risk"
        + " model and the last check's open findings; with --supplier, show one score term by term: factor,"
        + " input x weight = points, and their sum."})
final class RiskCommand implements Callable<Integer> {
    private static final int NAME_WIDTH = 36;
    private static final int LABEL_WIDTH = 100;

    @Parameters(paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = "--supplier", paramLabel = "ID", description = "Show this supplier's breakdown.")
    Long supplierId;

    @Option(names = "--json", description = "Print the scores with their terms as JSON.")
    boolean json;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    RiskCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = dir.toAbsolutePath().normalize();
        try (Project project = passphrases.open(app.projects(), folder, passphraseFile.file)) {
            List<SupplierRisk> risks;
            if (supplierId != null) {
                Suppliers.require(app, project, supplierId, folder);
                risks = List.of(app.risks().risk(project, supplierId));
            } else {
                risks = app.risks().risks(project);
            }
            PrintWriter out = terminal.out();
            if (json) {
                out.println(new FindingJson(project.pack().pack()).risks(risks));
            } else if (supplierId != null) {
                breakdown(out, risks.get(0));
            } else if (risks.isEmpty()) {
                out.println("No suppliers yet.");
            } else {
                table(out, risks);
            }
        }
        return 0;
    }

    private static void table(PrintWriter out, List<SupplierRisk> risks) {
        int nameWidth = Math.min(NAME_WIDTH, Math.max("Supplier".length(),
                risks.stream().mapToInt(r -> FindingText.oneLine(r.name()).length()).max().orElse(0)));
        int bandWidth = Math.max("Band".length(),
                risks.stream().mapToInt(r -> FindingText.oneLine(r.band().label()).length()).max().orElse(0));
        String format = "%6s  %8s  %-" + bandWidth + "s  %10s  %-" + nameWidth + "s  %-7s  %s%n";
        out.printf(format, "ID", "Score", "Band", "Confidence", "Supplier", "Country", "Sector");
        for (SupplierRisk risk : risks) {
            out.printf(format, risk.supplierId(), String.format("%,.2f", risk.score()),
                    FindingText.oneLine(risk.band().label()),
                    String.format("%.0f%%", risk.confidence() * 100),
                    FindingText.clip(FindingText.oneLine(risk.name()), nameWidth), dash(risk.country()),
                    dash(FindingText.oneLine(risk.sector())));
        }
    }

    private static void breakdown(PrintWriter out, SupplierRisk risk) {
        out.printf("Risk score of %s (#%d), %s, %s: %,.2f, band %s (data confidence %.0f%%)%n",
                FindingText.oneLine(risk.name()), risk.supplierId(), dash(risk.country()),
                dash(FindingText.oneLine(risk.sector())), risk.score(), FindingText.oneLine(risk.band().label()),
                risk.confidence() * 100);
        if (risk.terms().isEmpty()) {
            out.println("No terms: nothing adds to this supplier's score.");
            return;
        }
        int labelWidth = Math.min(LABEL_WIDTH, risk.terms().stream()
                .mapToInt(t -> FindingText.oneLine(t.label()).length()).max().orElse(0));
        String format = "  %-8s  %8s  %-" + labelWidth + "s  %8s x %8s = %8s%n";
        out.printf(format, "Factor", "Finding", "Term", "Input", "Weight", "Points");
        double sum = 0;
        for (RiskTerm term : risk.terms()) {
            out.printf(format, term.factor().id(), term.findingId() == null ? "" : "#" + term.findingId(),
                    FindingText.clip(FindingText.oneLine(term.label()), labelWidth), number(term.input()),
                    number(term.weight()), number(term.points()));
            sum += term.points();
        }
        out.printf("  %-8s  %8s  %-" + labelWidth + "s  %8s   %8s   %8s%n", "Sum", "", "", "", "", number(sum));
    }

    private static String number(double value) {
        return String.format("%,.2f", value);
    }

    private static String dash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
