package org.ddworkbench.model;

/** A publication a pack's definitions or thresholds are based on. */
public record Source(String id, String title, String publisher, Integer year, String url) {
}
