package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Whole statements whose column order, header wording or sign column differ from the common layouts. */
class ColumnLayoutsTest {

    @Test
    void aPostingDatePrintedBeforeTheTransactionDateIsNotTheRowsDate() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Credit limit $5,000.00")
                .line(40, "Statement date 08/31/2025")
                .line(40, "Previous balance", 200, "$500.00")
                .line(40, "New balance", 200, "$530.00").gap(20)
                .line(40, "Post Date", 110, "Trans Date", 180, "Description", 470, "Amount")
                .cell(40, "Aug 03").cell(110, "Aug 02").cell(180, "GROCER").right(510, "80.00").next()
                .cell(40, "Aug 06").cell(110, "Aug 05").cell(180, "PAYMENT THANK YOU").right(510, "-50.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 8, 2), LocalDate.of(2025, 8, 5));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-80.00"), new BigDecimal("50.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aProcessedDatePrintedBeforeTheDateOfTransactionIsNotTheRowsDate() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Credit limit $5,000.00")
                .line(40, "Statement period 16 Apr 2025 - 15 May 2025")
                .line(40, "Opening Balance", 200, "$500.00")
                .line(40, "Closing Balance", 200, "$530.00").gap(20)
                .line(40, "Date Processed", 110, "Date of Transaction", 200, "Description", 470, "Amount ($)")
                .cell(40, "18 Apr").cell(110, "16 Apr").cell(200, "GROCER").right(510, "80.00").next()
                .cell(40, "29 Apr").cell(110, "28 Apr").cell(200, "PAYMENT THANK YOU").right(510, "-50.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 4, 16), LocalDate.of(2025, 4, 28));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aRowWhoseTransactionDateIsBlankIsDatedByItsPostingDate() throws Exception {
        // US cards print interest and fees with the posting date only.
        PageSketch p = new PageSketch(1)
                .line(40, "Credit limit $5,000.00")
                .line(40, "Statement date 08/31/2025")
                .line(40, "Previous balance", 200, "$500.00")
                .line(40, "New balance", 200, "$592.40").gap(20)
                .line(40, "Trans Date", 110, "Post Date", 180, "Description", 470, "Amount")
                .cell(40, "Aug 02").cell(110, "Aug 03").cell(180, "GROCER").right(510, "80.00").next()
                .cell(110, "Aug 31").cell(180, "INTEREST CHARGED TO PURCHASES").right(510, "12.40").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 8, 2), LocalDate.of(2025, 8, 31));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-80.00"), new BigDecimal("-12.40"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aPostingDatePrintedFirstDatesOnlyTheRowsWithoutATransactionDate() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Credit limit $5,000.00")
                .line(40, "Statement date 08/31/2025")
                .line(40, "Previous balance", 200, "$500.00")
                .line(40, "New balance", 200, "$592.40").gap(20)
                .line(40, "Post Date", 110, "Trans Date", 180, "Description", 470, "Amount")
                .cell(40, "Aug 03").cell(110, "Aug 02").cell(180, "GROCER").right(510, "80.00").next()
                .cell(40, "Aug 31").cell(180, "INTEREST CHARGED TO PURCHASES").right(510, "12.40").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 8, 2), LocalDate.of(2025, 8, 31));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void germanBookingAndValueDateHeadersWithoutYearsAndBalanceRows() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Kontoauszug", 140, "Zeitraum 01.03.2025 - 31.03.2025").gap(20)
                .line(40, "Buchung", 100, "Valuta", 160, "Vorgang", 420, "Soll EUR", 500, "Haben EUR")
                .cell(160, "Kontostand am 28.02.2025").right(545, "100,00").next()
                .cell(40, "03.03.").cell(100, "05.03.").cell(160, "SEPA-Lastschrift Telekom").right(465, "10,00").next()
                .cell(40, "04.03.").cell(100, "04.03.").cell(160, "Gehalt").right(545, "1.000,00").next()
                .cell(160, "Kontostand am 31.03.2025").right(545, "1.090,00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-10.00"), new BigDecimal("1000.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void dutchOpeningAndClosingBalancesAreReadFromTheirLabels() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Periode 01-05-2025 t/m 31-05-2025")
                .line(40, "Beginsaldo", 200, "€ 100,00")
                .line(40, "Eindsaldo", 200, "€ 90,00").gap(20)
                .line(40, "Datum", 120, "Omschrijving", 380, "Bedrag", 460, "Saldo")
                .cell(40, "02-05-2025").cell(120, "Albert Heijn").right(410, "-10,00").right(500, "90,00").next();
        Statement s = parse(p);
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("100.00");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("90.00");
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void debitAndCreditWordsInAColumnOfTheirOwnSignTheUnsignedAmount() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Periode 01-05-2025 t/m 31-05-2025")
                .line(40, "Beginsaldo", 200, "€ 100,00")
                .line(40, "Eindsaldo", 200, "€ 1.070,00").gap(20)
                .line(40, "Datum", 120, "Naam / Omschrijving", 380, "Code", 430, "Af/Bij", 500, "Bedrag (EUR)")
                .cell(40, "02-05-2025").cell(120, "J. de Vries").cell(380, "OV").cell(430, "Bij")
                .right(560, "1.000,00").next()
                .line(120, "Omschrijving: salaris mei")
                .cell(40, "03-05-2025").cell(120, "Albert Heijn").cell(380, "BA").cell(430, "Af").right(560, "30,00")
                .next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("J. de Vries Omschrijving: salaris mei", "Albert Heijn");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("1000.00"), new BigDecimal("-30.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void afAndBijASpaceApartHeadOneColumnOfSignWords() throws Exception {
        // Read as two money columns, "Af Bij" would leave the amount under "Bedrag" without a sign: no table at all.
        PageSketch p = new PageSketch(1)
                .line(40, "Periode 01-05-2025 t/m 31-05-2025")
                .line(40, "Beginsaldo", 200, "€ 100,00")
                .line(40, "Eindsaldo", 200, "€ 1.070,00").gap(20)
                .line(40, "Datum", 120, "Naam / Omschrijving", 380, "Code", 430, "Af Bij", 500, "Bedrag (EUR)")
                .cell(40, "02-05-2025").cell(120, "J. de Vries").cell(380, "OV").cell(430, "Bij")
                .right(560, "1.000,00").next()
                .cell(40, "03-05-2025").cell(120, "Albert Heijn").cell(380, "BA").cell(430, "Af").right(560, "30,00")
                .next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("1000.00"), new BigDecimal("-30.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aTypeColumnSaysDebitOrCreditOnlyByAWholeCell() throws Exception {
        // "Credit card" names the kind of payment, not its direction: that row's sign comes from the balance.
        PageSketch p = new PageSketch(1)
                .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 110, "Transaction type", 200, "Description", 430, "Amount", 510, "Balance")
                .cell(40, "01/08/2025").cell(200, "Opening balance").right(550, "100.00").next()
                .cell(40, "02/08/2025").cell(110, "Credit").cell(200, "SALARY").right(470, "50.00").next()
                .cell(40, "03/08/2025").cell(110, "Debit").cell(200, "RENT").right(470, "20.00").next()
                .cell(40, "04/08/2025").cell(110, "Credit card").cell(200, "CARD BILL").right(470, "5.00")
                .right(550, "125.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("50.00"), new BigDecimal("-20.00"), new BigDecimal("-5.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aSignWordThatContradictsTheBalancesLeavesTheStatementUnreconciled() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Beginsaldo", 200, "€ 100,00")
                .line(40, "Eindsaldo", 200, "€ 120,00").gap(20)
                .line(40, "Datum", 120, "Omschrijving", 430, "Af/Bij", 500, "Bedrag (EUR)")
                .cell(40, "02-05-2025").cell(120, "J. de Vries").cell(430, "Bij").right(560, "30,00").next()
                .cell(40, "03-05-2025").cell(120, "Albert Heijn").cell(430, "Bij").right(560, "10,00").next();
        assertThat(parse(p).reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void swissAmountsGroupedWithATypographicApostrophe() throws Exception {
        // Typesetting turns the Swiss grouping apostrophe into U+2019: "14’820.55" is 14820.55.
        PageSketch p = new PageSketch(1)
                .line(40, "Kontoauszug vom 01.04.2025 bis 30.04.2025").gap(20)
                .line(40, "Datum", 100, "Text", 330, "Valuta", 400, "Belastung", 470, "Gutschrift", 545, "Saldo")
                .cell(40, "01.04.25").cell(100, "Saldovortrag").right(575, "14\u2019820.55").next()
                .cell(40, "02.04.25").cell(100, "Zahlung Swisscom").cell(330, "02.04.25").right(445, "2\u2019245.56")
                .right(575, "12\u2019574.99").next()
                .cell(40, "05.04.25").cell(100, "Lohn").cell(330, "05.04.25").right(515, "3\u2019566.56")
                .right(575, "16\u2019141.55").next()
                .cell(40, "30.04.25").cell(100, "Schlusssaldo").right(575, "16\u2019141.55").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-2245.56"), new BigDecimal("3566.56"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void irishWithdrawnAndLodgedColumnsWithOverdrawnBalances() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Statement period 01 Feb 2025 to 28 Feb 2025").gap(20)
                .line(40, "Date", 110, "Details", 330, "Withdrawn", 410, "Lodged", 500, "Balance")
                .cell(40, "01 Feb 2025").cell(110, "BALANCE FORWARD").right(540, "62.19").next()
                .cell(40, "03 Feb 2025").cell(110, "POS CIRCLE K CORK").right(380, "155.59").right(540, "93.40 OD")
                .next()
                .cell(40, "03 Feb 2025").cell(110, "DSP CHILD BENEFIT").right(450, "733.86").right(540, "640.46")
                .next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-155.59"), new BigDecimal("733.86"));
        assertThat(s.transactions()).extracting(Transaction::balance)
                .containsExactly(new BigDecimal("-93.40"), new BigDecimal("640.46"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void polishHeadersWithASignedAmountColumnAndSpaceGrouping() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Wyciąg za okres od 01.05.2025 do 31.05.2025")
                .line(40, "Saldo początkowe 5 312,08 PLN")
                .line(40, "Saldo końcowe 8 375,61 PLN").gap(20)
                .line(40, "Data operacji", 115, "Data księgowania", 200, "Opis operacji", 400, "Kwota", 470,
                        "Saldo po operacji")
                .cell(40, "01.05.2025").cell(115, "01.05.2025").cell(200, "Polecenie zapłaty ORANGE")
                .right(425, "-1 019,06").right(555, "4 293,02").next()
                .cell(40, "11.05.2025").cell(115, "11.05.2025").cell(200, "Wynagrodzenie")
                .right(425, "4 082,59").right(555, "8 375,61").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-1019.06"), new BigDecimal("4082.59"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void anAmountWrappedAtItsThousandsSpaceInANarrowColumnIsOneAmount() throws Exception {
        // "-1 019,06" in a column too narrow for it: "-1" on the row's line, "019,06" under it.
        PageSketch p = new PageSketch(1)
                .line(40, "Saldo początkowe 5 312,08 PLN").gap(20)
                .line(40, "Data operacji", 115, "Opis operacji", 380, "Kwota", 450, "Saldo po operacji")
                .cell(40, "01.05.2025").cell(115, "Płatność kartą ŻABKA").right(405, "-1").right(535, "4 293,02")
                .next()
                .cell(115, "KRAKÓW").right(405, "019,06").next()
                .cell(40, "04.05.2025").cell(115, "Płatność kartą LIDL").right(405, "-362,73").right(535, "3 930,29")
                .next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Płatność kartą ŻABKA KRAKÓW", "Płatność kartą LIDL");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-1019.06"), new BigDecimal("-362.73"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
