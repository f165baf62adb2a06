package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording that says a statement is a credit card's ("Credit Limit", "Minimum Payment Due", "Kreditkarte"), read
 * where a heading or a label prints it. The same words inside a sentence of running text ("do not share your
 * ATM, Debit/Credit card number, PIN and OTP with anyone") are a warning or legal text that any account prints: they
 * say nothing of the account's kind. Stateless and thread-safe.
 */
final class CardWording {

    private static final Pattern CARD_WORDS = Pattern.compile(
            "credit limit|minimum (?:payment|amount) due|payment due date|available credit|credit card|"
                    + "card account|cardmember|kreditkarte|kreditrahmen|carte de credit|mindestbetrag|"
                    + "minimum payment|statement balance|new balance.*minimum|payment due|card services|"
                    + "new purchases|cash advances?|"
                    // A revolving credit line's statement ("Crédit renouvelable"): its balance is an amount owed, as a
                    // card's is. Never "line of credit": a checking account's overdraft line is one.
                    + "revolving credit|credit renouvelable|"
                    // Spanish, Portuguese, Italian, Dutch, Nordic and Polish card statements (matched folded).
                    + "tarjeta de credito|extracto de (?:su )?tarjeta|limite de credito|credito disponible|pago minimo|"
                    + "cartao de credito|extrato do cartao|limite (?:total )?de credito|pagamento minimo|"
                    + "carta di credito|estratto conto (?:della )?carta|"
                    + "limite di credito|creditcard|kreditkort|karta kredytowa|limit karty|"
                    // Turkish: a card's limit ("Kart Limiti") and its minimum payment ("Asgari Ödeme Tutarı"), folded;
                    // never "Kredi Kartı" alone, which a current account's row paying a card off prints.
                    + "kart limiti|asgari odeme|"
                    // Greek: a credit card ("Πιστωτική Κάρτα", "Πιστωτικής Κάρτας"), its credit limit ("Πιστωτικό
                    // Όριο") and its minimum payment ("Ελάχιστο Ποσό Πληρωμής", "Ελάχιστη Καταβολή"), folded.
                    + "πιστωτικ\\S* καρτ|πιστωτικο οριο|ελαχιστο ποσο πληρωμης|ελαχιστη καταβολη|"
                    // Chinese card labels: the card's limit, its minimum payment, the payment's due day.
                    + "信用額度|信用额度|最低應繳金額|最低应缴金额|最低还款额|繳款截止日|到期还款日|"
                    // Japanese: a card's usage statement and its bill ("ご利用代金明細書", "今回ご請求額"), folded.
                    + Folding.fold("ご利用代金明細|利用代金明細|ご請求額|クレジットカード") + "|"
                    // Korean: a card's usage statement ("이용대금명세서"), the sum it bills ("결제하실 금액"), its number.
                    + Folding.fold("이용대금명세서|이용대금 명세서|결제하실 금액|결제하실금액|카드번호|신용카드|이용한도"),
            Pattern.CASE_INSENSITIVE);
    private static final LabelSearch CARD_SEARCH = LabelSearch.of(CARD_WORDS);
    // Words of a sentence on each side of the card words, none a number: running text, no label with its value.
    private static final int PROSE_SIDE_WORDS = 3;

    private CardWording() {
    }

    /**
     * True when the line names a credit card in a heading or a label, not only inside a sentence of prose, or
     * names the card by its masked number ({@link MaskedCardNumber}).
     */
    static boolean names(Line line) {
        if (!CARD_SEARCH.in(Folding.fold(line.text()))) {
            return MaskedCardNumber.names(line);
        }
        List<Phrase> cells = Phrase.split(line);
        for (Phrase cell : cells) {
            if (namesOutsideProse(cell.words())) {
                return true;
            }
        }
        // Card words only across cells ("New Balance $512.00   Minimum ..."): a row of labels, never a sentence.
        return !anyMatchIn(cells);
    }

    private static boolean anyMatchIn(List<Phrase> cells) {
        for (Phrase cell : cells) {
            if (CARD_SEARCH.in(Folding.fold(cell.text()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesOutsideProse(List<Word> words) {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>(words.size());
        for (Word w : words) {
            if (text.length() > 0) {
                text.append(' ');
            }
            starts.add(text.length());
            text.append(Folding.fold(w.text()));
        }
        Matcher m = CARD_WORDS.matcher(text);
        while (m.find()) {
            if (!inSentence(words, wordAt(starts, m.start()), wordAt(starts, m.end() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static int wordAt(List<Integer> starts, int offset) {
        int i = 0;
        while (i + 1 < starts.size() && starts.get(i + 1) <= offset) {
            i++;
        }
        return i;
    }

    // Several words of text on both sides within one cell, and no figure among them: the words are mid-sentence.
    private static boolean inSentence(List<Word> words, int first, int last) {
        if (first < PROSE_SIDE_WORDS || words.size() - 1 - last < PROSE_SIDE_WORDS) {
            return false;
        }
        for (int i = first - PROSE_SIDE_WORDS; i <= last + PROSE_SIDE_WORDS; i++) {
            if (words.get(i).text().chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }
}
