package org.ddworkbench.ingest.read;

/** The file formats the workbench imports, told apart by content, not by the file name's ending. */
public enum FileFormat {
    XLSX, XLS, CSV
}
