package org.ddworkbench.model;

/** The colour of a red-flag threshold: red is a strong signal, amber one that needs a closer look. */
public enum Flag {
    RED, AMBER
}
