package org.ddworkbench.ui.imports;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Import dialogs that answer from prepared values and record what they were asked. */
public final class RecordingImportDialogs implements ImportDialogs {
    public List<Path> nextFiles = List.of();
    public final Deque<Optional<char[]>> passwords = new ArrayDeque<>();
    public final List<String> passwordRequests = new ArrayList<>();
    public Optional<Path> nextSaveFile = Optional.empty();
    public boolean confirmAnswer;
    public final List<String> confirmations = new ArrayList<>();

    @Override
    public List<Path> chooseImportFiles(String title) {
        return nextFiles;
    }

    @Override
    public Optional<char[]> askWorkbookPassword(String fileName, boolean again) {
        passwordRequests.add(fileName + (again ? " again" : ""));
        return passwords.isEmpty() ? Optional.empty() : passwords.pop();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
            String extension) {
        return nextSaveFile;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(title + ": " + message);
        return confirmAnswer;
    }
}
