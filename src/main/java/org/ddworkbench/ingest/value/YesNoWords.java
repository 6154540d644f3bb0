package org.ddworkbench.ingest.value;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words for yes and no in the languages of the workbench's users: English, French, Thai, Burmese,
 * Khmer, Lao, Vietnamese, Malay/Indonesian and Bengali, plus 1/0, Y/N, true/false and a tick or "x" for yes
 * (checkbox columns mark the yes answers and leave the rest blank).
 */
final class YesNoWords {
    private static final Map<String, Boolean> WORDS = new HashMap<>();

    static {
        answers(true, "yes", "y", "true", "t", "1", "x", "✓", "✔", "☑", "oui", "vrai",
                "ใช่", "มี", "ได้", "ใช่ครับ", "ใช่ค่ะ", "มีครับ", "มีค่ะ", "ได้ครับ", "ได้ค่ะ",
                "ဟုတ်ကဲ့", "ဟုတ်တယ်", "ရှိတယ်",
                "បាទ", "ចាស", "មាន",
                "ແມ່ນ", "ມີ",
                "có", "ya", "হ্যাঁ");
        answers(false, "no", "n", "false", "f", "0", "non", "faux",
                "ไม่", "ไม่ใช่", "ไม่มี", "ไม่ได้", "ไม่ใช่ครับ", "ไม่ใช่ค่ะ", "ไม่มีครับ", "ไม่มีค่ะ", "ไม่ได้ครับ", "ไม่ได้ค่ะ",
                "မဟုတ်ဘူး", "မဟုတ်ပါ", "မရှိဘူး",
                "ទេ", "អត់ទេ", "គ្មាន",
                "ບໍ່", "ບໍ່ແມ່ນ", "ບໍ່ມີ",
                "không", "khong", "tidak", "না");
    }

    private YesNoWords() {
    }

    private static void answers(boolean value, String... words) {
        for (String word : words) {
            WORDS.put(word, value);
        }
    }

    /** True for yes, false for no, empty when the text is neither in any language known here. */
    static Optional<Boolean> read(String written) {
        String text = TextKeys.plainSpaces(written).toLowerCase(Locale.ROOT);
        while (text.endsWith(".") || text.endsWith("!")) {
            text = text.substring(0, text.length() - 1).trim();
        }
        Boolean answer = WORDS.get(text);
        if (answer == null) {
            answer = WORDS.get(TextKeys.folded(text));
        }
        if (answer == null && (text.equals("1.0") || text.equals("0.0"))) {
            answer = text.startsWith("1");
        }
        return Optional.ofNullable(answer);
    }
}
