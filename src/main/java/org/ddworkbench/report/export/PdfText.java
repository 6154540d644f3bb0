package org.ddworkbench.report.export;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Fits labels to the PDF's standard Helvetica, which only draws the WinAnsi characters: accents outside it lose
 * their mark ("ệ" becomes "e"), other scripts become "?", so a label in Thai or Vietnamese never stops an export.
 */
final class PdfText {
    private static final String ELLIPSIS = "…";

    private PdfText() {
    }

    /** The text with every character Helvetica cannot draw replaced; null becomes "". */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> append(out, codePoint));
        return out.toString();
    }

    /** The width of already safe text in points. */
    static float width(PDFont font, float size, String safeText) throws IOException {
        return font.getStringWidth(safeText) / 1000f * size;
    }

    /** The text made safe and cut short with "…" so it is at most {@code width} points wide. */
    static String fit(String text, PDFont font, float size, float width) throws IOException {
        String safe = safe(text);
        if (width(font, size, safe) <= width) {
            return safe;
        }
        int keep = safe.length();
        while (keep > 0 && width(font, size, safe.substring(0, keep) + ELLIPSIS) > width) {
            keep--;
        }
        return keep == 0 ? "" : safe.substring(0, keep).stripTrailing() + ELLIPSIS;
    }

    /** The text made safe and broken into lines at spaces, each at most {@code width} points wide. */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe(text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            line.setLength(0);
            line.append(fit(word, font, size, width));
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void append(StringBuilder out, int codePoint) {
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
            out.append(' ');
        } else if (codePoint == 'ε') {
            out.append("epsilon");
        } else if (drawable(codePoint)) {
            out.appendCodePoint(codePoint);
        } else {
            String stripped = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
            int before = out.length();
            stripped.codePoints()
                    .filter(part -> Character.getType(part) != Character.NON_SPACING_MARK && drawable(part)).forEach(out::appendCodePoint);
            if (out.length() == before) {
                out.append('?');
            }
        }
    }

    private static boolean drawable(int codePoint) {
        String glyph = GlyphList.getAdobeGlyphList().codePointToName(codePoint);
        return !".notdef".equals(glyph) && WinAnsiEncoding.INSTANCE.contains(glyph);
    }
}
