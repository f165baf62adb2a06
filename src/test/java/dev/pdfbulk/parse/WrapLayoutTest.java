package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

class WrapLayoutTest {

    private static PageSketch header() {
        return new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 100, "Details", 370, "Paid out", 440, "Paid in", 515, "Balance");
    }

    @Test
    void whereWrappedRowsEndOnTheirAmountTextAfterACompleteRowStartsTheNextUndatedRow() throws Exception {
        // HSBC: the date only on a day's first row, the amount on an entry's last line, lines evenly spaced.
        PageSketch p = header()
                .cell(40, "01 Aug 25").cell(100, "BALANCE BROUGHT FORWARD").right(555, "1,000.00").next()
                .cell(40, "01 Aug 25").cell(100, "BP A KOWALSKI").next()
                .cell(100, "REF BILLS").right(415, "100.00").next()
                .cell(100, "SO LANDLORD PROPERTIES").next()
                .cell(100, "FLAT 4 RENT").right(415, "500.00").right(555, "400.00").next()
                .cell(40, "02 Aug 25").cell(100, "CR BRIGHTWELL CONSULT").next()
                .cell(100, "SALARY").right(480, "50.00").right(555, "450.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "BP A KOWALSKI REF BILLS", "SO LANDLORD PROPERTIES FLAT 4 RENT", "CR BRIGHTWELL CONSULT SALARY");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void whereAnyRowWrapsAfterItsAmountTextAfterACompleteRowStaysWithIt() throws Exception {
        // "STORES" can only belong to the row above (a dated row follows): this table wraps after the amount,
        // so "LONDON" is the card payment's too, though a later row waits for no amount.
        PageSketch p = header()
                .cell(40, "01 Aug 25").cell(100, "BALANCE BROUGHT FORWARD").right(555, "1,000.00").next()
                .cell(40, "01 Aug 25").cell(100, "STANDING ORDER").next()
                .cell(100, "RENT").right(415, "100.00").next()
                .cell(100, "CARD PAYMENT").right(415, "10.00").next()
                .cell(100, "LONDON").next()
                .cell(100, "COFFEE").right(415, "5.00").right(555, "885.00").next()
                .cell(40, "02 Aug 25").cell(100, "TESCO").right(415, "5.00").right(555, "880.00").next()
                .cell(100, "STORES").next()
                .cell(40, "03 Aug 25").cell(100, "GYM").right(415, "1.00").right(555, "879.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "STANDING ORDER RENT", "CARD PAYMENT LONDON", "COFFEE", "TESCO STORES", "GYM");
    }

    private static PageSketch kontoHeader(int page) {
        return new PageSketch(page).line(40, "Buchungstag", 110, "Wert", 180, "Erläuterung", 480, "Betrag");
    }

    @Test
    void whereRowsWrapBelowTheirDateTextAboveAPagesFirstRowEndsThePreviousPagesLastRow() throws Exception {
        // Sparkasse: the date and amount on a row's first line; the third line of a row went over the page break
        // and stands alone under the repeated header, above page 2's first row.
        PageSketch one = kontoHeader(1)
                .cell(180, "Kontostand am 30.04.2025").right(520, "1.000,00").next().gap(4)
                .cell(40, "02.05.2025").cell(110, "02.05.2025").cell(180, "Entgeltabrechnung").right(520, "-7,90")
                .next()
                .line(180, "Kontoführung Giro").gap(4)
                .cell(40, "05.05.2025").cell(110, "06.05.2025").cell(180, "Gutschrift").right(520, "3.120,00").next()
                .line(180, "Müller GmbH")
                .line(180, "Lohn/Gehalt 05/2025").gap(4)
                .cell(40, "13.05.2025").cell(110, "13.05.2025").cell(180, "Gutschrift").right(520, "3.120,01").next()
                .line(180, "Müller GmbH");
        PageSketch two = kontoHeader(2)
                .line(180, "Lohn/Gehalt 05/2025 PERS.NR. 4471").gap(4)
                .cell(40, "13.05.2025").cell(110, "13.05.2025").cell(180, "Bargeldauszahlung").right(520, "-139,34")
                .next()
                .line(180, "GA Hauptstelle").gap(4)
                .cell(180, "Kontostand am 31.05.2025").right(520, "7.092,77").next();
        Statement s = parse(one, two);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Entgeltabrechnung Kontoführung Giro", "Gutschrift Müller GmbH Lohn/Gehalt 05/2025",
                "Gutschrift Müller GmbH Lohn/Gehalt 05/2025 PERS.NR. 4471", "Bargeldauszahlung GA Hauptstelle");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void whereWrappedRowsEndOnTheirAmountTextAboveAPagesFirstRowStartsIt() throws Exception {
        // The opposite layout: text above the amount line. The top of page 2 begins its first (undated) row.
        PageSketch one = header()
                .cell(40, "01 Aug 25").cell(100, "BALANCE BROUGHT FORWARD").right(555, "1,000.00").next()
                .cell(40, "01 Aug 25").cell(100, "BP A KOWALSKI").next()
                .cell(100, "REF BILLS").right(415, "100.00").next()
                .cell(100, "SO LANDLORD PROPERTIES").next()
                .cell(100, "FLAT 4 RENT").right(415, "500.00").right(555, "400.00").next();
        PageSketch two = new PageSketch(2)
                .line(40, "Date", 100, "Details", 370, "Paid out", 440, "Paid in", 515, "Balance")
                .cell(100, "CR BRIGHTWELL CONSULT").next()
                .cell(100, "SALARY").right(480, "50.00").right(555, "450.00").next();
        Statement s = parse(one, two);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "BP A KOWALSKI REF BILLS", "SO LANDLORD PROPERTIES FLAT 4 RENT", "CR BRIGHTWELL CONSULT SALARY");
    }
}
