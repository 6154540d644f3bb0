package org.ddworkbench.ingest.map;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.ddworkbench.ingest.FileRejectedException;
import org.ddworkbench.ingest.read.ReadOptions;
import org.ddworkbench.ingest.read.TableReader;
import org.ddworkbench.ingest.read.TableReaders;
import org.ddworkbench.ingest.template.TemplateLayouts;
import org.ddworkbench.ingest.value.IdentifierColumns;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.pack.LoadedPack;
import org.ddworkbench.task.CancellationToken;

/** Test support: previews of real files read with the workbench's own readers, the bundled pack, a suggester. */
public final class PreviewFiles {
    public static final Path SAMPLE_INPUTS = Paths.get("sample-projects", "thai-seafood-apparel", "inputs");
    private static final LoadedPack BUNDLED = new JsonPackReader().bundled();

    private PreviewFiles() {
    }

    /** The first rows of every sheet of {@code file}, as the import pipeline collects them. */
    public static FilePreview preview(Path file) throws FileRejectedException {
        return collector(file).preview();
    }

    /** The collector after reading {@code file}, to ask about hidden sheets too. */
    public static PreviewCollector collector(Path file) throws FileRejectedException {
        TableReader reader = new TableReaders().forFile(file);
        PreviewCollector collector = new PreviewCollector(file.getFileName().toString(), reader.format());
        reader.read(file, ReadOptions.preview(PreviewCollector.DEFAULT_ROWS), collector, new CancellationToken());
        return collector;
    }

    public static LoadedPack loadedPack() {
        return BUNDLED;
    }

    public static MetricPack pack() {
        return BUNDLED.pack();
    }

    public static DefaultMappingSuggester suggester() {
        return new DefaultMappingSuggester(new IdentifierColumnHeaders(new IdentifierColumns()), new TemplateLayouts());
    }
}
