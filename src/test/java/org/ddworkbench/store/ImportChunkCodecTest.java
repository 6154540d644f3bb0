package org.ddworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worker chunk format keeps every value, its slot and its row exactly, and refuses what it did not write. */
class ImportChunkCodecTest {
    private static final List<WorkerSlot> SLOTS = List.of(new WorkerSlot("total_weekly_hours", 19),
            new WorkerSlot("overtime_voluntary", 21), new WorkerSlot("age_years", 6),
            new WorkerSlot("audit_date", 3), new WorkerSlot("_free_text", 5));
    private static final String PSEUDONYM = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void rowsRoundTripWithEveryValueType() {
        WorkerChunkCodec codec = new WorkerChunkCodec();
        codec.begin("Responses", SLOTS);
        codec.add(2, 7, PSEUDONYM, LocalDate.of(2025, 4, 1),
                new Object[] {66.0, Boolean.FALSE, "25-34", LocalDate.of(1999, 12, 31), "ขอบคุณ [phone]"});
        codec.add(3, 8, null, null, new Object[] {48.5, Boolean.TRUE, null, null, null});
        codec.add(1_000_000, Long.MAX_VALUE, "not-a-hex-key", LocalDate.of(1900, 1, 1),
                new Object[] {-3.0, null, "", null, "x".repeat(70_000)});
        byte[] payload = codec.finish();

        List<WorkerRow> rows = new ArrayList<>();
        WorkerChunkCodec.decode(42, payload, rows::add);

        assertThat(rows).hasSize(3);
        WorkerRow first = rows.get(0);
        assertThat(first.importId()).isEqualTo(42);
        assertThat(first.sheet()).isEqualTo("Responses");
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.supplierId()).isEqualTo(7);
        assertThat(first.respondent()).isEqualTo(PSEUDONYM);
        assertThat(first.observedOn()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(first.slots()).isEqualTo(SLOTS);
        assertThat(Arrays.asList(first.values())).containsExactly(66.0, false, "25-34", LocalDate.of(1999, 12, 31),
                "ขอบคุณ [phone]");
        assertThat(first.value("age_years")).isEqualTo("25-34");
        assertThat(first.valueCount()).isEqualTo(5);
        assertThat(Arrays.asList(rows.get(1).values())).containsExactly(48.5, true, null, null, null);
        assertThat(rows.get(1).respondent()).isNull();
        WorkerRow last = rows.get(2);
        assertThat(last.row()).isEqualTo(1_000_000);
        assertThat(last.supplierId()).isEqualTo(Long.MAX_VALUE);
        assertThat(last.respondent()).isEqualTo("not-a-hex-key");
        assertThat(last.values()[0]).isEqualTo(-3.0);
        assertThat((String) last.values()[4]).hasSize(70_000);
    }

    @Test
    void theEncoderStartsAfreshAfterEachChunk() {
        WorkerChunkCodec codec = new WorkerChunkCodec();
        codec.begin("S", List.of(new WorkerSlot("m", 0)));
        codec.add(2, 1, null, null, new Object[] {1.0});
        codec.finish();
        codec.add(3, 1, null, null, new Object[] {2.0});
        List<WorkerRow> rows = new ArrayList<>();
        WorkerChunkCodec.decode(1, codec.finish(), rows::add);
        assertThat(rows).extracting(WorkerRow::row).containsExactly(3);
    }

    @Test
    void aThousandSurveyRowsTakeLittleSpace() {
        WorkerChunkCodec codec = new WorkerChunkCodec();
        codec.begin("Responses", SLOTS);
        for (int i = 0; i < 2_000; i++) {
            codec.add(i + 2, i % 12, null, LocalDate.of(2025, 4, 1 + i % 20),
                    new Object[] {48.0 + i % 20, i % 3 == 0, "25-34", null, null});
        }
        assertThat(codec.finish().length).isLessThan(2_000 * 12);
    }

    @Test
    void decodingRefusesAnUnknownVersionOrDamage() {
        assertThatThrownBy(() -> WorkerChunkCodec.decode(1, new byte[] {9, 1, 2}, row -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown format");
        assertThatThrownBy(() -> WorkerChunkCodec.decode(1, new byte[] {1, 1, 2, 3}, row -> { }))
                .isInstanceOf(IllegalStateException.class);
    }
}
