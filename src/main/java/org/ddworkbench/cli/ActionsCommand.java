package org.ddworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.model.CorrectiveAction;
import org.ddworkbench.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ddw actions}: the corrective actions by due date, overdue ones marked, with their SMETA status. */
@Command(name = "actions", description = {"List corrective actions by due date: finding, supplier, owner, status with"
        + " its SMETA CAP status (open, progress made, closed); actions past their due date and not closed are"
        + " marked OVERDUE (as of the project's as-of date, or today).", "`ddw action open` opens one."})
final class ActionsCommand implements Callable<Integer> {
    private static final int NAME_WIDTH = 30;
    private static final int DESCRIPTION_WIDTH = 60;

    @Parameters(paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = "--supplier", paramLabel = "ID", description = "Only this supplier's actions.")
    Long supplierId;

    @Option(names = "--json", description = "Print the actions as JSON.")
    boolean json;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    ActionsCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = dir.toAbsolutePath().normalize();
        try (Project project = passphrases.open(app.projects(), folder, passphraseFile.file)) {
            if (supplierId != null) {
                Suppliers.require(app, project, supplierId, folder);
            }
            List<CorrectiveAction> actions = app.actions().actions(project, supplierId);
            Map<Long, String> names = Suppliers.names(app, project);
            LocalDate today = app.checks().asOf(project);
            PrintWriter out = terminal.out();
            if (json) {
                out.println(new FindingJson(project.pack().pack()).actions(actions, names, today));
            } else if (actions.isEmpty()) {
                out.println(supplierId == null ? "No corrective actions yet." : "No corrective actions for supplier #"
                        + supplierId + ".");
            } else {
                table(out, actions, names, today);
            }
        }
        return 0;
    }

    private static void table(PrintWriter out, List<CorrectiveAction> actions, Map<Long, String> names,
            LocalDate today) {
        int nameWidth = Math.min(NAME_WIDTH, Math.max("Supplier".length(),
                actions.stream().mapToInt(a -> supplier(a, names).length()).max().orElse(0)));
        String format = "%5s  %7s  %-" + nameWidth + "s  %-10s  %-8s  %-11s  %-13s  %-16s  %s%n";
        out.printf(format, "ID", "Finding", "Supplier", "Due", "", "Status", "SMETA status", "Owner", "Description");
        long overdue = 0;
        for (CorrectiveAction action : actions) {
            boolean late = action.overdue(today);
            overdue += late ? 1 : 0;
            out.printf(format, action.id(), "#" + action.findingId(), FindingText.clip(supplier(action, names), nameWidth),
                    action.dueDate(), late ? "OVERDUE" : "", ChoiceWords.word(action.status()),
                    action.status().smetaStatus(), FindingText.clip(FindingText.oneLine(action.owner()), 16),
                    FindingText.clip(FindingText.oneLine(action.description()), DESCRIPTION_WIDTH));
        }
        out.printf("%,d %s, %,d overdue as of %s.%n", actions.size(), actions.size() == 1 ? "action" : "actions",
                overdue, today);
    }

    private static String supplier(CorrectiveAction action, Map<Long, String> names) {
        if (action.supplierId() == null) {
            return "(whole project)";
        }
        return FindingText.oneLine(names.getOrDefault(action.supplierId(), "supplier #" + action.supplierId()));
    }
}
