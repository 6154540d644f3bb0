package org.ddworkbench.ui.dashboard;

/** One of the last imports as the Dashboard lists it, kind and time already in words. */
public record ImportLine(long importId, String fileName, String kind, int rows, String when) {
}
