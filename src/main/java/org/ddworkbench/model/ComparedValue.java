package org.ddworkbench.model;

/** One labelled figure a finding compared, e.g. "SAQ: recruitment fees charged" = "no". */
public record ComparedValue(String label, String value) {
}
