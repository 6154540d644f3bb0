package org.ddworkbench.ui.activity;

/** One line of the activity table, with the time already in the user's time zone. */
public record ActivityRow(long seq, String time, String action, String summary) {
}
