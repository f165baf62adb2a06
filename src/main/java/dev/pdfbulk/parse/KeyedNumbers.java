package dev.pdfbulk.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Account numbers read out of the keys that hold them: an IBAN (to its country's length, or group by group up to its
 * first shorter group, or masked in the middle) and a French RIB (its third group). Stateless and thread-safe.
 */
final class KeyedNumbers {

    private static final int IBAN_MIN = 15;
    private static final int IBAN_MAX = 34;
    // An IBAN with its middle masked ("DE89****6004"): shorter than any whole IBAN.
    private static final Pattern MASKED_IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]*[X*•]{2,}[0-9]{2,}");
    private static final Pattern IBAN_GROUP = Pattern.compile("[A-Z0-9]{1,4}");
    // A French RIB's groups: bank, branch, account, key.
    private static final int[] RIB_GROUPS = {5, 5, 11, 2};
    private static final Pattern RIB_DIGITS = Pattern.compile("\\d+");
    private static final Pattern RIB_ACCOUNT = Pattern.compile("[0-9A-Z]+");

    private KeyedNumbers() {
    }

    /**
     * A French RIB printed whole after its label ("Compte Bancaire 30003 03350 00050412873 26"): the bank's and the
     * branch's five digits, the account's eleven characters, the two of the key. The account is its third group, as
     * inside the IBAN; null when the words from {@code from} are no RIB.
     */
    static AccountNumber rib(List<String> words, int from, int to) {
        if (to - from < RIB_GROUPS.length) {
            return null;
        }
        for (int g = 0; g < RIB_GROUPS.length; g++) {
            String w = g == RIB_GROUPS.length - 1 ? AccountNumber.stripEnd(words.get(from + g)) : words.get(from + g);
            if (w.length() != RIB_GROUPS[g] || !(g == 2 ? RIB_ACCOUNT : RIB_DIGITS).matcher(w).matches()) {
                return null;
            }
        }
        return AccountNumber.of(words.get(from + 2), false);
    }

    // An IBAN in groups of four ends with its first shorter group; a word with no digit after it ("BIC", "EUR") is
    // none of it.
    static AccountNumber iban(List<String> words, int from, int to) {
        String first = AccountNumber.stripEnd(words.get(from));
        if (MASKED_IBAN.matcher(first).matches()) {
            AccountNumber shown = AccountNumber.of(first.substring(4), false);
            return shown == null ? null : new AccountNumber(shown.digits(), true, true, shown.core());
        }
        AccountNumber whole = IbanLengths.read(words, from, to);
        if (whole != null) {
            return whole;
        }
        StringBuilder printed = new StringBuilder(words.get(from));
        if (printed.length() <= AccountNumber.MIN_DIGITS) {
            for (int i = from + 1; i < to; i++) {
                String w = AccountNumber.stripEnd(words.get(i));
                if (!IBAN_GROUP.matcher(w).matches()
                        || w.length() < AccountNumber.MIN_DIGITS && w.chars().noneMatch(Character::isDigit)) {
                    break;
                }
                printed.append(w);
                if (w.length() < AccountNumber.MIN_DIGITS) {
                    break;
                }
            }
        }
        int length = printed.length();
        return length < IBAN_MIN || length > IBAN_MAX ? null : AccountNumber.of(printed.toString(), true);
    }
}
