package org.ddworkbench.ingest.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.ddworkbench.ingest.map.HeaderText;
import org.ddworkbench.ingest.map.Layout;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.ingest.map.PreviewFiles;
import org.ddworkbench.ingest.map.SheetMapping;
import org.ddworkbench.ingest.map.TargetKind;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricPack;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each layout covers the pack's metrics for its kind once, with questions the importer can tell apart. */
class TemplateLayoutsTest {
    private final TemplateLayouts layouts = new TemplateLayouts();
    private final MetricPack pack = PreviewFiles.pack();

    @ParameterizedTest
    @EnumSource(DataSourceKind.class)
    void everyMetricTheKindCollectsAppearsExactlyOnce(DataSourceKind kind) {
        List<String> mapped = layouts.layout(pack, kind).sheets().stream()
                .flatMap(s -> s.layout() == Layout.LONG
                        ? s.rows().stream().filter(r -> r.kind() == TargetKind.METRIC).map(TemplateLayout.Row::target)
                        : s.columns().stream().filter(c -> c.kind() == TargetKind.METRIC).map(TemplateLayout.Column::target))
                .toList();

        List<String> collected = pack.metrics().stream().filter(m -> m.collectedBy().contains(kind)).map(Metric::id).toList();
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(collected).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(DataSourceKind.class)
    void questionsAndHeadersAreDistinctOnceNormalised(DataSourceKind kind) {
        for (TemplateLayout.Sheet sheet : layouts.layout(pack, kind).sheets()) {
            List<String> keys = sheet.layout() == Layout.LONG
                    ? sheet.rows().stream().map(r -> HeaderText.key(r.question())).toList()
                    : sheet.columns().stream().map(c -> HeaderText.key(c.header())).toList();
            assertThat(keys).as(sheet.name()).doesNotHaveDuplicates().doesNotContain("");
        }
    }

    @ParameterizedTest
    @EnumSource(DataSourceKind.class)
    void theProfileMirrorsTheLayout(DataSourceKind kind) {
        MappingProfile profile = layouts.profile(pack, kind);
        TemplateLayout layout = layouts.layout(pack, kind);

        assertThat(profile.name()).isEqualTo("template " + kind.name().toLowerCase(Locale.ROOT));
        assertThat(profile.fromTemplate()).isTrue();
        assertThat(profile.sheets()).extracting(SheetMapping::sheet).containsExactlyElementsOf(
                Stream.concat(Stream.of(TemplateLayouts.INSTRUCTIONS_SHEET),
                        layout.sheets().stream().map(TemplateLayout.Sheet::name)).toList());
        for (int i = 0; i < layout.sheets().size(); i++) {
            TemplateLayout.Sheet sheet = layout.sheets().get(i);
            SheetMapping mapping = profile.sheets().get(i + 1);
            assertThat(mapping.headerRow()).isEqualTo(1);
            assertThat(mapping.columns()).hasSameSizeAs(sheet.columns());
            assertThat(mapping.rows()).hasSameSizeAs(sheet.rows());
        }
    }
}
