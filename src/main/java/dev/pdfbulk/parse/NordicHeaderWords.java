package dev.pdfbulk.parse;

import java.util.function.BiConsumer;

/**
 * The words Swedish, Danish, Norwegian and Finnish statements print over their transaction columns. Plain data, handed
 * to {@link HeaderPhrases} where it lists them (a phrase listed later replaces an earlier one).
 */
final class NordicHeaderWords {

    private NordicHeaderWords() {
    }

    /** Hands every header phrase to {@code put}, by the kind of column it names. */
    static void headers(BiConsumer<ColumnKind, String[]> put) {
        // Swedish ("Text" and "Saldo" are German words too; a lone booking day serves as the date; a card's
        // "Köpdatum" the purchase date, "Bokf.datum" its booking date).
        put.accept(ColumnKind.DATE, new String[] {"transaktionsdag", "transaktionsdatum", "köpdatum", "köpdag"});
        put.accept(ColumnKind.POSTING_DATE, new String[] {"bokföringsdag", "bokföringsdatum", "bokf.datum", "bokf. datum", "bokf.dag"});
        put.accept(ColumnKind.OTHER_DATE, new String[] {"valutadag"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"beskrivning", "specifikation"});
        put.accept(ColumnKind.DEBIT, new String[] {"uttag"});
        put.accept(ColumnKind.CREDIT, new String[] {"insättning", "insättningar"});
        put.accept(ColumnKind.AMOUNT, new String[] {"belopp"});
        // The bank's voucher number for the row ("Verifikationsnummer", often broken "Verifikations-" over "nummer").
        put.accept(ColumnKind.OTHER, new String[] {"verifikationsnummer", "verifikationsnr", "verifikation", "ver.nr", "ver nr"});
        // Danish and Norwegian ("Bogført" the booking date, "Rentedato" the value date, "Ut fra konto" / "Inn på konto"
        // money out and in; "Saldo" is shared with the languages above).
        put.accept(ColumnKind.DATE, new String[] {"dato", "transaktionsdato", "transaksjonsdato", "købsdato", "kjøpsdato"});
        put.accept(ColumnKind.POSTING_DATE, new String[] {"bogført", "bokført", "bogføringsdato", "bokføringsdato", "posteringsdato"});
        put.accept(ColumnKind.OTHER_DATE, new String[] {"rentedato", "rentedag"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"tekst", "forklaring", "beskrivelse", "posteringstekst", "transaksjonstekst"});
        put.accept(ColumnKind.DEBIT, new String[] {"ut", "ut fra konto", "ut av konto", "uttak", "beløp ut", "udbetaling", "udbetalinger",
                "hævet", "hævninger"});
        put.accept(ColumnKind.CREDIT, new String[] {"inn", "inn på konto", "innskudd", "beløp inn", "indbetaling", "indbetalinger", "indsat"});
        put.accept(ColumnKind.AMOUNT, new String[] {"beløb", "beløp"});
        // Finnish ("Kirjaus-/päivä" the booking day, "Arvopäivä" the value day, "Maksupäivä" the payment day, the row's
        // own; "Tapahtuma", the kind of transaction, is secondary text: "KORTTIOSTO" beside the payee is no part of it).
        put.accept(ColumnKind.DATE, new String[] {"maksupäivä", "tapahtumapäivä", "päivämäärä", "pvm"});
        put.accept(ColumnKind.POSTING_DATE, new String[] {"kirjauspäivä"});
        put.accept(ColumnKind.OTHER_DATE, new String[] {"arvopäivä"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"saaja/maksaja", "saaja/maksaja, viesti", "maksaja/saaja", "selite", "viesti"});
        put.accept(ColumnKind.OTHER, new String[] {"tapahtumalaji", "arkistointitunnus"});
        put.accept(ColumnKind.AMOUNT, new String[] {"määrä"});
    }
}
