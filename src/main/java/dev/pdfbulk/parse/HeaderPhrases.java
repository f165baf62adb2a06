package dev.pdfbulk.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words banks print over their transaction columns, by language and by the kind of column they name:
 * English, German, French, Spanish, Dutch, Italian, Portuguese, Polish, Czech, Hungarian, Turkish, Indonesian
 * and Vietnamese; Swedish, Danish, Norwegian and Finnish are {@link NordicHeaderWords}'; Greek, Russian, Ukrainian, Bulgarian and Romanian are
 * {@link EasternEuropeanHeaderWords}', Baltic, Icelandic and South Slavic {@link EuropeanHeaderWords}', Japanese and
 * Korean {@link EastAsianWords}', and the columns that hold neither a row's text nor its money
 * {@link InformationalColumnWords}'.
 * Plain data;
 * the matching is {@link HeaderVocabulary}'s.
 */
final class HeaderPhrases {

    /** Headers of a column of currency codes (folded, as header text is); short as some are, they name a column, never qualify one. */
    static final Set<String> CURRENCY_COLUMNS = Set.of("ccy", "cur", "curr", "currency", "currency code",
            "wahrung", "devise", "moneda", "divisa", "whg", "whrg", "wahr", "dev", "waluta", "mena", "moeda", "валюта");

    /**
     * Words that say money moved but not which way: a column so named goes against the debit or credit column it
     * pairs with ("Payments | Receipts", "Paid | Received": out; "Purchases | Payments": in); alone, it keeps its phrase's
     * kind ("Payments": a card's money in; "Paid": none).
     */
    static final Set<String> TWO_WAY = Set.of("payments", "paid");

    /**
     * Text columns that hold the description only where the header names no other ("Remarks" on statements that
     * print no Description; Chinese "備註"/"备注"; Turkish "İşlem", the transaction, beside "Açıklama" its kind, "EFT" or
     * "POS"; Russian "Операция", the kind ("Покупка", "Перевод") beside "Детали", and "Категория", a category over the
     * row's text where no column is named for it; German "Vorgang", the kind ("Lastschrift / Belastung", "Übertrag /
     * Überweisung") beside "Buchungstext", as comdirect prints it, and the whole text where it stands alone, as
     * Deutsche Bank's); beside a description column they are notes of their own, left out of it. Folded, as header
     * text is.
     */
    static final Set<String> SECONDARY_TEXT = Set.of("remarks", "remark", "activity", "tapahtuma", "islem", "備註", "备注",
            "операция", "категория", "vorgang");

    /** Later entries replace earlier ones, as a phrase is listed once per kind. */
    private static final Map<String, ColumnKind> PHRASES = new LinkedHashMap<>();

    static {
        put(ColumnKind.DATE, "date", "datum", "trans date", "transaction date", "txn date", "tran date",
                "date of transaction", "fecha", "date opération", "date operation", "belegdatum",
                // The day of a card's purchase beside its "Buchungstag" (comdirect's Visa: "Umsatz-" over "tag").
                "umsatztag", "umsatzdatum");
        // The day the bank booked the row: its date unless the transaction's own date is printed too.
        put(ColumnKind.POSTING_DATE, "post date", "posting date", "posted date", "posted", "booking date",
                "buchungstag", "buchungsdatum", "booked", "date booked");
        put(ColumnKind.OTHER_DATE, "value date", "valuta", "wert", "wertstellung", "valeur", "date valeur",
                "effective date", "settlement date");
        // The row's day in another calendar, printed beside the Gregorian date: Nepal's Bikram Sambat ("Date (BS)",
        // "Miti"), the Hijri date. Never the row's date, whichever comes first.
        put(ColumnKind.OTHER_DATE, "date (bs)", "date bs", "bs date", "date (b.s.)", "date (b.s)", "miti",
                "hijri date", "date (hijri)", "hijri");
        // The day the bank processed the row is the day it posted it ("Date Processed | Date of Transaction"): read as
        // a date of its own, "Processed" would be no word at all and "Date Processed" a second transaction date.
        put(ColumnKind.POSTING_DATE, "processed", "date processed", "processed date", "process date", "processing date",
                "date of processing", "date posted", "posted on", "processed on", "verarbeitungsdatum",
                "verarbeitet am", "date de traitement", "date traitement", "traité le", "fecha de proceso",
                "fecha proceso", "f. proceso", "fecha de procesamiento", "procesado", "verwerkingsdatum",
                "verwerkt op", "datum verwerking", "verwerkt", "data elaborazione", "data di elaborazione",
                "data de processamento", "data processamento", "processado", "data przetworzenia",
                "datum zpracování", "zpracováno", "behandlingsdatum", "bokförd", "bokfört");
        put(ColumnKind.DESCRIPTION, "description", "detail", "details", "transaction details", "transaction", "transactions",
                "particulars", "narrative", "payee", "merchant", "memo", "verwendungszweck", "buchungstext",
                "beschreibung", "vorgang", "text", "libellé", "libelle", "nature", "opération", "operation", "détails",
                "concepto", "descripción", "transaction description", "merchant name", "name",
                "description of transaction", "erläuterung", "umsatz details", "umsatztext", "payee/description", "reference details",
                "narration");
        put(ColumnKind.DESCRIPTION, SECONDARY_TEXT.toArray(String[]::new));
        // The other party of the transaction: a text column whose cells are part of the description.
        put(ColumnKind.DESCRIPTION, "counterparty", "counter party", "counterparty name", "payee name", "payer",
                "payer/payee", "payee/payer", "beneficiary", "beneficiary name", "remitter", "auftraggeber",
                "empfänger", "auftraggeber/empfänger", "auftraggeber / empfänger", "zahlungsempfänger",
                "zahlungspflichtiger", "bénéficiaire", "tiers", "tegenpartij", "naam tegenpartij", "beneficiario",
                "ordenante", "kontrahent", "nazwa kontrahenta", "protistrana", "motpart", "mottagare");
        // A payment app's "Date | Type | Note | From | To | Amount (total)" (Venmo's): the note the payer wrote, then
        // who paid whom, make the description; the type beside them ("Payment", "Charge") stays out of it.
        put(ColumnKind.DESCRIPTION, "note", "notes", "from", "to");
        // M&T's "Posting Date | Description | Deductions | Additions | Balance".
        put(ColumnKind.DEBIT, "deduction", "deductions");
        put(ColumnKind.DEBIT, "debit", "debits", "withdrawal", "withdrawals", "money out", "paid out", "payments out",
                "out", "soll", "lastschrift", "lastschriften", "belastung", "belastungen", "ausgang", "débit", "debit amount",
                "charges", "charge", "purchases", "withdrawals/debits", "debits/withdrawals", "amount out", "spent",
                "cargo", "cargos", "retiros", "retiro", "monto del retiro", "dépenses", "withdrawn", "debit (-)", "debits (-)", "minus",
                "withdrawal amount", "debit amount", "amount debited", "payments & debits", "charges & debits",
                "purchases & adjustments", "fees & charges", "ausgaben", "sortie", "débits", "outgoings",
                "retrait", "retraits", "subtractions", "withdrawals/subtractions", "outgoing",
                "zahlungsausgang", "zahlungsausgänge");
        put(ColumnKind.CREDIT, "credit", "credits", "deposit", "deposits", "money in", "paid in", "payments in", "in",
                "haben", "gutschrift", "gutschriften", "eingang", "crédit", "credit amount", "payments/credits",
                "deposits/credits", "credits/deposits", "amount in", "received", "abono", "abonos", "depósitos", "depósito", "deposito", "monto del depósito", "monto del deposito",
                "recettes", "deposited", "credit (+)", "credits (+)", "plus", "payments", "deposit amount",
                "credit amount", "amount credited", "payments & credits", "credits & payments", "einnahmen",
                "entrée", "crédits", "receipts", "dépôt", "dépôts", "lodged", "lodgement", "lodgements", "lodgment",
                "lodgments", "incomings", "additions", "deposits/additions", "incoming",
                "zahlungseingang", "zahlungseingänge");
        // Money out and in named by what it did to the account ("Amounts deducted from / your account ($)", "Amounts
        // added to / your account ($)", BMO's, each over two rows).
        put(ColumnKind.DEBIT, "amounts deducted", "amounts deducted from", "amounts deducted from your account");
        put(ColumnKind.CREDIT, "amounts added", "amounts added to", "amounts added to your account");
        put(ColumnKind.AMOUNT, "amount", "betrag", "montant", "importe", "transaction amount", "umsatz", "amt",
                "amount (£)", "amount ($)", "amount (€)", "betrag eur", "value",
                // What the row moved after its fee ("Gross | Fee | Net", a payment service's): the row's money.
                "net", "net amount",
                // A loan's advance or the principal part of its payment (ColumnRoles.billedPrincipalAsAmount).
                "principal");
        put(ColumnKind.BALANCE, "balance", "saldo", "solde", "kontostand", "running balance", "new balance",
                "ledger balance", "closing balance", "balance due", "daily balance", "principal balance",
                "balance (£)", "balance ($)", "balance (€)", "account balance", "book balance",
                // The book balance, as Portuguese, Brazilian and Italian banks name it beside the available one.
                "saldo contabilístico", "saldo contábil", "saldo contabile");
        // The balance the holder may spend, printed beside the booked one: never the running balance then.
        put(ColumnKind.AVAILABLE_BALANCE, "available balance", "saldo disponible", "solde disponible",
                "verfügbarer saldo", "saldo disponibile", "beschikbaar saldo", "saldo disponível");
        put(ColumnKind.OTHER, "cheque", "cheques", "check", "cheque no", "check no", "cheque number", "check number", "chq",
                "chq no", "ref", "reference", "ref no", "no", "type", "code", "category", "receipt", "serial",
                "card", "beleg", "belegnr", "référence", "num", "number", "transaction type", "trans type",
                "typ", "typ transakcji", "typ operacji", "rodzaj operacji", "rodzaj transakcji");
        // A card row's spending category ("Spend Categories" over "Restaurants", CIBC's): no part of the description.
        put(ColumnKind.OTHER, "categories", "spend category", "spend categories");
        // The row's sequence number ("N°" over "0042", "Sl No", "S.No"): a reference, never part of the description.
        put(ColumnKind.OTHER, "n°", "nº", "n.º", "no.", "seq", "seq no", "seq. no", "sequence", "sl no", "sl. no",
                "sr no", "sr. no", "s.no", "s. no", "s no", "sno", "serial no",
                // Written as one word ("SerNo.", a card statement's row number).
                "serno", "ser no", "serial number");
        // German and French: the short and the long forms of the booking and value dates.
        put(ColumnKind.DATE, "date d'opération", "date opé");
        put(ColumnKind.POSTING_DATE, "buchung", "date comptable");
        put(ColumnKind.OTHER_DATE, "valutadatum", "date de valeur");
        // Spanish, with the abbreviated dates ("F. Operación", "F. Valor").
        put(ColumnKind.DATE, "fecha operación", "fecha de operación", "f. operación", "f.operación", "f. oper",
                "f.oper", "fecha oper");
        put(ColumnKind.OTHER_DATE, "fecha valor", "fecha de valor", "f. valor", "f.valor");
        // The settlement date beside the operation's ("F. LIQ", "Fecha liq."): a value date by another name.
        put(ColumnKind.OTHER_DATE, "f. liq", "f.liq", "liq", "fecha liq", "fecha liquidación", "fecha de liquidación",
                "f. liquidación", "f.liquidación");
        put(ColumnKind.DESCRIPTION, "operación", "movimiento", "detalle", "comercio", "establecimiento");
        put(ColumnKind.DEBIT, "debe", "débito", "débitos");
        put(ColumnKind.CREDIT, "haber", "crédito", "créditos");
        put(ColumnKind.AMOUNT, "monto");
        // A card's instalments ("Monto Operación | Cuota | Valor Cuota"): the share billed this period is the
        // row's money; the purchase's whole amount and the instalment's number ("04/12") are not.
        put(ColumnKind.AMOUNT, "valor cuota", "valor cuota mensual");
        put(ColumnKind.OTHER, "cuota", "n° cuota", "nº cuota", "monto operación", "monto original");
        put(ColumnKind.OTHER, "referencia");
        // Peruvian "FECHA / PROC." the processing day, "MED / ATENCION" the channel ("ATM", "INTERNET") and "NRO / OPER."
        // the operation's number, each over two rows: codes on every row, no part of the description.
        put(ColumnKind.POSTING_DATE, "fecha proc", "f. proc");
        put(ColumnKind.OTHER, "med atención", "med. atención", "medio de atención", "medio atención", "nro oper",
                "nro. oper", "nro operación", "nro. operación", "n° operación", "nº operación");
        // Dutch: "Af" and "Bij" are money out and in, as columns or as the words of one sign column.
        put(ColumnKind.DATE, "transactiedatum");
        put(ColumnKind.POSTING_DATE, "boekdatum");
        put(ColumnKind.OTHER_DATE, "rentedatum");
        put(ColumnKind.DESCRIPTION, "naam", "omschrijving", "naam / omschrijving", "naam/omschrijving", "mededelingen");
        put(ColumnKind.DEBIT, "af", "bedrag af");
        put(ColumnKind.CREDIT, "bij", "bedrag bij");
        put(ColumnKind.AMOUNT, "bedrag");
        // Belgian Dutch money out and in ("Uitgaven" / "Inkomsten", KBC's).
        put(ColumnKind.DEBIT, "uitgaven");
        put(ColumnKind.CREDIT, "inkomsten", "ontvangsten");
        // Italian.
        put(ColumnKind.DATE, "data", "data operazione");
        put(ColumnKind.POSTING_DATE, "data contabile", "data registrazione", "data di registrazione");
        put(ColumnKind.OTHER_DATE, "data valuta");
        put(ColumnKind.DESCRIPTION, "descrizione", "causale");
        put(ColumnKind.DEBIT, "dare", "uscite", "addebiti");
        put(ColumnKind.CREDIT, "avere", "entrate", "accrediti");
        put(ColumnKind.AMOUNT, "importo");
        // Portuguese ("Valor" alone is the amount; "Data valor" the value date).
        put(ColumnKind.DATE, "data operação", "data mov", "data movimento", "data lanç", "data lançamento");
        // "Dia" (Portuguese, Spanish "Día"): the day of the row, as Banco do Brasil heads its date column ("Dia | Lote |
        // Documento | Histórico | Valor"); "Lote", the batch the bank booked the row in, a code of its own.
        put(ColumnKind.DATE, "dia", "día");
        put(ColumnKind.OTHER, "lote");
        put(ColumnKind.OTHER_DATE, "data valor");
        put(ColumnKind.DESCRIPTION, "descrição", "descritivo", "histórico", "lançamento", "lançamentos", "estabelecimento");
        put(ColumnKind.AMOUNT, "valor", "montante");
        // Polish ("Data operacji", "Kwota", "Saldo po operacji"; the booking date is the other date).
        put(ColumnKind.DATE, "data operacji", "data transakcji");
        put(ColumnKind.POSTING_DATE, "data księgowania");
        put(ColumnKind.OTHER_DATE, "data waluty");
        put(ColumnKind.DESCRIPTION, "opis", "opis operacji", "opis transakcji", "tytuł", "tytuł operacji");
        put(ColumnKind.DEBIT, "obciążenia", "obciążenie");
        put(ColumnKind.CREDIT, "uznania", "uznanie");
        put(ColumnKind.AMOUNT, "kwota", "kwota operacji", "kwota transakcji");
        put(ColumnKind.BALANCE, "saldo po operacji", "saldo po transakcji");
        // Czech.
        put(ColumnKind.DATE, "datum transakce", "datum provedení");
        put(ColumnKind.POSTING_DATE, "datum zaúčtování");
        put(ColumnKind.OTHER_DATE, "datum splatnosti");
        put(ColumnKind.DESCRIPTION, "popis", "popis transakce");
        put(ColumnKind.AMOUNT, "částka");
        // "Objem" (the volume, Fio banka's signed amount) and "Zpráva pro příjemce" (the message for the payee, the
        // row's text beside the other party's account and bank code).
        put(ColumnKind.AMOUNT, "objem");
        put(ColumnKind.DESCRIPTION, "zpráva pro příjemce", "zpráva");
        put(ColumnKind.BALANCE, "zůstatek");
        put(ColumnKind.DEBIT, "výdaj", "výdaje");
        put(ColumnKind.CREDIT, "příjem", "příjmy");
        // Hungarian ("Könyvelés dátuma" is the booking date, "Értéknap" the value date).
        put(ColumnKind.DATE, "dátum", "tranzakció dátuma", "teljesítés dátuma");
        put(ColumnKind.POSTING_DATE, "könyvelés dátuma", "könyvelési dátum");
        put(ColumnKind.OTHER_DATE, "értéknap");
        put(ColumnKind.DESCRIPTION, "közlemény", "leírás", "megnevezés", "tranzakció");
        put(ColumnKind.DEBIT, "terhelés");
        put(ColumnKind.CREDIT, "jóváírás");
        put(ColumnKind.AMOUNT, "összeg");
        put(ColumnKind.BALANCE, "egyenleg");
        // Turkish ("Borç" and "Alacak" are money out and in; "Valör" the value date: alone it folds to "valor", read
        // by HeaderRow as "Value" is, the value date only beside other money columns).
        put(ColumnKind.DATE, "tarih", "işlem tarihi");
        put(ColumnKind.OTHER_DATE, "valör tarihi");
        put(ColumnKind.DESCRIPTION, "açıklama", "işlem açıklaması");
        put(ColumnKind.DEBIT, "borç");
        put(ColumnKind.CREDIT, "alacak");
        put(ColumnKind.AMOUNT, "tutar", "işlem tutarı");
        put(ColumnKind.BALANCE, "bakiye");
        put(ColumnKind.OTHER, "işlem türü", "işlem tipi");
        // A card's instalment ("Taksit" over "2/6": the second of six): a count, neither a date nor money.
        put(ColumnKind.OTHER, "taksit", "taksit no", "taksit sayısı");
        NordicHeaderWords.headers(HeaderPhrases::put);
        // Indonesian ("Mutasi" is the movement, signed by its DB/CR word; "Cbg" the branch that booked the row).
        put(ColumnKind.DATE, "tanggal", "tanggal transaksi", "tgl");
        put(ColumnKind.DESCRIPTION, "keterangan", "uraian");
        put(ColumnKind.AMOUNT, "mutasi", "jumlah");
        put(ColumnKind.OTHER, "cbg", "cabang");
        // Money in beside "Debit" ("Debit" / "Kredit" / "Saldo", Mandiri's); money out as BRI and BNI spell it.
        put(ColumnKind.CREDIT, "kredit");
        put(ColumnKind.DEBIT, "debet");
        // Vietnamese, folded ("Ngày GD" the transaction day, "Số CT" the voucher number, "Ghi nợ" / "Ghi có" money
        // out and in, "Số dư" the balance).
        put(ColumnKind.DATE, "ngày gd", "ngày giao dịch", "ngày");
        put(ColumnKind.DESCRIPTION, "diễn giải", "nội dung", "nội dung giao dịch", "mô tả", "mô tả giao dịch",
                "nội dung chi tiết", "transactions in detail", "transaction in detail");
        // "Đối tác", the other party (Techcombank's name and account beside its "Diễn giải"): part of the description.
        put(ColumnKind.DESCRIPTION, "đối tác", "tên đối tác");
        // "Nợ" / "Có" alone (VietinBank's) are read accented (HeaderText): folded, they would be "No" and "Co".
        put(ColumnKind.DEBIT, "ghi nợ", "phát sinh nợ", "số tiền ghi nợ", "nợ");
        put(ColumnKind.CREDIT, "ghi có", "phát sinh có", "số tiền ghi có", "có");
        put(ColumnKind.AMOUNT, "số tiền");
        put(ColumnKind.BALANCE, "số dư");
        put(ColumnKind.OTHER, "số ct", "số chứng từ", "số tham chiếu");
        EasternEuropeanHeaderWords.headers(HeaderPhrases::put);
        // One column of debit/credit words or letters that sign the unsigned amount on their row; "Af Bij" a space
        // apart heads one column of "Af"/"Bij" marks (as two money columns, each word would stand over its own amounts).
        put(ColumnKind.SIGN, "af/bij", "bij/af", "af bij", "bij af", "d/c", "c/d", "dr/cr", "cr/dr", "db/cr", "s/h",
                "h/s", "d/h", "d/k", "k/d", "+/-", "-/+", "soll/haben", "debe/haber", "dare/avere", "debit/credit", "credit/debit");
        InformationalColumnWords.headers(HeaderPhrases::put);
        EastAsianWords.headers(HeaderPhrases::put);
        ThaiWords.headers(HeaderPhrases::put);
        HebrewWords.headers(HeaderPhrases::put);
        LaoBurmeseWords.headers(HeaderPhrases::put);
        BelarusianTajikWords.headers(HeaderPhrases::put);
        KyrgyzWords.headers(HeaderPhrases::put);
        TurkmenFaroeseWords.headers(HeaderPhrases::put);
        CatalanSwahiliHindiWords.headers(HeaderPhrases::put);
        MontenegrinBengaliWords.headers(HeaderPhrases::put);
        ArabicWords.headers(HeaderPhrases::put);
        AlbanianArmenianUzbekWords.headers(HeaderPhrases::put);
        EuropeanHeaderWords.headers(HeaderPhrases::put);
    }

    private HeaderPhrases() {
    }

    private static void put(ColumnKind kind, String... phrases) {
        for (String p : phrases) {
            PHRASES.put(p, kind);
        }
    }

    /** Every phrase as printed (not yet normalised) and the kind of column it names. */
    static Map<String, ColumnKind> all() {
        return Collections.unmodifiableMap(PHRASES);
    }
}
