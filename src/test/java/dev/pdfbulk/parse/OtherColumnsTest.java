package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Columns that are neither description nor the account's money: their cells never end a row or the table. */
class OtherColumnsTest {

    @Test
    void aMarkSetApartAfterTheDescriptionIsNoTextOfIt() throws Exception {
        // A service-fee mark column with no header: "##" stands far right of the text, on the row it marks.
        for (String mark : new String[] {"##", "*", "\u2020"}) {
            Statement s = parse(new PageSketch(1)
                    .line(40, "Statement from 01 May 2025 to 31 May 2025").gap(20)
                    .line(40, "Date", 100, "Details", 400, "Debits", 470, "Credits", 540, "Balance")
                    .cell(40, "01/05/2025").cell(100, "BALANCE BROUGHT FORWARD").right(575, "100.00").next()
                    .cell(40, "02/05/2025").cell(100, "CASH WITHDRAWAL").cell(300, mark).right(435, "10.00")
                            .right(575, "90.00").next()
                    .cell(40, "03/05/2025").cell(100, "SALARY ACME LTD").right(505, "5.00").right(575, "95.00").next());
            assertThat(s.transactions()).as(mark).extracting(Transaction::description)
                    .containsExactly("CASH WITHDRAWAL", "SALARY ACME LTD");
            assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        }
    }

    @Test
    void aMarkWithinTheDescriptionStaysText() throws Exception {
        // Text after the mark, or a mark set a space from the text, is the description's own.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement from 01 May 2025 to 31 May 2025").gap(20)
                .line(40, "Date", 100, "Details", 400, "Debits", 470, "Credits", 540, "Balance")
                .cell(40, "01/05/2025").cell(100, "BALANCE BROUGHT FORWARD").right(575, "100.00").next()
                .cell(40, "02/05/2025").cell(100, "CARD").cell(200, "**").cell(300, "4821").right(435, "10.00")
                        .right(575, "90.00").next()
                .cell(40, "03/05/2025").cell(100, "SALARY ACME LTD **").right(505, "5.00").right(575, "95.00").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("CARD ** 4821", "SALARY ACME LTD **");
    }

    @Test
    void aCurrencyCodeBeforeTheAmountUnderNoHeaderIsItsUnit() throws Exception {
        // The currency column's header is not printed, yet "EUR" stands in it before the opening balance.
        Statement s = parse(new PageSketch(1)
                .line(40, "Extrait de compte du 01-05-2025 au 31-05-2025").gap(20)
                .line(40, "N\u00b0", 70, "Date", 120, "Description", 420, "Valeur", 520, "Montant")
                .cell(120, "Solde pr\u00e9c\u00e9dent").cell(470, "EUR").right(555, "1 000,00").next()
                .cell(40, "0042").cell(70, "02-05-2025").cell(120, "Paiement Bancontact").cell(420, "02-05")
                        .right(555, "-10,00").next()
                .cell(40, "0043").cell(70, "03-05-2025").cell(120, "Virement").cell(420, "03-05")
                        .right(555, "+5,00").next()
                .cell(120, "Nouveau solde").cell(470, "EUR").right(555, "995,00").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Paiement Bancontact", "Virement");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-10.00"), new BigDecimal("5.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aCurrencyCodeOnEveryRowIsACellOfItsOwnColumn() throws Exception {
        // "Ccy" sits a space after "Balance", where a currency would qualify it: it heads a column of its own.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 100, "Description", 330, "Debit", 390, "Credit", 455, "Balance", 505, "Ccy")
                .cell(40, "01/08/2025").cell(100, "Opening balance").right(490, "100.00").cell(505, "EUR").next()
                .cell(40, "02/08/2025").cell(100, "RENT").right(355, "10.00").right(490, "90.00").cell(505, "EUR").next()
                .cell(40, "03/08/2025").cell(100, "REFUND").right(420, "5.00").right(490, "95.00").cell(505, "EUR").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-10.00"), new BigDecimal("5.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aCurrencyColumnHeadedByItsShortFormIsNoPartOfTheDescription() throws Exception {
        // German "Whg" (Währung) over "EUR" on every row, right of the description.
        for (String currency : new String[] {"Whg", "Whrg", "Währ.", "Cur", "Ccy", "Curr.", "Dev."}) {
            Statement s = parse(new PageSketch(1)
                    .line(40, "Kontoauszug", 140, "Zeitraum 01.03.2025 - 31.03.2025").gap(20)
                    .line(40, "Buchung", 100, "Valuta", 160, "Vorgang", 330, currency, 420, "Betrag", 500, "Saldo")
                    .cell(160, "alter Kontostand").right(540, "100,00").next()
                    .cell(40, "03.03.").cell(100, "05.03.").cell(160, "Telekom").cell(330, "EUR").right(460, "-10,00")
                    .right(540, "90,00").next()
                    .cell(40, "04.03.").cell(100, "04.03.").cell(160, "Gehalt").cell(330, "EUR").right(460, "1.000,00")
                    .right(540, "1.090,00").next()
                    .cell(160, "neuer Kontostand").right(540, "1.090,00").next());
            assertThat(s.transactions()).as(currency).extracting(Transaction::description)
                    .containsExactly("Telekom", "Gehalt");
            assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        }
    }

    @Test
    void aRewardPointsColumnIsNeitherMoneyNorDescription() throws Exception {
        // A card prints the points each purchase earned between the description and the amount.
        for (String points : new String[] {"Reward Points", "Points", "Pts"}) {
            Statement s = parse(new PageSketch(1)
                    .line(40, "Credit limit 3,50,000")
                    .line(40, "Statement Period: 14/04/2025 To 13/05/2025")
                    .line(40, "Opening Balance", 200, "1,000.00")
                    .line(40, "Closing Balance", 200, "1,590.00").gap(20)
                    .line(40, "Date", 110, "Transaction Description", 400, points,
                            490, "Amount (in Rs.)")
                    .cell(40, "14/04/2025").cell(110, "AMAZON PAY INDIA BANGALORE").right(430, "78").right(546, "5,901.73")
                    .next()
                    .cell(40, "26/04/2025").cell(110, "NETBANKING TRANSFER").right(546, "5,311.73 Cr").next());
            assertThat(s.transactions()).extracting(Transaction::description)
                    .containsExactly("AMAZON PAY INDIA BANGALORE", "NETBANKING TRANSFER");
            assertThat(s.transactions()).extracting(Transaction::amount)
                    .containsExactly(new BigDecimal("-5901.73"), new BigDecimal("5311.73"));
            assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        }
    }

    @Test
    void aCashbackColumnBesideTheAmountIsNoMoneyOfTheRow() throws Exception {
        // "67.78 Cr" under "Cashback Earned" is credited later as a row of its own; the header cells set apart or
        // run together into one.
        for (float cashbackAt : new float[] {400, 395}) {
            Statement s = parse(new PageSketch(1)
                    .line(40, "Credit limit 2,50,000.00")
                    .line(40, "Statement Period: 16/07/2025 To 15/08/2025")
                    .line(40, "Opening Balance", 200, "1,000.00 Dr")
                    .line(40, "Closing Balance", 200, "3,389.15 Dr").gap(20)
                    .line(40, "Date", 110, "Transaction Details", 330, "Amount (Rs.)", cashbackAt, "Cashback Earned")
                    .cell(40, "19/07/2025").cell(110, "FLIPKART INTERNET").right(390, "3,389.15 Dr").right(cashbackAt + 75, "67.78 Cr")
                    .next()
                    .cell(40, "22/07/2025").cell(110, "PAYMENT RECEIVED").right(390, "1,000.00 Cr").next());
            assertThat(s.transactions()).as("%s", cashbackAt).extracting(Transaction::description)
                    .containsExactly("FLIPKART INTERNET", "PAYMENT RECEIVED");
            assertThat(s.transactions()).extracting(Transaction::amount)
                    .containsExactly(new BigDecimal("-3389.15"), new BigDecimal("1000.00"));
            assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        }
    }

    @Test
    void anAbbreviatedCodeColumnBesideTheValueDateIsNoCurrencyOfIt() throws Exception {
        // "COD." set close after "F. LIQ" heads the code column; read as a currency it would widen the value date
        // over the codes ("A15") and no row would be read.
        Statement s = parse(new PageSketch(1)
                .line(40, "Periodo 01/05/2025 al 31/05/2025").gap(20)
                .line(40, "FECHA", 100, "F. LIQ", 140, "COD.", 180, "DESCRIPCIÓN", 330, "CARGOS", 390, "ABONOS",
                        455, "SALDO")
                .cell(40, "01/05/2025").cell(100, "01/05/2025").cell(180, "SALDO ANTERIOR").right(490, "100.00").next()
                .cell(40, "02/05/2025").cell(100, "03/05/2025").cell(140, "A15").cell(180, "PAGO TELMEX")
                .right(355, "10.00").right(490, "90.00").next()
                .cell(40, "04/05/2025").cell(100, "04/05/2025").cell(140, "W02").cell(180, "DEPOSITO NOMINA")
                .right(420, "5.00").right(490, "95.00").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-10.00"), new BigDecimal("5.00"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("PAGO TELMEX", "DEPOSITO NOMINA");
        assertThat(s.transactions().get(0).date()).isEqualTo(LocalDate.of(2025, 5, 2));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aCellOfSeveralWordsStaysInItsColumn() throws Exception {
        // "SEPA TRANSFER" runs well past the right edge of "Type"; left-aligned with it, it is one cell.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 100, "Type", 200, "Description", 330, "Debit", 390, "Credit", 455, "Balance")
                .cell(40, "01/08/2025").cell(200, "Opening balance").right(490, "100.00").next()
                .cell(40, "02/08/2025").cell(100, "SEPA TRANSFER").cell(200, "RENT").right(355, "10.00")
                .right(490, "90.00").next()
                .cell(40, "03/08/2025").cell(100, "CARD").cell(200, "REFUND").right(420, "5.00").right(490, "95.00")
                .next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("RENT", "REFUND");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void theBranchOrChannelARowCameThroughIsACellOfItsOwnColumn() throws Exception {
        // "Originating Branch" between the balance and the narration: its cells are no part of the description.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 100, "Debit", 160, "Credit", 225, "Balance", 270, "Originating Branch", 390, "Narration")
                .cell(40, "01/08/2025").right(260, "100.00").cell(390, "Opening balance").next()
                .cell(40, "02/08/2025").right(125, "10.00").right(260, "90.00").cell(270, "E-CHANNELS")
                .cell(390, "RENT").next()
                .cell(40, "03/08/2025").right(185, "5.00").right(260, "95.00").cell(270, "IKEJA BRANCH")
                .cell(390, "REFUND").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("RENT", "REFUND");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(HeaderVocabulary.kindOf("Channel")).isEqualTo(ColumnKind.OTHER);
        assertThat(HeaderVocabulary.kindOf("Teller")).isEqualTo(ColumnKind.OTHER);
    }

    @Test
    void anIbanOnEveryRowIsACellOfItsOwnColumn() throws Exception {
        // The other party's IBAN, one code a cell, between the type and the description: left out, never the end.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 100, "IBAN", 200, "Description", 330, "Debit", 390, "Credit", 455, "Balance")
                .cell(40, "01/08/2025").cell(200, "Opening balance").right(490, "100.00").next()
                .cell(40, "02/08/2025").cell(100, "NL44ABNA0498765432").cell(200, "RENT").right(355, "10.00")
                .right(490, "90.00").next()
                .cell(40, "03/08/2025").cell(100, "NL20INGB0001234567").cell(200, "REFUND").right(420, "5.00")
                .right(490, "95.00").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("RENT", "REFUND");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void anAccountNumberInGroupsStaysInItsColumn() throws Exception {
        // "Counter account" over IBANs printed in groups of four; "Account" alone names the same column.
        for (String header : new String[] {"Counter account", "Account", "Konto", "Tegenrekening"}) {
            Statement s = parse(new PageSketch(1)
                    .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                    .line(40, "Date", 100, header, 250, "Description", 330, "Debit", 390, "Credit", 455, "Balance")
                    .cell(40, "01/08/2025").cell(250, "Opening balance").right(490, "100.00").next()
                    .cell(40, "02/08/2025").cell(100, "NL44 ABNA 0498 7654 32").cell(250, "RENT")
                    .right(355, "10.00").right(490, "90.00").next()
                    .cell(40, "03/08/2025").cell(100, "DE89 3704 0044 0532 0130 00").cell(250, "REFUND")
                    .right(420, "5.00").right(490, "95.00").next());
            assertThat(s.transactions()).as(header).extracting(Transaction::description)
                    .containsExactly("RENT", "REFUND");
            assertThat(s.reconciliation().status()).as(header).isEqualTo(ReconciliationStatus.RECONCILED);
        }
    }

    @Test
    void anAccountTitleRightAboveTheHeaderIsNoHeaderRow() throws Exception {
        // "Account" names a column, yet the title line it stands in is no row of the header below it.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "SHARE DRAFT CHECKING", 200, "Account XXXXXX6275 (continued)")
                .line(40, "Date", 100, "Description", 400, "Amount", 480, "Balance")
                .cell(40, "01/08/2025").cell(100, "Opening balance").right(515, "100.00").next()
                .cell(40, "02/08/2025").cell(100, "DEBIT CARD PURCHASE THE LOCAL TAVERN").right(430, "-10.00")
                .right(515, "90.00").next()
                .cell(40, "03/08/2025").cell(100, "ONLINE TRANSFER FROM SAV XXXXXX4102").right(430, "5.00")
                .right(515, "95.00").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("DEBIT CARD PURCHASE THE LOCAL TAVERN", "ONLINE TRANSFER FROM SAV XXXXXX4102");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void anAmountInAForeignCurrencyIsNotTheAccountsAmount() throws Exception {
        // "Original amount" and "Currency" name no money of the account; "Amount (£)" does.
        Statement s = parse(new PageSketch(1)
                .line(40, "Credit limit £5,000.00")
                .line(40, "Statement date 01/08/2025")
                .line(40, "Previous balance", 200, "£500.00")
                .line(40, "New balance", 200, "£530.00").gap(20)
                .line(40, "Date", 100, "Description", 290, "Original amount", 370, "Currency", 440, "Amount (£)")
                .cell(40, "24/07").cell(100, "HOTEL").right(365, "45.00").cell(370, "USD").right(490, "36.00").next()
                .cell(40, "26/07").cell(100, "GROCER").right(490, "44.00").next()
                .cell(40, "28/07").cell(100, "PAYMENT RECEIVED").right(490, "-50.00").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-36.00"), new BigDecimal("-44.00"), new BigDecimal("50.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void anExchangeRateAndAForeignAmountAreNotTheAccountsMoney() throws Exception {
        // "Kurs" (the rate) and "Betrag Fremdwährung" are columns of their own; their numbers are no money.
        Statement s = parse(new PageSketch(1)
                .line(40, "Kontoauszug 01.08.2025 - 31.08.2025").gap(20)
                .line(40, "Datum", 100, "Verwendungszweck", 260, "Betrag Fremdwährung", 380, "Kurs", 460, "Betrag EUR")
                .cell(100, "Alter Saldo").right(510, "500,00").next()
                .cell(40, "02.08.25").cell(100, "HOTEL NEW YORK").cell(300, "USD 31,47").cell(380, "1,08230")
                .right(510, "29,08-").next()
                .cell(40, "03.08.25").cell(100, "GROCER").right(510, "44,00-").next()
                .cell(40, "04.08.25").cell(100, "TESCO LONDON").cell(300, "GBP 58,48").cell(380, "0,84310")
                .right(510, "69,36-").next()
                .cell(100, "Neuer Saldo").right(510, "357,56").next());
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-29.08"),
                new BigDecimal("-44.00"), new BigDecimal("-69.36"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aTradesQuantityAndPriceAreNotTheAccountsMoney() throws Exception {
        // A brokerage's cash activity: the shares traded and their price stand beside the amount the cash moved.
        for (String[] heads : new String[][] {{"Quantity", "Price($)"}, {"Qty", "Unit price"}, {"Shares", "Price"}}) {
            Statement s = parse(new PageSketch(1)
                    .line(40, "Statement Period 05/01/2025 to 05/31/2025").gap(20)
                    .line(40, "Date", 80, "Activity", 160, "Description", 370 - 5 * heads[0].length(), heads[0],
                            430 - 5 * heads[1].length(), heads[1], 450, "Amount", 520, "Balance")
                    .cell(160, "Opening balance").right(555, "1,000.00").next()
                    .cell(40, "05/02").cell(80, "Bought").cell(160, "APPLE INC").right(370, "3").right(430, "$200.00")
                    .right(480, "(600.00)").right(555, "400.00").next()
                    .cell(40, "05/03").cell(80, "Sold").cell(160, "APPLE INC").right(370, "-1").right(430, "$210.00")
                    .right(480, "210.00").right(555, "610.00").next()
                    .cell(40, "05/04").cell(80, "Dividend").cell(160, "MICROSOFT CORP").right(480, "5.00")
                    .right(555, "615.00").next()
                    .cell(160, "Closing balance").right(555, "615.00").next());
            assertThat(s.transactions()).as(heads[0]).extracting(Transaction::description)
                    .containsExactly("APPLE INC", "APPLE INC", "MICROSOFT CORP");
            assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-600.00"),
                    new BigDecimal("210.00"), new BigDecimal("5.00"));
            assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        }
    }

    @Test
    void aDescriptionThatRunsOnIntoTheNextColumnKeepsItsWords() throws Exception {
        // "Abrechnung" starts in the text area and ends under the foreign-amount column; the rest of its cell
        // ("vom 15.04.2025") is still description, not a cell of that column.
        Statement s = parse(new PageSketch(1)
                .line(40, "Kontoauszug 01.08.2025 - 31.08.2025").gap(20)
                .line(40, "Datum", 100, "Verwendungszweck", 260, "Betrag Fremdwährung", 380, "Kurs", 460, "Betrag EUR")
                .cell(100, "Alter Saldo").right(510, "500,00").next()
                .cell(40, "02.08.25").cell(100, "Lastschrift Ausgleich der Abrechnung vom 15.04.2025")
                .right(510, "100,00+").next()
                .cell(40, "03.08.25").cell(100, "GROCER").right(510, "44,00-").next()
                .cell(100, "Neuer Saldo").right(510, "556,00").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Lastschrift Ausgleich der Abrechnung vom 15.04.2025", "GROCER");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aTimeOfDayAndATransactionIdOnEveryRowAreCellsOfTheirOwnColumns() throws Exception {
        // As an app bank prints: the time beside the date, then the bank's code for the transaction.
        for (String[] heads : new String[][] {{"Time", "Transaction ID"}, {"Uhrzeit", "Txn ID"},
                {"Heure", "Transaction reference"}, {"Time", "ID"}}) {
            Statement s = parse(new PageSketch(1)
                    .line(40, "Account transactions from 1 May 2025 to 31 May 2025").gap(20)
                    .line(40, "Date", 100, heads[0], 140, heads[1], 260, "Description", 400, "Money out", 460,
                            "Money in", 520, "Balance")
                    .cell(260, "Opening balance").right(560, "100.00").next()
                    .cell(40, "2025-05-02").cell(100, "10:36").cell(140, "137242a6").cell(260, "RENT")
                    .right(445, "10.00").right(560, "90.00").next()
                    .cell(40, "2025-05-03").cell(100, "14:32:05").cell(140, "90817263").cell(260, "REFUND")
                    .right(500, "5.00").right(560, "95.00").next());
            assertThat(s.transactions()).as(heads[1]).extracting(Transaction::description)
                    .containsExactly("RENT", "REFUND");
            assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        }
    }

    @Test
    void headerCellsSetTightEnoughToGlueIntoOneWordNameTheirColumns() throws Exception {
        // "Transaction ID" printed a hair before "Description" comes out as "Transaction IDDescription".
        Statement s = parse(new PageSketch(1)
                .line(40, "Account transactions from 1 May 2025 to 31 May 2025").gap(20)
                .line(40, "Date", 140, "Transaction IDDescription", 400, "Money out", 460, "Money in", 520, "Balance")
                .cell(210, "Opening balance").right(560, "100.00").next()
                .cell(40, "2025-05-02").cell(140, "137242a6").cell(210, "RENT").right(445, "10.00").right(560, "90.00")
                .next()
                .cell(40, "2025-05-03").cell(140, "90817263").cell(210, "REFUND").right(500, "5.00").right(560, "95.00")
                .next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("RENT", "REFUND");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aTaxColumnBesideTheMoneyIsNoAmountOfTheRow() throws Exception {
        // "Tax" set close after "Deposits (RM)" was read as a unit of Deposits, a three-letter code: its 0.60 became a
        // deposit on the charge's row. Set apart, it was no column, and its figure made the row none of the table's.
        for (float taxRight : new float[] {505, 530}) {
            for (String tax : new String[] {"Tax (RM)", "Tax", "GST", "SST"}) {
                float taxLeft = taxRight - tax.length() * PageSketch.CHAR;
                PageSketch p = new PageSketch(1)
                        .line(330, "Period : 01/05/2025 - 31/05/2025").gap(20)
                        .line(40, "Date", 100, "Description", 330, "Withdrawal (RM)", 400, "Deposits (RM)", taxLeft,
                                tax, 540, "Balance (RM)")
                        .cell(100, "OPENING BALANCE").right(600, "4,210.55").next()
                        .cell(40, "03/05/2025").cell(100, "SALARY CREDIT ACME").right(465, "8,500.00")
                                .right(600, "12,710.55").next()
                        .cell(40, "15/05/2025").cell(100, "SERVICE CHARGE").right(400, "250.00")
                                .right(taxRight, "0.60").right(600, "12,460.55").next()
                        .cell(100, "CLOSING BALANCE").right(600, "12,460.55").next();
                List<Line> lines = Line.of(p.page());
                TableColumns columns = HeaderDetector.detect(lines, 1).orElseThrow().columns();
                assertThat(columns.columns()).as(tax).extracting(Column::kind).containsExactly(ColumnKind.DATE,
                        ColumnKind.DESCRIPTION, ColumnKind.DEBIT, ColumnKind.CREDIT, ColumnKind.OTHER,
                        ColumnKind.BALANCE);
                Statement s = parse(p);
                assertThat(s.transactions()).as(tax).extracting(Transaction::amount)
                        .containsExactly(new BigDecimal("8500.00"), new BigDecimal("-250.00"));
                assertThat(s.reconciliation().status()).as(tax).isEqualTo(ReconciliationStatus.RECONCILED);
            }
        }
    }

    @Test
    void aServiceFeeColumnOfMarksIsNoPartOfTheRow() throws Exception {
        // "##" marks the rows that attract a fee, charged later as a row of its own; the date follows the money.
        for (String fee : new String[] {"Service Fee", "Service Charge", "Fee", "Svc"}) {
            Statement s = parse(new PageSketch(1)
                    .line(40, "Statement from 01 May 2025 to 31 May 2025").gap(20)
                    .line(40, "Details", 250, fee, 330, "Debits", 400, "Credits", 440, "Date", 520, "Balance")
                    .cell(40, "BALANCE BROUGHT FORWARD").cell(440, "01 May").right(560, "100.00").next()
                    .cell(40, "CASH WITHDRAWAL").cell(260, "##").right(360, "10.00-").cell(440, "02 May")
                    .right(560, "90.00").next()
                    .cell(40, "SALARY").right(430, "5.00").cell(440, "03 May").right(560, "95.00").next()
                    .cell(40, "FEE: CASH WITHDRAWAL").right(360, "2.00-").cell(440, "31 May").right(560, "93.00").next());
            assertThat(s.transactions()).as(fee).extracting(Transaction::description)
                    .containsExactly("CASH WITHDRAWAL", "SALARY", "FEE: CASH WITHDRAWAL");
            assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        }
    }

    @Test
    void aLineWithWordsUnderTheValueDateColumnThatAreNoDateIsNoneOfTheTablesLines() throws Exception {
        // Nordea: a footer set from the left margin under the two date columns, a little over two rows below the
        // last row. Its words under the posting date are no date, so it is no wrapped line of that row.
        Statement s = parse(new PageSketch(1)
                .line(40, "Period 2025-05-01 - 2025-05-31").gap(20)
                .line(40, "Bokföringsdag", 120, "Transaktionsdag", 200, "Text", 440, "Belopp", 530, "Saldo")
                .cell(200, "Ingående saldo 2025-04-30").right(570, "1 000,00").next()
                .cell(40, "2025-05-02").cell(120, "2025-05-01").cell(200, "Autogiro FOLKSAM").right(470, "-100,00")
                .right(570, "900,00").next()
                .cell(40, "2025-05-03").cell(120, "2025-05-02").cell(200, "Autogiro TELIA SVERIGE AB")
                .right(470, "-50,00").right(570, "850,00").next()
                .gap(18)
                .line(40, "Nordea Bank Abp, filial i Sverige, Smålandsgatan 17, 105 71 Stockholm."));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Autogiro FOLKSAM", "Autogiro TELIA SVERIGE AB");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aReferenceOrDocumentNumberColumnInAnyLanguageIsNoPartOfTheDescription() throws Exception {
        // Unknown, the header word would join the text column, and every row's number its description.
        for (String header : new String[] {"Referens", "Docto.", "Nº doc.", "Documento", "Código", "Riferimento",
            "N. operazione", "Kenmerk", "Nr ref.", "Ref.nr"}) {
            Statement s = parse(new PageSketch(1)
                    .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                    .line(40, "Date", 100, "Description", 250, header, 330, "Debit", 390, "Credit", 455, "Balance")
                    .cell(40, "01/08/2025").cell(100, "Opening balance").right(490, "100.00").next()
                    .cell(40, "02/08/2025").cell(100, "RENT").cell(250, "8469366227").right(355, "10.00")
                    .right(490, "90.00").next()
                    .cell(40, "03/08/2025").cell(100, "REFUND").cell(250, "1705029").right(420, "5.00")
                    .right(490, "95.00").next());
            assertThat(s.transactions()).as(header).extracting(Transaction::description)
                    .containsExactly("RENT", "REFUND");
            assertThat(s.reconciliation().status()).as(header).isEqualTo(ReconciliationStatus.RECONCILED);
        }
    }

    @Test
    void aLocationColumnBesideTheMerchantIsNoPartOfTheDescription() throws Exception {
        // A card's city column is printed apart from the merchant, as a reference is: the merchant's cell is the row.
        for (String header : new String[] {"Localidad", "Location", "City", "Ort", "Lieu", "Località"}) {
            Statement s = parse(new PageSketch(1)
                    .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                    .line(40, "Date", 100, "Description", 250, header, 330, "Debit", 390, "Credit", 455, "Balance")
                    .cell(40, "01/08/2025").cell(100, "Opening balance").right(490, "100.00").next()
                    .cell(40, "02/08/2025").cell(100, "CARREFOUR").cell(250, "VALENCIA").right(355, "10.00")
                    .right(490, "90.00").next()
                    .cell(40, "03/08/2025").cell(100, "UBER TRIP").cell(250, "LONDRES").right(420, "5.00")
                    .right(490, "95.00").next());
            assertThat(s.transactions()).as(header).extracting(Transaction::description)
                    .containsExactly("CARREFOUR", "UBER TRIP");
            assertThat(s.reconciliation().status()).as(header).isEqualTo(ReconciliationStatus.RECONCILED);
        }
    }

    @Test
    void anUnknownHeaderWordSetApartHeadsAColumnOfItsOwn() throws Exception {
        // "Land" is no word of the vocabulary, but it stands over its own cells ("CH", "LU"), a cell apart from the
        // merchant: a reader sees a column there, not the end of the merchant's name.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Datum", 90, "Text", 250, "Land", 330, "Belastung CHF", 410, "Gutschrift CHF")
                .cell(40, "02.08.25").cell(90, "AMAZON EU SARL").cell(250, "LU").right(390, "10.00").next()
                .cell(40, "03.08.25").cell(90, "MIGROS ZUERICH").cell(250, "CH").right(470, "5.00").next()
                .cell(40, "04.08.25").cell(90, "Bearbeitungsgebuehr").right(390, "0.20").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("AMAZON EU SARL", "MIGROS ZUERICH", "Bearbeitungsgebuehr");
        assertThat(s.transactions()).extracting(t -> t.amount().toPlainString())
                .containsExactly("-10.00", "5.00", "-0.20");
    }

    @Test
    void anUnknownHeaderWordWhereNoDescriptionIsNamedStaysTheText() throws Exception {
        // "Descriere" is no word of the vocabulary either; with no description column named, it heads the text.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Data", 100, "Descriere", 330, "Debit", 400, "Credit")
                .cell(40, "02.08.2025").cell(100, "PLATA POS KAUFLAND").right(355, "10.00").next()
                .cell(40, "03.08.2025").cell(100, "INCASARE SALARIU").right(425, "5.00").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("PLATA POS KAUFLAND", "INCASARE SALARIU");
    }
}
