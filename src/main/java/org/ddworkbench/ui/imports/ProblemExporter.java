package org.ddworkbench.ui.imports;

import static org.ddworkbench.ui.I18n.tr;

import java.util.List;
import org.ddworkbench.ingest.ImportProblem;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.DialogService;

/** Asks where to save a file's problem list, writes it in the background, and says where it went. */
final class ProblemExporter {
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ImportDialogs importDialogs;
    private final ProblemListExport export = new ProblemListExport();

    ProblemExporter(BackgroundRunner runner, DialogService dialogs, ImportDialogs importDialogs) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.importDialogs = importDialogs;
    }

    void export(String fileName, List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        importDialogs.chooseSaveFile(tr("Export the problem list"), base + "-problems.csv", tr("CSV files"), ".csv")
                .ifPresent(target -> runner.run(tr("Writing the problem list…"),
                        (progress, cancellation) -> {
                            export.write(target, problems);
                            return target.toAbsolutePath();
                        },
                        written -> dialogs.showInformation(tr("Problem list saved"), tr(
                                "{0,choice,1#1 problem|1<{0,number,integer} problems} written to {1}.",
                                problems.size(), written.toString())),
                        failure -> dialogs.showFailure(tr("Could not export the problem list"), failure)));
    }
}
