package dev.pdfbulk.parse;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words that label a statement's own account number, in the languages read, and the words that may stand
 * between such a label and its number. Words are compared folded ({@link Folding}) with trailing punctuation cut.
 * A customer's or member's number, a sort code, a BIC, a card's issuer phrase glued to "card" ("Itaucard") or a
 * phone number is labelled by none of them. Stateless.
 */
final class AccountLabels {

    /** What a label says the number is. */
    enum Kind {
        /** The account's own number, in the bank's form ("Account number", "Kontonummer", "N° de compte"). */
        ACCOUNT,
        /**
         * A compound naming a kind of account ("Girokonto", "Privatkonto", "Betaalrekening"): the statement's, unless
         * another is labelled, for it also names other parties' ("Abschlag Strom Vertragskonto 683518").
         */
        NAMED,
        /** A card's number: the account of a card statement, another number on a bank statement. */
        CARD
    }

    private static final Set<String> ACCOUNT = folded(
            "account", "acct", "a/c", "iban", "konto", "kontonummer", "kontonr", "konto-nr", "compte", "cuenta",
            "conta", "conto", "c/c", "rekening", "rekeningnummer", "rachunek", "rachunku", "ucet", "uctu", "szamla",
            "szamlaszam", "tili", "tilinumero", "hesap",
            // Latvian "Konts", Croatian and Slovenian "Račun", Icelandic "Reikningur" (the last two are an invoice too,
            // which a row's text may name: the table is never read for the account).
            "konts", "racun", "reikningur", "счет", "рахунок", "рахунку", "сметка",
            // Lithuanian "Sąskaita" and "Sąskaitos (numeris)" (an invoice too, as "Račun" is).
            "saskaita", "saskaitos",
            // Argentina's uniform bank and virtual keys (CBU, a bank's; CVU, a payment account's: Mercado Pago's).
            "cbu", "cvu",
            // Azerbaijani "Hesab", Kazakh "Шот" (beside the Russian "Счет"), Mongolian "Дансны дугаар" (the account's
            // number).
            "hesab", "шот", "дансны",
            // Turkmen "Hasap (belgisi)" (the account('s number)), Faroese "Kontunummar" (account number).
            "hasap", "kontunummar",
            // Swahili "(Namba ya) akaunti" (the account('s number)), Bengali "হিসাব (নম্বর)" (the account('s number)).
            "akaunti", "হিসাব",
            // Russian "Номер счёта" and Serbian "Број рачуна", "Broj računa": the account's number, in the genitive.
            "счета", "рачун", "рачуна", "racuna",
            "口座番号", "계좌번호", "账号", "帐号", "帳號", "賬號", "账户", "帳戶", "賬戶",
            // Japanese "口座" (account) before the account's kind ("口座　普通預金　1234567"), Hong Kong's "戶口號碼"
            // (account number), Vietnamese "Số tài khoản" (its last word, folded), Thai "เลขที่บัญชี" (account number).
            "口座", "戶口號碼", "户口号码", "khoan", "เลขที่บัญชี",
            // Japan Post's "記号番号" (the account's symbol and number, "14180-12345671").
            "記号番号",
            // Hebrew "חשבון" (account: "סניף 612 חשבון 345678", branch then account).
            "חשבון",
            // Uzbek "Hisob (raqami)" (the account's number), Armenian "Հաշվեհամար" (account number) and "Հաշիվ".
            "hisob", "հաշվեհամար", "հաշիվ",
            // Tajik "(Рақами) ҳисоб" (the account('s number)), Lao "ເລກບັນຊີ" and Burmese "စာရင်းအမှတ်" /
            // "အကောင့်နံပါတ်" (account number; no space parts their words).
            "ҳисоб", "ເລກບັນຊີ", "စာရင်းအမှတ်", "အကောင့်နံပါတ်",
            // Arabic "رقم الحساب" (the account's number), with its article: "حساب" alone titles a statement ("كشف
            // حساب").
            "الحساب",
            // Desjardins' "Folio 0123456", the account's number at its caisse: only of six digits or more (a page's
            // "Folio 7", a register's "Hoja 286, Folio 64" are none).
            "folio");
    // Keys that hold the account's number as an IBAN does: Argentina's uniform bank and virtual keys.
    private static final Set<String> KEYS = Set.of("cbu", "cvu");
    // Spanish compounds naming a kind of account ("CuentaRUT"); "cuentas" is the plural, no compound.
    private static final String ACCOUNT_START = "cuenta";
    // A debit card's word in its name ("Visa Debit", "Tarjeta de Débito"): the card draws on the account.
    private static final Set<String> DEBIT = Set.of("debit", "debito");
    // German, Scandinavian and Dutch compounds naming a kind of account ("Girokonto", "Privatkonto", "Betaalrekening").
    private static final String[] ACCOUNT_ENDINGS = {"konto", "rekening"};
    private static final Set<String> CARD = folded(
            "card", "cartao", "carta", "tarjeta", "carte", "karte", "kreditkarte", "картка", "карта", "kaart", "kort",
            "kortti", "ending", "kartennummer",
            // Polish "Numer karty" (the card's number), Chinese "卡號"/"卡号" (card number).
            "karty", "卡號", "卡号",
            // Greek "Κάρτα" and "Κάρτας", the card's ("Αριθμός Κάρτας", the card's number).
            "κάρτα", "κάρτας",
            // The card's number elsewhere: Danish, Norwegian and Swedish "Kortnummer", Finnish "Kortin (numero)",
            // Turkish "Kart (Numarası)", Ukrainian "(Номер) картки", Japanese "カード番号", Korean "카드번호" (no space
            // parts their words). Never the Russian "(Номер) карты": Kaspi's debit card beside its "Номер счета".
            "kortnummer", "kortnr", "kortin", "kart", "картки", "カード番号", "카드번호");
    // Between a label and its number: "Account number: ...", "Account # ...", "N° de compte", "CONTA N.º",
    // "Číslo účtu č.", "Account number ending in: 8817", "Рахунок IBAN: UA21 ...", "Сметка (IBAN): ...".
    private static final Set<String> NUMBER_WORDS = Set.of(
            "number", "no", "nr", "n", "n°", "nº", "n.°", "n.º", "#", "num", "numero", "nummer", "ending", "in", "iban",
            // Portuguese and Spanish "final" (ending: "Cartão final 7730", the card's last digits).
            "final",
            "(iban", "c", "-", ":", "：", "дугаар",
            // Lithuanian "numeris" ("Sąskaitos numeris"); Uzbek "raqami" ("Hisob raqami").
            "numeris", "raqami",
            // Polish "Numer rachunku" (the account's number); Greek "Αριθμός" ("Αριθμός Κάρτας"), folded.
            "numer", "αριθμος",
            // Turkish "Numarası" (its number: "Kart Numarası"), folded.
            "numarasi",
            // Turkmen "belgisi" (its number: "Hasap belgisi").
            "belgisi",
            // Bengali "নম্বর" (number: "হিসাব নম্বর"), folded.
            Folding.fold("নম্বর"),
            // Arabic "رقم" (number), before the label ("رقم الحساب").
            "رقم",
            // The current account's kind between the label and its number: Portuguese "Conta corrente 28471-X",
            // Spanish "Cuenta corriente", French "Compte courant".
            "corrente", "corriente", "courant",
            // The same abbreviated after its label, Paraguay's and Peru's "Cuenta : Cta. Cte. N° 1-0045871-2".
            "cta", "cte",
            // A savings account's, Spanish: "Cuenta de Ahorros: 12004587321".
            "ahorro", "ahorros",
            // A Japanese account's kind between "口座" and its number: ordinary, current, savings deposit.
            "普通", "普通預金", "当座", "当座預金", "貯蓄", "貯蓄預金",
            // The label again in Chinese after the English ("Account Number 戶口號碼 024-382-416725-001").
            "戶口號碼", "户口号码");

    // Persian "شماره" (number) and "حساب" (account), read as one label in that order.
    private static final String PERSIAN_NUMBER = Folding.fold("شماره");
    private static final String PERSIAN_ACCOUNT = Folding.fold("حساب");

    private static final Set<String> POLITE_POSSESSIVE = Set.of("Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres");
    private static final Set<String> SEPARATORS = Set.of("in", "-", ":", "：", "c");
    private static final Set<String> KINDS = Set.of("corrente", "corriente", "courant", "ahorro", "ahorros");

    private AccountLabels() {
    }

    // Folded as the words they meet are: Hangul decomposes into its letters ("계좌번호").
    private static Set<String> folded(String... words) {
        return Arrays.stream(words).map(Folding::fold).collect(Collectors.toUnmodifiableSet());
    }

    /** The kind a word labels, or null when it labels no account number. */
    static Kind kind(String folded) {
        String w = bare(folded);
        if (ACCOUNT.contains(w)) {
            return Kind.ACCOUNT;
        }
        if (CARD.contains(w)) {
            return Kind.CARD;
        }
        int slash = w.indexOf('/');
        if (slash > 0 && slash < w.length() - 1) {
            // Labels joined by a slash, one naming the account ("卡号/账号", card number / account number): its label.
            for (String part : w.split("/")) {
                if (ACCOUNT.contains(part)) {
                    return Kind.ACCOUNT;
                }
            }
        }
        for (String ending : ACCOUNT_ENDINGS) {
            if (w.length() > ending.length() && w.endsWith(ending)) {
                return Kind.NAMED;
            }
        }
        if (w.length() > ACCOUNT_START.length() + 1 && w.startsWith(ACCOUNT_START)) {
            return Kind.NAMED;
        }
        return null;
    }

    /** Whether a word is German's polite "your" ("Ihrem"), capitalised inside a sentence too. */
    static boolean politePossessive(String raw) {
        return POLITE_POSSESSIVE.contains(raw);
    }

    /** Whether a label is "Folio", which names an account only by a number of six digits or more. */
    static boolean folio(String folded) {
        return bare(folded).equals("folio");
    }

    /** Whether a label names a key holding the account's number ("CBU", "CVU"), as an IBAN holds it. */
    static boolean key(String folded) {
        return KEYS.contains(bare(folded));
    }

    /**
     * Whether the words ending at a word name a savings account the River Plate way, "Caja de Ahorro(s)" (a savings
     * box: Argentina's, Uruguay's, Bolivia's "CAJA DE AHORROS EN PESOS N° 0850284713"): a label as "Cuenta" is.
     */
    static boolean savingsBox(String twoBefore, String before, String folded) {
        String w = bare(folded);
        return (w.equals("ahorros") || w.equals("ahorro")) && bare(before).equals("de") && bare(twoBefore).equals("caja");
    }

    /**
     * Whether a word and the one before it are the Persian "شماره حساب" (the account's number): "حساب" alone is in
     * a statement's name too ("صورت حساب", the statement of account).
     */
    static boolean persianNumber(String before, String folded) {
        return bare(folded).equals(PERSIAN_ACCOUNT) && bare(before).equals(PERSIAN_NUMBER);
    }

    /** Whether a word names the account's kind ("corriente", "Ahorros"), which more of its name may follow. */
    static boolean accountKind(String folded) {
        return KINDS.contains(bare(folded));
    }

    /** Whether a word names a debit card ("Debit", "Débito"). */
    static boolean debit(String folded) {
        return DEBIT.contains(bare(folded));
    }

    /** Whether a word says a number follows ("number", "No.", "n°", "IBAN"), as ":" or "in" alone do not. */
    static boolean numberSign(String folded) {
        String w = bare(folded);
        return NUMBER_WORDS.contains(w) && !SEPARATORS.contains(w);
    }

    /** Whether a word may stand between a label and its number ("number", "No.", "#", ":"). */
    static boolean numberWord(String folded) {
        return NUMBER_WORDS.contains(folded) || NUMBER_WORDS.contains(bare(folded));
    }

    // A word without the punctuation a label carries after it ("Number:", "No.", "(IBAN):").
    static String bare(String folded) {
        int end = folded.length();
        // The Armenian "՝" after a label plays the colon's part ("Հաշվեհամար՝ 2470012345670010").
        while (end > 1 && ".:：,)՝".indexOf(folded.charAt(end - 1)) >= 0) {
            end--;
        }
        return folded.substring(0, end);
    }
}
