package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A long Thai sentence in a narrow wrapping label stays inside the label, on several lines, every word whole. */
class WordWrapLabelSkinTest {
    private static final String SENTENCE = "นำเข้ารายชื่อซัพพลายเออร์ แบบประเมินตนเอง แบบฟอร์มผลการตรวจประเมิน "
            + "แบบสำรวจแรงงาน และบันทึกข้อร้องเรียน (XLSX, XLS หรือ CSV) หรือลากไฟล์มาวางบนหน้าต่างนี้ "
            + "ทุกไฟล์จะได้รับการตรวจสอบและแสดงให้ท่านดูก่อนจัดเก็บข้อมูลใด ๆ";

    private final Locale before = Locale.getDefault();
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        Locale.setDefault(before);
        if (stage != null) {
            FxToolkit.setupFixture(stage::hide);
        }
    }

    @Test
    void theSentenceIsCutAtThaiWordsAndKeptInsideTheLabel() throws Exception {
        assertThat(WordWrapLabelSkin.pieces("ทุกไฟล์จะได้รับการตรวจสอบ"))
                .as("Thai words found without spaces").hasSizeGreaterThan(3)
                .allSatisfy(piece -> assertThat(piece).isNotBlank());
        assertThat(String.join("", WordWrapLabelSkin.pieces(SENTENCE))).isEqualTo(SENTENCE);

        Locale.setDefault(Locale.forLanguageTag("th-TH"));
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        Label label = Controls.label("long-thai", SENTENCE);
        FxToolkit.setupFixture(() -> {
            VBox box = new VBox(label);
            box.setPrefWidth(420);
            Scene scene = new Scene(box, 420, 400);
            scene.getStylesheets().add(Theme.stylesheet());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label.getSkin()).isInstanceOf(WordWrapLabelSkin.class);
        assertThat(label.getText()).isEqualTo(SENTENCE);
        TextFlow flow = (TextFlow) label.getChildrenUnmodifiable().get(0);
        List<Node> pieces = flow.getChildren();
        double lineHeight = ((Text) pieces.get(0)).getLayoutBounds().getHeight();
        assertThat(label.getHeight()).as("several lines").isGreaterThan(lineHeight * 2.5);
        assertThat(label.getWidth()).isLessThanOrEqualTo(420);
        for (Node piece : pieces) {
            assertThat(piece.getBoundsInParent().getMaxX()).as("the right edge of “%s”", ((Text) piece).getText())
                    .isLessThanOrEqualTo(flow.getWidth() + 0.5);
        }
        assertThat(((Text) pieces.get(0)).getFont().getFamily()).isEqualTo("Noto Sans Thai");
    }
}
