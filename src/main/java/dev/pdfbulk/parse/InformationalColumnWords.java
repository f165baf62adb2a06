package dev.pdfbulk.parse;

import java.util.Arrays;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The words over columns that hold neither a row's text nor its money, in the languages of {@link HeaderPhrases}:
 * the other party's account, the time, the bank's codes and references, the branch or channel, the place, a fee or
 * tax column, accrued charges, reward points and cashback, a currency or foreign amount, an exchange rate, a quantity
 * and a price. Plain data, handed to {@link HeaderPhrases} after its languages' words, so these kinds win a phrase
 * listed twice.
 */
final class InformationalColumnWords {

    /** Hands phrases of one kind on. */
    @FunctionalInterface
    private interface Put {
        void put(ColumnKind kind, String... phrases);
    }

    // The time of day, one word in each language ("Saat" Turkish); folded by timeOfDay as header text is.
    private static final String[] TIME_OF_DAY = {"time", "uhrzeit", "zeit", "heure", "hora", "ora", "tijd", "godzina",
        "čas", "час", "время", "saat"};
    private static final Set<String> TIME_OF_DAY_FOLDED = Arrays.stream(TIME_OF_DAY).map(HeaderText::normalise)
            .collect(Collectors.toUnmodifiableSet());

    // An amount in a foreign currency, beside or under the account's: no money of the account.
    private static final String[] FOREIGN_AMOUNTS = {"original amount", "foreign amount", "fx amount", "orig amount",
        "original currency", "foreign currency", "original currency amount", "foreign currency amount", "originalbetrag",
        "fremdwährung", "montant devise", "importe divisa", "betrag fremdwährung", "fremdwährungsbetrag",
        "betrag in fremdwährung", "originalwährung", "betrag originalwährung", "währungsbetrag",
        "montant en devise", "montant devises", "montant d'origine", "importe en divisa", "importe original",
        "importe en moneda extranjera", "bedrag vreemde valuta", "vreemde valuta", "importo in valuta",
        "importo valuta", "importo originale", "valor original", "kwota w walucie", "kwota oryginalna",
        "belopp i utländsk valuta", "originalbelopp", "amount in original currency",
        "amount in foreign currency", "betrag in originalwährung", "betrag in fremder währung",
        "bedrag in vreemde valuta", "importo in valuta originale", "importe en moneda original",
        "montant en devise d'origine",
        // The amount of an international purchase in its own currency ("Intl.# amount" over "USD 15.49").
        "intl amount", "international amount", "int'l amount", "intl txn amount", "international transaction amount",
        // Russian: the amount in the operation's currency, beside the one in the account's ("в валюте счёта").
        "сумма в валюте операции"};
    private static final Set<String> FOREIGN_AMOUNTS_FOLDED = Arrays.stream(FOREIGN_AMOUNTS).map(HeaderText::normalise)
            .collect(Collectors.toUnmodifiableSet());

    private InformationalColumnWords() {
    }

    /** True for a header phrase naming an amount in a foreign currency ("Original amount", "Сумма в валюте операции"). */
    static boolean namesForeignAmount(String phrase) {
        return FOREIGN_AMOUNTS_FOLDED.contains(HeaderText.normalise(phrase));
    }

    /** True for a normalised header word naming the time of day ("time", "uhrzeit", "saat"). */
    static boolean isTimeOfDay(String normalised) {
        return TIME_OF_DAY_FOLDED.contains(normalised);
    }

    /** Hands every header phrase to {@code sink}, by the kind of column it names. */
    static void headers(BiConsumer<ColumnKind, String[]> sink) {
        Put put = sink::accept;
        // The other party's account number or IBAN: a code on every row, neither text nor money.
        put.put(ColumnKind.OTHER, "iban", "account", "account no", "account number", "counter account",
                "counterparty account", "contra account", "iban/bic", "bic", "konto", "kontonummer", "gegenkonto",
                "rekening", "rekeningnummer", "tegenrekening", "compte", "numéro de compte", "cuenta",
                "numer rachunku", "rachunek", "číslo účtu", "protiúčet", "kontonr",
                // The other party's bank code beside its account ("Protiúčet | Kód banky", Czech "0800").
                "kód banky", "bank code");
        // The time of day beside the date ("14:32", "10:36:05") and the bank's own code for the transaction
        // ("Transaction ID", hex or digits): a value on every row, neither text nor money.
        put.put(ColumnKind.OTHER, "transaction time", "time of transaction", "booking time", "posting time");
        put.put(ColumnKind.OTHER, TIME_OF_DAY);
        // The state of the row's transaction ("Transaction Status" over "COMPLETED" on every row): no part of the text.
        put.put(ColumnKind.OTHER, "status", "transaction status", "txn status", "payment status");
        put.put(ColumnKind.OTHER, "id", "transaction id", "trans id", "tran id", "transaction reference",
                "transaction number", "transaction no", "transaction code", "reference number", "reference id",
                "id number", "transaktions-id", "transaktionsnummer", "referenz", "referenznummer",
                "numéro de transaction", "référence de transaction", "id transacción", "número de transacción",
                // Czech: the transaction's identification ("Identifikace transakce" over "789-06052025 9654 548100").
                "identifikace", "identifikace transakce", "id transakce",
                // The same column in the neighbours' words: Slovak, Polish, Hungarian, Dutch, Italian, Portuguese,
                // Spanish, Turkish and Finnish.
                "identifikácia transakcie", "id transakcie", "identyfikator transakcji", "id transakcji",
                "numer transakcji", "tranzakció azonosító", "tranzakcióazonosító", "transactie-id", "transactienummer",
                "id operazione", "id da transação", "número da transação", "id de la operación", "id de operación",
                "referans no", "işlem no", "tapahtumatunnus");
        // Where or through what the transaction was made ("Originating Branch" "E-CHANNELS", "Channel" "MOBILE",
        // "Teller" "T0412"): a code on every row, neither the description nor money.
        put.put(ColumnKind.OTHER, "branch", "branch name", "branch code", "originating branch", "posting branch",
                "channel", "transaction channel", "teller", "teller id",
                // Spanish ("Canal o Sucursal", Banco de Chile's: "Internet", "PAC", "Of. Providencia").
                "canal", "sucursal", "canal o sucursal", "canal/sucursal", "oficina", "agencia");
        // The bank's reference or document number of the row, in the languages above ("Referens", "Docto.",
        // "Kenmerk", "Nr ref."): a code on every row, never part of the description.
        put.put(ColumnKind.OTHER, "referens", "referensnummer", "ref nr", "ref.nr", "refnr", "referanse", "referencenr",
                "bilag", "bilagsnr", "kenmerk", "betalingskenmerk", "docto", "doc", "documento", "nº doc", "n.º doc",
                "n° doc", "nº documento", "n.º documento", "nro doc", "núm doc", "cód", "cod", "código", "codigo",
                "riferimento", "n operazione", "numero operazione", "nr ref", "numer referencyjny", "referencja",
                "nr referencyjny");
        // The place of a card purchase, printed in a column of its own beside the merchant: no part of the
        // description, which is the merchant's cell, as for a reference.
        put.put(ColumnKind.OTHER, "location", "city", "town", "place", "localidad", "población", "ciudad", "localidade",
                "cidade", "località", "città", "lieu", "localité", "ville", "ort", "plaats", "woonplaats", "miejscowość",
                "miasto", "stad");
        // A column of the fee each row is charged ("-6.00"), or one that marks the rows a service fee is charged for
        // ("##"), the fee itself then a row of its own: which one, the cells say (LineClassifier).
        put.put(ColumnKind.FEE, "fee", "fees", "service fee", "service fees", "service charge", "service charges",
                "svc", "svc fee", "svc charge", "svc chg", "fee charged", "bank fee", "bank fees",
                // French ("Date | Code | Description | Frais | Retrait | Dépôt | Solde", a Québec caisse's table).
                "frais", "frais bancaires");
        // A loan's interest beside its principal, and the payment's whole ("Principal | Interest | Fees | Total"): paid,
        // yet no move of the principal owed, which the balance column follows (ColumnRoles.billedPrincipalAsAmount).
        put.put(ColumnKind.OTHER, "interest", "total");
        // The merchant category code of a card row ("MCC" over "5411"): a code, neither a date nor money.
        put.put(ColumnKind.OTHER, "mcc", "mcc code", "merchant category code", "код mcc");
        // The tax a row bears ("Tax (RM)" beside Withdrawal and Deposits, mostly empty): the header does not say whether
        // the row's amount holds it or the balance moves by it too, so it is no money of the row; the balances judge.
        put.put(ColumnKind.OTHER, "tax", "taxes", "tax amount", "withholding tax", "gst", "sst", "vat", "cukai");
        // Charges accrued over the cycle, printed beside the balance and debited next month ("Accrued Bank Charges"
        // 3.50 on the rows that incur one): no money the row moves, and no debit column.
        put.put(ColumnKind.OTHER, "accrued charges", "accrued bank charges", "accrued fees", "accrued bank fees",
                "accrued fee", "charges accrued", "fees accrued");
        // The reward points a row earned ("Reward Points 78" beside "Amount (in Rs.)"): a count of points, never money
        // and never part of the description.
        put.put(ColumnKind.OTHER, "points", "reward points", "rewards points", "pts", "reward pts", "rewards pts",
                "points earned", "reward points earned", "bonus points", "miles", "miles earned", "punkte",
                "bonuspunkte", "prämienpunkte", "puntos", "punti", "pontos", "punten", "punkty", "poäng",
                // Turkish "puan" (points), alone and in the programmes' names cards print over the column.
                "puan", "kazanılan puan", "bonus puan", "worldpuan", "maxipuan", "parafpara");
        // The cashback a row earned ("CASHBACK EARNED 67.78 Cr" beside its amount): credited later as a row of its own,
        // so it is no money of this row, however money-like it is printed.
        put.put(ColumnKind.OTHER, "cashback", "cash back", "cashback earned", "cash back earned", "cashback amount",
                "rewards earned", "reward earned", "rewards cash earned",
                // Apple Card's "Daily Cash" ("2%  $0.56" beside the amount): a share of the purchase paid back later.
                "daily cash", "daily cash earned");
        // A currency column, and an amount in a foreign currency: neither is the account's money.
        put.put(ColumnKind.OTHER, HeaderPhrases.CURRENCY_COLUMNS.toArray(String[]::new));
        put.put(ColumnKind.OTHER, FOREIGN_AMOUNTS);
        // The amount before the row's fee, beside its "Net" ("Gross | Fee | Net"): money-like, yet not what the row
        // moved, which the net column holds.
        put.put(ColumnKind.OTHER, "gross", "gross amount");
        // An exchange rate: a number beside the foreign amount, never money ("Kurs 1,08230").
        put.put(ColumnKind.OTHER, "kurs", "umrechnungskurs", "wechselkurs", "devisenkurs", "exchange rate", "fx rate",
                "conversion rate", "rate of exchange", "exch rate", "taux", "taux de change", "taux de conversion",
                "tipo de cambio", "cambio", "tasso di cambio", "tasso", "koers", "wisselkoers", "växelkurs",
                "taxa de câmbio", "câmbio", "kurs wymiany", "směnný kurz", "kurz");
        // A trade's quantity and per-share price (a brokerage's cash activity, "Quantity | Price($)"): numbers on the
        // row, the price money-like, yet neither is the amount the account moved, which has a column of its own.
        put.put(ColumnKind.OTHER, "quantity", "qty", "shares", "units", "no of shares", "number of shares", "price",
                "unit price", "share price", "price per share", "price per unit", "menge", "stück", "stückzahl",
                "anzahl", "quantité", "prix", "prix unitaire", "cantidad", "precio",
                "precio unitario", "quantità", "prezzo", "aantal", "prijs", "quantidade", "preço", "ilość", "cena");
    }
}
