package org.ddworkbench.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser.ExtensionFilter;

/**
 * File choosers answered from a script, for robot tests of the real window (the platform's choosers cannot be
 * driven headless): each question takes the next prepared path, and one with nothing prepared is a cancel.
 * The titles asked are kept, so a test can say which chooser it expected.
 */
final class ScriptedFileChoosers implements FileChoosers {
    private final Deque<Path> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();

    /** Prepares the answer to the next question. */
    synchronized ScriptedFileChoosers then(Path answer) {
        answers.addLast(answer);
        return this;
    }

    synchronized List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public synchronized Optional<Path> openFile(String title, List<ExtensionFilter> filters) {
        return next(title);
    }

    @Override
    public synchronized List<Path> openFiles(String title, List<ExtensionFilter> filters) {
        return next(title).map(List::of).orElse(List.of());
    }

    @Override
    public synchronized Optional<Path> saveFile(String title, String suggestedName, ExtensionFilter filter) {
        return next(title);
    }

    @Override
    public synchronized Optional<Path> folder(String title, Path initial) {
        return next(title);
    }

    private Optional<Path> next(String title) {
        asked.add(title);
        return Optional.ofNullable(answers.pollFirst());
    }
}
