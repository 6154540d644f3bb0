package org.ddworkbench.report.export;

import java.io.IOException;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Fits labels to the PDF's fonts ({@link PdfFont}): Helvetica draws the WinAnsi characters and the embedded Noto
 * Sans Thai draws Thai; accents outside both lose their mark ("ệ" becomes "e") and other scripts become "?", so
 * no label ever stops an export. Lines break where {@link BreakIterator} allows, which in Thai (written without
 * spaces between words) is between words.
 */
final class PdfText {
    private static final String ELLIPSIS = "…";
    private static final Locale THAI = Locale.forLanguageTag("th");

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
    static float width(PdfFont font, float size, String safeText) throws IOException {
        return font.width(safeText, size);
    }

    /** The text made safe and cut short with "…" so it is at most {@code width} points wide. */
    static String fit(String text, PdfFont font, float size, float width) throws IOException {
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

    /** The text made safe and broken into lines, each at most {@code width} points wide. */
    static List<String> wrap(String text, PdfFont font, float size, float width) throws IOException {
        String safe = safe(text);
        BreakIterator breaks = BreakIterator.getLineInstance(THAI);
        breaks.setText(safe);
        List<String> lines = new ArrayList<>();
        String line = "";
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE;
                start = end, end = breaks.next()) {
            String piece = safe.substring(start, end);
            String candidate = line + piece;
            if (width(font, size, candidate.stripTrailing()) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isBlank()) {
                lines.add(line.stripTrailing());
            }
            line = width(font, size, piece.stripTrailing()) <= width ? piece : fit(piece, font, size, width);
        }
        if (!line.isBlank() || lines.isEmpty()) {
            lines.add(line.stripTrailing());
        }
        return lines;
    }

    private static void append(StringBuilder out, int codePoint) {
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
            out.append(' ');
        } else if (codePoint == 'ε') {
            out.append("epsilon");
        } else if (drawable(codePoint) || PdfFont.isThai(codePoint)) {
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
