package org.ddworkbench.sample;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Invents worker names, phone numbers, passport numbers and e-mail addresses for the sample, in
 * plausible formats but from made-up patterns (phone numbers use a 555 block, e-mails example.org),
 * so the de-identification and scrubbing steps have something realistic to remove.
 */
final class FakeIdentities {
    private static final List<String> MYANMAR = List.of("Aung", "Kyaw", "Zaw", "Min", "Htet", "Thida", "Mya", "Hla",
            "Nilar", "Su", "Win", "Moe", "Ei", "Khin", "Thant", "Naing", "Phyo", "Sandar", "Yadanar", "Tun");
    private static final List<String> KHMER_GIVEN = List.of("Sokha", "Dara", "Sophea", "Chenda", "Vuthy", "Bopha",
            "Rith", "Sreymom", "Piseth", "Kanha", "Vanna", "Rotha");
    private static final List<String> KHMER_FAMILY = List.of("Chan", "Sok", "Heng", "Keo", "Meas", "Nhem", "Prak",
            "Ros", "Tep", "Vong");
    private static final List<String> LAO_GIVEN = List.of("Bounmy", "Khamla", "Noy", "Phet", "Souk", "Vilay",
            "Daovone", "Kham");
    private static final List<String> LAO_FAMILY = List.of("Phommavong", "Sisavath", "Keomany", "Vongsa",
            "Inthavong", "Chanthala");
    private static final List<String> THAI_GIVEN = List.of("Somchai", "Malee", "Suda", "Anan", "Kanya", "Prasert",
            "Wilai", "Narong", "Pim", "Chaiwat", "Ratana", "Sombat", "Nok", "Arunee");
    private static final List<String> THAI_FAMILY = List.of("Kaewmanee", "Srisuk", "Thongdee", "Boonmee",
            "Chaiyaporn", "Rattanakorn", "Saengthong", "Wongsawat", "Phromma", "Intharasuk");
    private static final List<String> VIET_FAMILY = List.of("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vo", "Dang");
    private static final List<String> VIET_MIDDLE = List.of("Van", "Thi", "Minh", "Ngoc", "Duc", "Thanh");
    private static final List<String> VIET_GIVEN = List.of("An", "Binh", "Hoa", "Lan", "Long", "Mai", "Nam", "Tuan",
            "Trang", "Hung");
    private static final List<String> BANGLA_GIVEN = List.of("Rahim", "Fatema", "Shirin", "Karim", "Nasrin",
            "Rubel", "Shapla", "Jahid", "Moushumi", "Sohel", "Rina", "Anwar");
    private static final List<String> BANGLA_FAMILY = List.of("Akter", "Hossain", "Begum", "Islam", "Rahman",
            "Uddin", "Khatun", "Sarkar");

    private final Random random;

    FakeIdentities(Random random) {
        this.random = random;
    }

    /** A full name in the naming style of {@code nationality} as the survey writes it. */
    String name(String nationality) {
        return switch (nationality) {
            case "Myanmar" -> pick(MYANMAR) + " " + pick(MYANMAR) + (random.nextBoolean() ? " " + pick(MYANMAR) : "");
            case "Cambodian" -> pick(KHMER_FAMILY) + " " + pick(KHMER_GIVEN);
            case "Lao" -> pick(LAO_GIVEN) + " " + pick(LAO_FAMILY);
            case "Vietnamese" -> pick(VIET_FAMILY) + " " + pick(VIET_MIDDLE) + " " + pick(VIET_GIVEN);
            case "Bangladeshi" -> pick(BANGLA_GIVEN) + " " + pick(BANGLA_FAMILY);
            default -> pick(THAI_GIVEN) + " " + pick(THAI_FAMILY);
        };
    }

    /** A phone number in a local-looking format but from an invented 555 block. */
    String phone(String iso2) {
        return switch (iso2) {
            case "MM" -> "09-555-" + digits(4) + digits(2);
            case "KH" -> "0" + (12 + random.nextInt(80)) + " 555 " + digits(3);
            case "VN" -> "09" + random.nextInt(10) + " 555 " + digits(4);
            case "BD" -> "01" + (3 + random.nextInt(7)) + "55-5" + digits(5);
            default -> "0" + pick(List.of("6", "8", "9")) + random.nextInt(10) + "-555-" + digits(4);
        };
    }

    /** A passport or national identity number in the shape used by {@code nationality}; made up. */
    String documentNumber(String nationality) {
        return switch (nationality) {
            case "Myanmar" -> "M" + (char) ('A' + random.nextInt(6)) + digits(6);
            case "Cambodian" -> "N" + digits(7);
            case "Lao" -> "P" + digits(7);
            case "Vietnamese" -> "C" + digits(7);
            case "Bangladeshi" -> "A" + digits(8);
            default -> digits(1) + "-" + digits(4) + "-" + digits(5) + "-" + digits(2) + "-" + digits(1);
        };
    }

    /** An e-mail address at the reserved example.org domain. */
    String email(String name) {
        String local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".");
        return local + random.nextInt(100) + "@example.org";
    }

    private String digits(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
