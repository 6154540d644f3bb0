package org.ddworkbench.ui.findings;

/**
 * One cell a finding rests on, in words: where it is (down to the column letters) and what it holds.
 *
 * @param reference the spreadsheet reference, such as {@code 'Worker survey'!F14}
 * @param sha256 the first characters of the file's SHA-256, enough to tell versions of a file apart
 */
public record EvidenceLine(String reference, String file, String sha256, String sheet, String row, String column,
        String metric, String value) {
}
