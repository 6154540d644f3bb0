package org.ddworkbench.ingest.read;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the shared strings table ({@code xl/sharedStrings.xml}) as plain strings: the text runs of each
 * {@code <si>}, without phonetic guides. Plain strings instead of POI's rich-text objects keep lookups
 * cheap on sheets with millions of cells; over-long strings are kept and refused only if a cell uses them.
 */
final class SharedStringsXml extends DefaultHandler {
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inItem;
    private boolean inText;
    private int phoneticDepth;

    List<String> strings() {
        return strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> {
                inItem = true;
                text.setLength(0);
            }
            case "rPh" -> phoneticDepth++;
            case "t" -> inText = inItem && phoneticDepth == 0;
            default -> {
                // other elements (runs, fonts, phonetic properties) carry no text of their own
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                strings.add(text.toString());
                inItem = false;
            }
            case "rPh" -> phoneticDepth--;
            case "t" -> inText = false;
            default -> {
                // nothing to close
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }
}
