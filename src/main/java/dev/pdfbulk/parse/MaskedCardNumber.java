package dev.pdfbulk.parse;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label naming a card by its masked number, the card word right before it ("Carta Nexi Classic  **** **** ****
 * 7390", "Kartennummer  5232 83XX XXXX 6154", "Kartennummer xxxx-xxxxxx-x1008"): only a credit card's statement
 * is titled by the card's number, a bank account's by the account's. A debit or prepaid card so named ("Carta di
 * debito **** 1234", "Prepaid card") is money held, as an account is, and names no credit card. Stateless.
 */
final class MaskedCardNumber {

    // Three or four groups of digits and mask characters, 4 to 6 each, set apart by a space or a dash (folded text).
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w*\u2022])[0-9x*\u2022]{4}(?:[ -][0-9x*\u2022]{4,6}){2,3}(?![\\w*\u2022])");
    // Compiled once: String.replaceAll and split compile their pattern again on every call, here on every line.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[:.,;°º#]+$");
    private static final Set<String> CARD_WORDS = Set.of("card", "carta", "karte", "kartennummer", "kartennr",
            "tarjeta", "carte", "cartao", "kaart", "kaartnummer", "kort", "kortnummer", "karta", "kortti",
            // Greek "Κάρτα", "Αριθμός Κάρτας" (the card's number), folded; the final sigma as Java folds it and not.
            "καρτα", "καρτας", "καρτασ",
            // Turkish "Kart Numarası" (the card's number); "Kartı" is no card word, "Kredi Kartı Ödemesi" a payment.
            "kart");
    private static final Pattern NOT_CREDIT = Pattern.compile("debit|prepa|bancomat|maestro|girocard|\\bec\\b|χρεωστικ|προπληρωμ");
    private static final int MIN_MASKED = 4;
    // Words of the card's name allowed between the card word and its number ("Carta Nexi Classic").
    private static final int MAX_WORDS_BETWEEN = 3;

    private MaskedCardNumber() {
    }

    /** True when the line names a credit card by its masked number. */
    static boolean names(Line line) {
        String raw = line.text();
        // Cheap necessary condition: a run of mask characters.
        if (raw.indexOf("***") < 0 && raw.indexOf("XXX") < 0 && raw.indexOf("xxx") < 0 && raw.indexOf('\u2022') < 0) {
            return false;
        }
        String text = Folding.fold(raw);
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (masked(m.group()) && cardWordBefore(text.substring(0, m.start()))) {
                return !NOT_CREDIT.matcher(text).find();
            }
        }
        return false;
    }

    // Enough of it masked, its last four digits shown.
    private static boolean masked(String number) {
        long masks = number.chars().filter(c -> c == 'x' || c == '*' || c == '\u2022').count();
        int n = number.length();
        return masks >= MIN_MASKED && n >= 4 && number.substring(n - 4).chars().allMatch(Character::isDigit);
    }

    private static boolean cardWordBefore(String before) {
        String[] words = SPACES.split(before.trim());
        for (int i = words.length - 1, seen = 0; i >= 0 && seen <= MAX_WORDS_BETWEEN; i--, seen++) {
            String w = TRAILING_MARKS.matcher(words[i]).replaceAll("");
            if (CARD_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
