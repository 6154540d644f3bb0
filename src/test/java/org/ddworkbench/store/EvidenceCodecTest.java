package org.ddworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.EvidenceCell;
import org.junit.jupiter.api.Test;

/** Evidence cells survive storage exactly, take their file from the import, and damage is reported. */
class EvidenceCodecTest {
    private final EvidenceCodec codec = new EvidenceCodec();
    private final Map<Long, EvidenceCodec.FileRef> files = Map.of(3L, new EvidenceCodec.FileRef("saq.xlsx", "ab12"));

    @Test
    void cellsRoundTripWithTheirFileAndOddCharacters() throws SQLException {
        List<EvidenceCell> cells = List.of(
                new EvidenceCell(3, DataSourceKind.SAQ, "saq.xlsx", "ab12", "SAQ \"long\" sheet", 12, 1,
                        "documents_held_by_employer", "yes, ที่นี่ \u2028 ,]"),
                new EvidenceCell(3, DataSourceKind.AUDIT, "saq.xlsx", "ab12", "Audit", 0, -1, null, null));

        assertThat(codec.decode(codec.encode(cells), files)).isEqualTo(cells);
    }

    @Test
    void aCellOfAnUndoneImportSaysSo() throws SQLException {
        List<EvidenceCell> cells = List.of(new EvidenceCell(9, DataSourceKind.WORKER_SURVEY, "survey.xlsx", "ff",
                "Responses", 14, 5, "paid_recruitment_fee", "yes"));

        assertThat(codec.decode(codec.encode(cells), files)).singleElement().satisfies(cell -> {
            assertThat(cell.fileName()).isEqualTo(FindingRepository.UNDONE_FILE);
            assertThat(cell.fileSha256()).isEmpty();
            assertThat(cell.reference()).isEqualTo("Responses!F14");
        });
    }

    @Test
    void damagedEvidenceIsRefusedRatherThanMisread() {
        assertThatThrownBy(() -> codec.decode("[[3,\"SAQ\",\"SAQ\",\"twelve\",1,null,null]]", files))
                .isInstanceOf(SQLException.class).hasMessageContaining("evidence");
        assertThatThrownBy(() -> codec.decode("[[3,\"MOON\",\"SAQ\",12,1,null,null]]", files))
                .isInstanceOf(SQLException.class);
    }
}
