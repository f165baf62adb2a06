package dev.pdfbulk.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An IBAN read by its country's length (ISO 13616's registry), however its groups are printed: Monobank's
 * "UA21 322001 00000 2620 1234 567890", UBS's "CH62 0027 3273 1234 5678 M" (its last group a letter), Pekao's
 * "PL 12 1240 4650 ..." (the country's code set apart). Its words are joined while they hold only capitals and digits,
 * and must end exactly at the country's length. Stateless.
 */
final class IbanLengths {

    private static final Map<String, Integer> LENGTHS = new HashMap<>();

    static {
        String registry = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 "
                + "EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 "
                + "KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 "
                + "PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20";
        for (String entry : registry.split(" ")) {
            LENGTHS.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
        }
    }

    private IbanLengths() {
    }

    /** The IBAN length of the country whose code a word starts with, or 0 when the word starts with none. */
    static int of(String word) {
        if (word.length() < 2) {
            return 0;
        }
        Integer length = LENGTHS.get(word.substring(0, 2));
        return length == null ? 0 : length;
    }

    /** The IBAN whose first word is {@code words[from]}, its words ending at its country's length; else null. */
    static AccountNumber read(List<String> words, int from, int to) {
        int length = of(words.get(from));
        if (length == 0) {
            return null;
        }
        StringBuilder printed = new StringBuilder();
        for (int i = from; i < to && printed.length() < length; i++) {
            String w = AccountNumber.stripEnd(words.get(i));
            if (!RegexChars.isDigitsOrCapitals(w)) {
                return null;
            }
            printed.append(w);
        }
        if (printed.length() != length || !Character.isDigit(printed.charAt(2))
                || !Character.isDigit(printed.charAt(3))) {
            return null;
        }
        return AccountNumber.of(printed.toString(), true);
    }
}
