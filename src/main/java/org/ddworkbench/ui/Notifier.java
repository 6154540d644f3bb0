package org.ddworkbench.ui;

/** Shows a short, passing message outside the window's content, such as "the import has finished". */
@FunctionalInterface
public interface Notifier {

    void show(String title, String text);
}
