package org.ddworkbench.model;

/** One of the ILO survey dimensions of forced labour (unfree recruitment, work and life under duress, ...). */
public record Dimension(String id, String label, String description) {
}
