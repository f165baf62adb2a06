package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The statement's own account number, read from the text outside its table and masked to its last four digits.
 * A number counts only where a label says it is the account's ({@link AccountLabels}): right after the label, past
 * words such as "number", "No." or ":" ("Account number: 1234567890", "Číslo účtu: 1234567890/0800", "Рахунок IBAN:
 * UA21 ..."), after a few words ending in such a word ("COMPTE CHEQUE N° : 0780 0001234567"), or as the first
 * cell after a label ending its own ("Account Number | 10190909"), or under a label heading a grid's cell
 * ({@link LabelledGrid}). A label inside a sentence names some other account; a compound naming a kind of account
 * ("Vertragskonto") counts only where nothing else is labelled. Every labelled number must name the same account
 * (same last four digits, or the one inside the other, as an account number inside its IBAN); a card's number
 * counts where no account number is printed (a card statement), and one that differs from a printed account number
 * leaves the account unknown. When the numbers disagree the account is null: a wrong account is worse than none.
 * Where nothing is labelled, an IBAN alone in its cell near the first page's top, its check digits right
 * ({@link UnlabelledIban}), is the account; else the kind's name and its last digits after an ellipsis
 * ({@link EllipsisAccount}: "Checking ...7781").
 * Stateless.
 */
final class AccountReader {

    // How many words may stand between a label and the number word before its value ("Compte de Dépôt n° ...").
    private static final int WORDS_BEFORE_NUMBER_WORD = 4;

    // A bank's branch code printed before an account's number: an Australian BSB ("633-000"), a sort code ("20-32-06").
    private static final Pattern BANK_CODE = Pattern.compile("\\d{3}-\\d{3}|\\d{2}-\\d{2}-\\d{2}");

    // The fewest digits of an account's number after its branch code (a year, "2025", is none).
    private static final int NUMBER_AFTER_BRANCH = 6;

    // The fewest digits of an account's number after "Folio" (a page's or a register's folio is shorter).
    private static final int FOLIO_DIGITS = 6;

    private AccountReader() {
    }

    /** The account masked to its last four digits ("****6320"), or null when none is labelled or they disagree. */
    static String read(List<Line> lines) {
        List<AccountNumber> accounts = new ArrayList<>();
        List<AccountNumber> cards = new ArrayList<>();
        List<AccountNumber> named = new ArrayList<>();
        List<AccountNumber> debits = new ArrayList<>();
        boolean[] digits = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            digits[i] = hasDigit(lines.get(i));
        }
        for (int i = 0; i < lines.size(); i++) {
            // Cheap test first: a label's number is on its line or, under a label heading a cell, on the next (or,
            // between a label's two languages, on the line before).
            if (digits[i] || i + 1 < lines.size() && digits[i + 1] || i > 0 && digits[i - 1]) {
                read(lines, i, digits[i], accounts, cards, debits, named);
            }
        }
        if (accounts.isEmpty()) {
            // A debit card draws on the account: its number is no other account's, and the statement's only where no
            // account is labelled (Cash App's "Cash Card Visa Debit ending in 9921" beside its "Account number").
            cards.addAll(debits);
        }
        if (accounts.isEmpty() && cards.isEmpty()) {
            // A compound naming a kind of account yields to a card's number too (the card statement's own account).
            accounts = named;
        }
        if (!accounts.isEmpty()) {
            AccountNumber primary = accounts.stream().filter(a -> !a.iban()).findFirst().orElse(accounts.get(0));
            // Several cards of which one is the account's are the account's cards (its card members' "Card Ending
            // 7-51004" and "Card Ending 7-52012" under "Account Ending 7-51004"), no other account's.
            boolean cardsAgree = cards.stream().allMatch(primary::sameAs)
                    || cards.size() > 1 && cards.stream().anyMatch(primary::sameAs);
            boolean agreed = accounts.stream().allMatch(primary::sameAs) && cardsAgree;
            return agreed ? primary.masked4() : null;
        }
        if (!cards.isEmpty()) {
            AccountNumber first = cards.get(0);
            return cards.stream().allMatch(first::sameAs) ? first.masked4() : null;
        }
        // Nothing labelled: an IBAN alone in its cell in the account block, its check digits right; else the kind's
        // name and its last digits after an ellipsis ("Checking ...7781").
        AccountNumber iban = UnlabelledIban.read(lines);
        AccountNumber shown = iban != null ? iban : EllipsisAccount.read(lines);
        return shown == null ? null : shown.masked4();
    }

    private static boolean hasDigit(Line line) {
        for (Word w : line.words()) {
            if (hasDigit(w.text())) {
                return true;
            }
        }
        return false;
    }

    private static void read(List<Line> lines, int i, boolean digits, List<AccountNumber> accounts,
                             List<AccountNumber> cards, List<AccountNumber> debits, List<AccountNumber> named) {
        AccountTokens tokens = AccountTokens.of(lines.get(i));
        for (int t = 0; t < tokens.size(); t++) {
            AccountLabels.Kind kind = AccountLabels.kind(tokens.folded(t));
            if (kind == null && t >= 2
                    && AccountLabels.savingsBox(tokens.folded(t - 2), tokens.folded(t - 1), tokens.folded(t))) {
                kind = AccountLabels.Kind.ACCOUNT;
            }
            if (kind == null && t >= 1 && AccountLabels.persianNumber(tokens.folded(t - 1), tokens.folded(t))) {
                kind = AccountLabels.Kind.ACCOUNT;
            }
            if (kind == null || inSentence(tokens, t) || endingAlone(tokens, t)) {
                continue;
            }
            AccountNumber number = digits ? valueAfter(tokens, t, kind == AccountLabels.Kind.CARD) : null;
            List<AccountNumber> into = switch (kind) {
                case ACCOUNT -> accounts;
                case NAMED -> named;
                case CARD -> debitCard(tokens, t) ? debits : cards;
            };
            if (number != null && number.digits().length() < FOLIO_DIGITS && AccountLabels.folio(tokens.folded(t))) {
                continue;
            }
            if (number != null && AccountLabels.key(tokens.folded(t))) {
                number = number.asKey();
            }
            if (number != null) {
                // An IBAN is the account's where a label names the account or a card; after a compound naming a kind
                // of account ("mit Ihrem DKB-Girokonto DE12 ...") it is that kind's, as any number there is.
                (number.iban() && kind != AccountLabels.Kind.NAMED ? accounts : into).add(number);
            } else if (headsCell(tokens, t)) {
                // A label heading a grid's cell ("CARD NUMBER" over "4890-XXXX-XXXX-3321"): the number set under
                // it; one more under that is a second account's, so the two disagree unless they are one.
                // Or set just above it, after a colon, between the label's two languages ("NOMBOR AKAUN" over
                // ": 164012-345678" over "ACCOUNT NUMBER").
                AccountNumber between = i == 0 ? null
                        : LabelledGrid.between(lines.get(i - 1), lines.get(i), tokens.cell(t));
                if (between != null) {
                    into.add(between);
                    continue;
                }
                for (int below = i + 1; below <= i + 2 && below < lines.size(); below++) {
                    AccountNumber under = LabelledGrid.under(lines.get(below - 1), lines.get(below), tokens.cell(t));
                    if (under == null) {
                        break;
                    }
                    (under.iban() ? accounts : into).add(under);
                }
            }
        }
    }

    // A label word after two words of a sentence names some account it speaks of ("importo addebitato sul c/c IT60
    // ..." on a card's statement, "transfer from your account 1234"), not the statement's.
    // German's polite possessive is capitalised inside a sentence too ("von Ihrem Konto DE89 ... eingezogen").
    private static boolean inSentence(AccountTokens tokens, int t) {
        int start = tokens.cellStart(t);
        return t - start >= 2 && lowerCaseWord(tokens.raw().get(t - 2)) && (lowerCaseWord(tokens.raw().get(t - 1))
                || AccountLabels.politePossessive(tokens.raw().get(t - 1)));
    }

    private static boolean lowerCaseWord(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return false;
            }
            letter |= Character.isLowerCase(c);
        }
        return letter;
    }

    // A card's label in a cell naming a debit card ("Cash Card Visa Debit ending in 9921").
    private static boolean debitCard(AccountTokens tokens, int t) {
        for (int k = tokens.cellStart(t); k < tokens.cellEnd(t); k++) {
            if (AccountLabels.debit(tokens.folded(k))) {
                return true;
            }
        }
        return false;
    }

    // "ending" labels a card's number only as "ending in" ("Visa Signature ending in 4821"), not "Year ending 2025".
    private static boolean endingAlone(AccountTokens tokens, int t) {
        return AccountLabels.bare(tokens.folded(t)).equals("ending")
                && (t + 1 >= tokens.size() || !AccountLabels.bare(tokens.folded(t + 1)).equals("in"));
    }

    // The label starts its cell and only number words follow it there ("Account No.", "CARD NUMBER").
    private static boolean headsCell(AccountTokens tokens, int t) {
        int end = tokens.cellEnd(t);
        // Number words may come first too ("Numer rachunku:", Polish; "N° de compte").
        int start = tokens.cellStart(t);
        return (start == t || pastNumberWords(tokens, start, t) == t) && pastNumberWords(tokens, t + 1, end) == end;
    }

    // A card's label may be followed by the card's name, then its masked number ending the cell ("Tarjeta Santander
    // Mastercard ****2261"): with {@code card}, a masked number a few words after the label counts.
    private static AccountNumber valueAfter(AccountTokens tokens, int label, boolean card) {
        int end = tokens.cellEnd(label);
        int j = pastNumberWords(tokens, label + 1, end);
        // The label said again in the bank's own script ("Account No.  رقم الحساب  100034871256"), in its cell or in a
        // cell of its own: the value follows it.
        int from = j == end ? end : j;
        if (from < tokens.size() && BilingualCell.latin(tokens.raw().get(j - 1))
                && BilingualCell.otherScript(tokens.raw().get(from))) {
            int cellEnd = tokens.cellEnd(from);
            int k = from;
            while (k < cellEnd && BilingualCell.otherScript(tokens.raw().get(k))) {
                k++;
            }
            end = cellEnd;
            j = pastNumberWords(tokens, k, end);
        }
        if (j == end) {
            // The label ends its cell: its value is the next cell's start.
            if (end >= tokens.size()) {
                return null;
            }
            int next = tokens.cellEnd(end);
            int start = pastNumberWords(tokens, end, next);
            if (start == next && next < tokens.size()) {
                // That cell holds number words only, the account's kind ("口座 | 普通預金 | 1234567"): the next one.
                start = pastNumberWords(tokens, next, tokens.cellEnd(next));
                next = tokens.cellEnd(next);
            }
            return afterBranch(tokens, start, AccountNumber.read(tokens.raw(), start, next));
        }
        AccountNumber number = AccountNumber.read(tokens.raw(), j, end);
        if (number != null) {
            return afterBranch(tokens, j, number);
        }
        int kindAt = -1;
        for (int k = j; k < end && k <= j + WORDS_BEFORE_NUMBER_WORD; k++) {
            String folded = tokens.folded(k);
            if (hasDigit(folded)) {
                // The account's kind, one word (its money's sign) and a colon before the number: BCP Bolivia's
                // "Cuenta de Ahorro Bs: 701-50123456-3-28".
                if (!card && kindAt >= 0 && k - kindAt == 3 && (tokens.folded(k - 1).equals(":") || tokens.folded(k - 1).equals("："))) {
                    return AccountNumber.read(tokens.raw(), k, end);
                }
                // A French RIB after the account's kind ("Compte Bancaire 30003 03350 00050412873 26"): its account.
                AccountNumber rib = card ? null : KeyedNumbers.rib(tokens.raw(), k, end);
                if (rib != null) {
                    return rib;
                }
                AccountNumber named = card && k > j ? AccountNumber.read(tokens.raw(), k, end) : null;
                return named != null && named.masked() ? named : null;
            }
            if (AccountLabels.numberSign(folded)) {
                AccountNumber after = AccountNumber.read(tokens.raw(), pastNumberWords(tokens, k, end), end);
                // The account's kind may be followed by more of its name, then the number word ("Cuenta de Ahorros
                // Transaccional No. 2205123456").
                if (after != null || !AccountLabels.accountKind(folded)) {
                    return after;
                }
                kindAt = k;
            }
        }
        // The card's name may fill the label's cell and its masked number the next ("Tarjeta Santander Mastercard |
        // ****2261").
        if (card && end - j <= WORDS_BEFORE_NUMBER_WORD && end < tokens.size() && hasDigit(tokens.folded(end))) {
            AccountNumber named = AccountNumber.read(tokens.raw(), end, tokens.cellEnd(end));
            if (named != null && named.masked()) {
                return named;
            }
        }
        // The number word may start the next cell ("Carta Intesa Sanpaolo Visa Classic | n. 4532 **** **** 7788").
        if (end - j <= WORDS_BEFORE_NUMBER_WORD && end < tokens.size() && AccountLabels.numberSign(tokens.folded(end))) {
            int next = tokens.cellEnd(end);
            return AccountNumber.read(tokens.raw(), pastNumberWords(tokens, end, next), next);
        }
        return null;
    }

    // A bank's branch code alone ending its cell ("Everyday Account  633-000  158 432 716", an Australian BSB;
    // "Current Account  20-32-06  43718329", a sort code) is the account's branch: its number starts the next cell.
    private static AccountNumber afterBranch(AccountTokens tokens, int start, AccountNumber value) {
        if (value == null || start + 1 >= tokens.size() || tokens.cellEnd(start) != start + 1
                || !BANK_CODE.matcher(tokens.raw().get(start)).matches()) {
            return value;
        }
        AccountNumber after = AccountNumber.read(tokens.raw(), start + 1, tokens.cellEnd(start + 1));
        return after != null && after.digits().length() >= NUMBER_AFTER_BRANCH ? after : value;
    }

    private static int pastNumberWords(AccountTokens tokens, int from, int end) {
        int j = from;
        while (j < end && AccountLabels.numberWord(tokens.folded(j))) {
            j++;
        }
        return j;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
