package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Whose side a card's signs are printed from: the issuer's (US, UK) or the holder's (German cards). */
class CardSignsTest {

    private static PageSketch germanCard(String previous, String... rows) {
        PageSketch p = new PageSketch(1).line(40, "Kreditkartenabrechnung")
                .line(40, "Kreditrahmen 5.000,00 EUR").gap(20)
                .line(40, "Datum", 110, "Verwendungszweck", 470, "Betrag EUR")
                .cell(110, "Alter Saldo").right(520, previous).next();
        for (int i = 0; i + 1 < rows.length; i += 2) {
            p.cell(40, String.format("%02d.04.25", 17 + i / 2)).cell(110, rows[i]).right(520, rows[i + 1]).next();
        }
        return p;
    }

    @Test
    void aGermanCardPrintsChargesAndTheAmountOwedWithMinus() throws Exception {
        // From the holder's side: the amount owed is "1.348,17-", charges "-", the payment "+".
        PageSketch p = germanCard("1.348,17-", "MEDIA MARKT", "113,69-", "IKEA", "71,15-",
                "Lastschrift Ausgleich", "1.348,17+", "DM-Drogerie", "15,60-")
                .cell(110, "Neuer Saldo").right(520, "200,44-").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-113.69"),
                new BigDecimal("-71.15"), new BigDecimal("1348.17"), new BigDecimal("-15.60"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("-1348.17");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("-200.44");
    }

    @Test
    void balancesOwedUnmarkedWhileTheBulkOfRowsCarryMinusIsNoReconciledStatement() throws Exception {
        // Read either way every balance agrees (all signs inverted together); the marks contradict each other.
        PageSketch p = new PageSketch(1).line(40, "Credit limit $5,000.00")
                .line(40, "Previous balance", 200, "$100.00")
                .line(40, "New balance", 200, "$90.00").gap(20)
                .line(40, "Date", 110, "Description", 470, "Amount")
                .cell(40, "02/08/2025").cell(110, "GROCER").right(510, "-20.00").next()
                .cell(40, "03/08/2025").cell(110, "TAXI").right(510, "-20.00").next()
                .cell(40, "04/08/2025").cell(110, "BOOKS").right(510, "-20.00").next()
                .cell(40, "05/08/2025").cell(110, "PAYMENT").right(510, "50.00").next();
        Statement s = parse(p);
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.reconciliation().detail()).contains("in doubt");
    }

    @Test
    void rowsMostlyMarkedMinusShortOfTheBulkLeaveUnmarkedBalancesInDoubt() throws Exception {
        // Four '-' rows against two unmarked: no issuer marks most rows '-' (its '-' rows are payments and refunds).
        PageSketch p = new PageSketch(1).line(40, "Card: 5375 41** **** 8812")
                .line(40, "Opening balance", 200, "1,000.00")
                .line(40, "Closing balance", 200, "1,020.00").gap(20)
                .line(40, "Date", 110, "Description", 400, "Amount", 490, "Balance")
                .cell(40, "02/08/2025").cell(110, "GROCER").right(430, "-20.00").right(520, "980.00").next()
                .cell(40, "03/08/2025").cell(110, "TAXI").right(430, "-20.00").right(520, "960.00").next()
                .cell(40, "04/08/2025").cell(110, "SALARY").right(430, "150.00").right(520, "1,110.00").next()
                .cell(40, "05/08/2025").cell(110, "BOOKS").right(430, "-40.00").right(520, "1,070.00").next()
                .cell(40, "06/08/2025").cell(110, "REFUND").right(430, "10.00").right(520, "1,080.00").next()
                .cell(40, "07/08/2025").cell(110, "CAFE").right(430, "-60.00").right(520, "1,020.00").next();
        Statement s = parse(p);
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.reconciliation().detail()).contains("in doubt");
        // In doubt the rows' reading is given: the signs as the rows print them.
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-20.00"),
                new BigDecimal("-20.00"), new BigDecimal("150.00"), new BigDecimal("-40.00"), new BigDecimal("10.00"),
                new BigDecimal("-60.00"));
    }

    @Test
    void aPaidOffCardWithOnePaymentKeepsTheIssuersMarks() throws Exception {
        // One row is no bulk: the amount owed, printed unmarked, says '-' is a credit.
        PageSketch p = new PageSketch(1).line(40, "Credit limit $5,000.00")
                .line(40, "Previous balance", 200, "$500.00")
                .line(40, "New balance", 200, "$0.00").gap(20)
                .line(40, "Date", 110, "Description", 470, "Amount")
                .cell(40, "02/08/2025").cell(110, "PAYMENT THANK YOU").right(510, "-500.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("500.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"Comercio, 'Límite de crédito 3.000,00 €'", "Concepto, Extracto de su tarjeta Visa Classic",
        "Comercio, 'Crédito disponible 2.850,00 €'", "Concepto, Cartão de crédito Visa",
        "Concepto, Estratto conto carta di credito"})
    void aSpanishCardPrintsChargesUnsignedAndSaysItIsACardInItsOwnLanguage(String merchant, String cardLine)
            throws Exception {
        // Issuer's side: charges unsigned, the payment "-"; the amount owed goes from "Saldo anterior" to "Nuevo saldo".
        PageSketch p = new PageSketch(1).line(40, cardLine)
                .line(40, "Saldo anterior", 200, "100,00 €")
                .line(40, "Nuevo saldo", 200, "150,00 €").gap(20)
                .line(40, "Fecha", 110, merchant, 300, "Localidad", 470, "Importe (€)")
                .cell(40, "18-08-2025").cell(110, "CARREFOUR EXPRESS").cell(300, "VALENCIA").right(520, "80,00").next()
                .cell(40, "23-08-2025").cell(110, "PAGO RECIBO TARJETA").right(520, "-100,00").next()
                .cell(40, "28-08-2025").cell(110, "RENFE VIAJEROS").cell(300, "MADRID").right(520, "70,00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("CARREFOUR EXPRESS", "PAGO RECIBO TARJETA", "RENFE VIAJEROS");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-80.00"),
                new BigDecimal("100.00"), new BigDecimal("-70.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aBalanceUnderTheDebitColumnOfACardIsTheAmountOwed() throws Exception {
        // A Swiss card prints its balances under "Belastung": a debit balance, owed on a card as the summary's
        // unmarked "Saldovortrag" is, never a credit balance of the holder's.
        PageSketch p = new PageSketch(1).line(40, "Kreditlimite CHF 12'000.00")
                .line(300, "Saldovortrag", 420, "100.00")
                .line(300, "Neuer Saldo", 425, "95.00").gap(20)
                .line(40, "Datum", 100, "Detail", 330, "Belastung CHF", 410, "Gutschrift CHF")
                .cell(100, "Saldovortrag").right(390, "100.00").next()
                .cell(40, "29.04.25").cell(100, "Ihre Zahlung - Danke").right(470, "100.00").next()
                .cell(40, "02.05.25").cell(100, "MIGROS ZUERICH").right(390, "60.00").next()
                .cell(40, "03.05.25").cell(100, "SHELL WALLISELLEN").right(390, "40.00").next()
                .cell(40, "04.05.25").cell(100, "GUTSCHRIFT COOP").right(470, "5.00").next()
                .cell(100, "Neuer Saldo").right(390, "95.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("100.00"),
                new BigDecimal("-60.00"), new BigDecimal("-40.00"), new BigDecimal("5.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("95.00");
    }

    @Test
    void aMinusSetASpaceBeforeItsAmountIsThatAmountsSignNotTheMarkOfTheAmountAbove() throws Exception {
        // "- $15.16" under the wider "- $500.00": its minus sits under the payment, yet belongs to its own amount.
        PageSketch p = new PageSketch(1).line(40, "Credit limit $5,000.00")
                .line(40, "Previous balance", 200, "$500.00")
                .line(40, "New balance", 200, "$24.84").gap(20)
                .line(40, "Trans Date", 110, "Description", 537, "Amount")
                .cell(40, "20/07/2025").cell(110, "MOBILE PYMT").right(572, "- $500.00").next()
                .cell(40, "27/07/2025").cell(110, "AMAZON RETURN").right(572, "- $15.16").next()
                .cell(40, "28/07/2025").cell(110, "GROCER").right(572, "$40.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("MOBILE PYMT", "AMAZON RETURN", "GROCER");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("500.00"),
                new BigDecimal("15.16"), new BigDecimal("-40.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    private static PageSketch creditBalanceCard(String closing) {
        // The previous balance is a credit ("1,000.00-" on the issuer's side), printed in the summary and again as
        // the table's first row; the new balance is owed, unmarked; the rows are charges, one credit marked '-'.
        PageSketch p = new PageSketch(1).line(40, "Credit limit 200,000.00")
                .line(40, "Statement date 15/10/2025")
                .line(40, "Previous balance", 200, "1,000.00-")
                .line(40, "New balance", 200, closing).gap(20)
                .line(40, "Date", 110, "Description", 470, "Amount")
                .cell(110, "PREVIOUS BALANCE").right(520, "1,000.00-").next()
                .cell(40, "19/09/2025").cell(110, "LINE MAN BANGKOK").right(520, "800.00").next()
                .cell(40, "21/09/2025").cell(110, "7-ELEVEN").right(520, "300.00").next()
                .cell(40, "22/09/2025").cell(110, "CENTRAL WORLD").right(520, "400.00").next()
                .cell(40, "06/10/2025").cell(110, "CASH BACK").right(520, "200.00-").next();
        return p;
    }

    @Test
    void aCreditBalancePrintedTwiceIsOneBalanceAndTheRowsDecideTheMarks() throws Exception {
        // One '-' balance (twice) and one unmarked balance tell nothing; the bulk of the rows, unmarked, are charges.
        Statement s = parse(creditBalanceCard("300.00"));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-800.00"),
                new BigDecimal("-300.00"), new BigDecimal("-400.00"), new BigDecimal("200.00"));
        // As amounts owed: the credit balance is -1,000.00 owed.
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("-1000.00");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("300.00");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
