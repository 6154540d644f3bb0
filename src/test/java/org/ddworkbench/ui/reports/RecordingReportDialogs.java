package org.ddworkbench.ui.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Report dialogs for tests: answers with prepared values and remembers what was asked. */
public final class RecordingReportDialogs implements ReportDialogs {
    public Path nextSaveFile;
    public List<Path> nextPacketFiles = List.of();
    public boolean confirmAnswer = true;
    public final List<String> asked = new ArrayList<>();

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
            String extension) {
        asked.add(title + ": " + suggestedName);
        return Optional.ofNullable(nextSaveFile);
    }

    @Override
    public List<Path> choosePacketFiles(String title) {
        asked.add(title);
        return nextPacketFiles;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        asked.add(title);
        return confirmAnswer;
    }
}
