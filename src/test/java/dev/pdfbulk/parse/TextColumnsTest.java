package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Several text columns (the other party, the details): one description, their cells joined left to right. */
class TextColumnsTest {

    @Test
    void remarksAloneAreTheDescriptionWhereverTheyStand() throws Exception {
        // Remarks last, after the balance, and no other text column: they describe the row.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Trans. Date", 110, "Reference", 205, "Debits", 270, "Credits", 330, "Balance", 400, "Remarks")
                .cell(40, "01/08/2025").right(365, "100.00").cell(400, "Opening balance").next()
                .cell(40, "02/08/2025").cell(110, "FT3455800").right(235, "10.00").right(365, "90.00")
                .cell(400, "AIRTIME PURCHASE").next()
                .cell(40, "03/08/2025").cell(110, "NIP7319858").right(305, "5.00").right(365, "95.00")
                .cell(400, "TRANSFER FROM T BAKARE").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("AIRTIME PURCHASE", "TRANSFER FROM T BAKARE");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void remarksBesideADescriptionAreLeftOutOfIt() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 100, "Description", 240, "Remarks", 330, "Debit", 390, "Credit", 455, "Balance")
                .cell(40, "01/08/2025").cell(100, "Opening balance").right(490, "100.00").next()
                .cell(40, "02/08/2025").cell(100, "RENT").cell(240, "MAY").right(355, "10.00").right(490, "90.00").next()
                .cell(40, "03/08/2025").cell(100, "REFUND").cell(240, "ORDER 7").right(420, "5.00").right(490, "95.00")
                .next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("RENT", "REFUND");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(HeaderVocabulary.kindOf("Remarks")).isEqualTo(ColumnKind.DESCRIPTION);
    }

    @Test
    void anActivityBesideADescriptionIsItsTypeAndAloneItIsTheDescription() throws Exception {
        // A brokerage's cash activity: "Activity" names the kind of row, "Description" describes it.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 100, "Activity", 170, "Description", 330, "Amount", 455, "Balance")
                .cell(40, "01/08/2025").cell(170, "Opening balance").right(490, "100.00").next()
                .cell(40, "02/08/2025").cell(100, "BOUGHT").cell(170, "APPLE INC").right(360, "-10.00")
                .right(490, "90.00").next()
                .cell(40, "03/08/2025").cell(100, "DIVIDEND").cell(170, "MSFT").right(360, "5.00").right(490, "95.00")
                .next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("APPLE INC", "MSFT");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);

        Statement alone = parse(new PageSketch(1)
                .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 100, "Activity", 330, "Amount", 455, "Balance")
                .cell(40, "01/08/2025").cell(100, "Opening balance").right(490, "100.00").next()
                .cell(40, "02/08/2025").cell(100, "CARD PURCHASE APPLE").right(360, "-10.00").right(490, "90.00").next()
                .cell(40, "03/08/2025").cell(100, "DIVIDEND MSFT").right(360, "5.00").right(490, "95.00").next());
        assertThat(alone.transactions()).extracting(Transaction::description)
                .containsExactly("CARD PURCHASE APPLE", "DIVIDEND MSFT");
    }

    @Test
    void aPolishTransactionTypeIsNoPartOfTheDescription() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Okres od 01.08.2025 do 31.08.2025").gap(20)
                .line(40, "Data", 100, "Opis", 230, "Typ transakcji", 330, "Kwota", 455, "Saldo")
                .cell(40, "01.08.2025").cell(100, "Saldo początkowe").right(490, "100,00").next()
                .cell(40, "02.08.2025").cell(100, "CZYNSZ").cell(230, "PRZELEW").right(360, "-10,00")
                .right(490, "90,00").next()
                .cell(40, "03.08.2025").cell(100, "ZWROT").cell(230, "UZNANIE").right(360, "5,00").right(490, "95,00")
                .next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("CZYNSZ", "ZWROT");
    }

    @Test
    void theCounterpartyAndTheDetailsMakeTheDescription() throws Exception {
        // "Counterparty" names a text column; the IBAN between it and the details is left out, as the type is.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 100, "Counterparty", 175, "IBAN", 275, "Details", 400, "Out", 445, "In",
                        500, "Balance")
                .cell(40, "01/08/2025").cell(275, "Opening balance").right(535, "100.00").next()
                .cell(40, "02/08/2025").cell(100, "ACME LTD").cell(175, "NL44ABNA0498765432")
                .cell(275, "INVOICE 42").right(415, "10.00").right(535, "90.00").next()
                .cell(40, "03/08/2025").cell(100, "J. JANSEN").cell(175, "NL20INGB0001234567")
                .cell(275, "DINNER").right(455, "5.00").right(535, "95.00").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("ACME LTD INVOICE 42", "J. JANSEN DINNER");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-10.00"), new BigDecimal("5.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void wrappedCellsJoinColumnByColumn() throws Exception {
        // A human reads the payee's cell, then the details' cell: not the two lines across both columns.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 100, "Payee", 200, "Details", 330, "Debit", 390, "Credit", 455, "Balance")
                .cell(40, "01/08/2025").cell(200, "Opening balance").right(490, "100.00").next()
                .cell(40, "02/08/2025").cell(100, "ACME").cell(200, "INVOICE 42").right(355, "10.00")
                .right(490, "90.00").next()
                .line(100, "HOLDINGS LTD", 200, "MAY 2025")
                .cell(40, "03/08/2025").cell(100, "CAFE").cell(200, "COFFEE").right(355, "2.50")
                .right(490, "87.50").next()
                .line(200, "TABLE 4"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("ACME HOLDINGS LTD INVOICE 42 MAY 2025", "CAFE COFFEE TABLE 4");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void twoTextWordsASpaceApartNameOneColumn() throws Exception {
        // "Payer Details" heads one cell: its wrapped lines are not split at the x where "Details" starts.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 100, "Payer Details", 330, "Debit", 390, "Credit", 455, "Balance")
                .cell(40, "01/08/2025").cell(100, "Opening balance").right(490, "100.00").next()
                .cell(40, "02/08/2025").cell(100, "ACME HOLDINGS LTD INVOICE").right(355, "10.00")
                .right(490, "90.00").next()
                .line(100, "42 MAY"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("ACME HOLDINGS LTD INVOICE 42 MAY");
    }

    @Test
    void aGermanPayerOrPayeeColumnBeforeThePurpose() throws Exception {
        // "Auftraggeber / Empfänger" over the other party, "Verwendungszweck" over the purpose; "Konto" left out.
        Statement s = parse(new PageSketch(1)
                .line(40, "Kontoauszug 01.08.2025 bis 31.08.2025").gap(20)
                .line(40, "Datum", 100, "Auftraggeber / Empfänger", 230, "Konto", 320, "Verwendungszweck",
                        440, "Soll", 490, "Haben")
                .cell(40, "02.08.2025").cell(100, "Stadtwerke").cell(230, "DE89 3704 0044")
                .cell(320, "Strom August").right(465, "45,00").next()
                .cell(40, "03.08.2025").cell(100, "Muster GmbH").cell(230, "DE12 5001 0517")
                .cell(320, "Gehalt").right(515, "2.100,00").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Stadtwerke Strom August", "Muster GmbH Gehalt");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-45.00"), new BigDecimal("2100.00"));
    }

    @Test
    void typeAndReferenceColumnsStayOutOfTheDescription() throws Exception {
        // Rule of the other columns unchanged: "Name" and "Details" are text, "Type" and "Reference" are not.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 100, "Type", 150, "Name", 230, "Reference", 300, "Details", 410, "Amount",
                        480, "Balance")
                .cell(40, "01/08/2025").cell(300, "Opening balance").right(515, "100.00").next()
                .cell(40, "02/08/2025").cell(100, "DD").cell(150, "ENECO").cell(230, "M-00981")
                .cell(300, "ENERGY MAY").right(440, "-30.00").right(515, "70.00").next()
                .cell(40, "03/08/2025").cell(100, "SCT").cell(150, "ACME BV").cell(230, "INV-42")
                .cell(300, "SALARY").right(440, "500.00").right(515, "570.00").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("ENECO ENERGY MAY", "ACME BV SALARY");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void detailInTheSingularNamesTheDescription() throws Exception {
        // A Swiss card prints "Detail" over the merchant: unknown, it left the card's header with no text column.
        Statement s = parse(new PageSketch(1)
                .line(40, "Rechnung vom 14.05.2025").gap(20)
                .line(40, "Datum", 90, "Valuta", 140, "Detail", 330, "Belastung CHF", 410, "Gutschrift CHF")
                .cell(40, "29.04.25").cell(90, "01.05.25").cell(140, "Ihre Zahlung - Danke").right(470, "50.00").next()
                .cell(40, "02.05.25").cell(90, "03.05.25").cell(140, "MIGROS ZUERICH").right(390, "10.00").next()
                .cell(40, "03.05.25").cell(90, "05.05.25").cell(140, "GUTSCHRIFT COOP").right(470, "5.00").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Ihre Zahlung - Danke", "MIGROS ZUERICH", "GUTSCHRIFT COOP");
    }
}
